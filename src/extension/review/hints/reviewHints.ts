import * as vscode from 'vscode';
import { readSettings, SETTINGS_SECTION } from '../../config/settings';
import { isWorkspaceTrusted } from '../../workspace/trust';
import type { WorkspaceIndexes } from '../../workspace/workspaceIndexes';
import type { ReviewModel } from '../reviewModel';
import type { TickStore } from '../tickStore';
import { ChangedFileDecorations } from './changedFileDecorations';
import { EditorReviews } from './editorReviews';
import { hintDiagnostic, hintDiagnosticsByUri, REVIEW_DIAGNOSTIC_SOURCE } from './hintDiagnostics';
import { HintDecorations } from './hintDecorations';
import { ReviewCodeActionProvider } from './reviewCodeActions';
import { ReviewCodeLensProvider } from './reviewCodeLens';

const HINTS_SETTING = `${SETTINGS_SECTION}.review.hints.enabled`;
/** Changed files are files on disk; the left side of a diff editor (`git:`) is the old text. */
const CHANGED_FILES: vscode.DocumentSelector = { scheme: 'file' };

/** The parts of the hints tests look into. */
export interface AttachedHints {
  readonly editors: EditorReviews;
  readonly decorations: HintDecorations;
  readonly files: ChangedFileDecorations;
}

/**
 * The review's hints in editors: CodeLenses above changed code, Hint diagnostics on
 * added lines that match a guideline, and their code actions; for diff editors, where
 * CodeLens is off by default, decorations after the lines (see HintDecorations), and a
 * badge on changed files in the Source Control view and the Explorer. Diagnostics and
 * decorations follow unsaved edits (see EditorReviews). Attached only while
 * `techlead.review.hints.enabled` is on for some folder of a trusted workspace; turning
 * it off removes every listener and clears the diagnostics.
 */
export class ReviewHints implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(REVIEW_DIAGNOSTIC_SOURCE);
  private readonly configListener: vscode.Disposable;
  private attached: vscode.Disposable[] | undefined;
  private parts: AttachedHints | undefined;
  private readonly publishedEmitter = new vscode.EventEmitter<void>();
  /** Fires after the hint diagnostics were replaced or cleared (tests wait on it). */
  readonly onDidPublish = this.publishedEmitter.event;

  constructor(private readonly model: ReviewModel, private readonly indexes: WorkspaceIndexes, private readonly ticks: TickStore, private readonly media: vscode.Uri) {
    this.configListener = vscode.Disposable.from(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(HINTS_SETTING)) this.update();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.update()),
    );
    this.update();
  }

  get active(): boolean {
    return this.attached !== undefined;
  }

  /** The editor reviews and decorations, while attached. */
  get attachedParts(): AttachedHints | undefined {
    return this.parts;
  }

  private update(): void {
    const folders = vscode.workspace.workspaceFolders ?? [];
    // Hints run the repository's own `match` patterns over code: only once it is trusted.
    const wanted = !isWorkspaceTrusted() ? false : folders.length === 0 ? readSettings().reviewHintsEnabled : folders.some((f) => readSettings(f).reviewHintsEnabled);
    if (wanted && !this.attached) this.attach();
    else if (!wanted && this.attached) this.detach();
    else if (this.attached) {
      // A folder turned its hints on or off.
      this.parts?.editors.refresh();
      this.publish();
    }
  }

  private attach(): void {
    const enabledFor = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      return !!folder && readSettings(folder).reviewHintsEnabled;
    };
    const editors = new EditorReviews(this.model, this.indexes, enabledFor);
    const lenses = new ReviewCodeLensProvider(editors, this.ticks, enabledFor);
    const decorations = new HintDecorations(editors, this.ticks, this.media);
    const files = new ChangedFileDecorations(this.model, this.indexes, enabledFor);
    this.parts = { editors, decorations, files };
    this.attached = [
      lenses,
      decorations,
      editors,
      files,
      vscode.window.registerFileDecorationProvider(files),
      editors.onDidChange((uri) => uri?.scheme === 'file' && this.publish()),
      vscode.languages.registerCodeLensProvider(CHANGED_FILES, lenses),
      vscode.languages.registerCodeActionsProvider(CHANGED_FILES, new ReviewCodeActionProvider(this.model, this.indexes), ReviewCodeActionProvider.metadata),
      this.model.onDidChange(() => this.publish()),
    ];
    this.publish();
  }

  private detach(): void {
    for (const d of this.attached ?? []) d.dispose();
    this.attached = undefined;
    this.parts = undefined;
    this.collection.clear();
    this.publishedEmitter.fire();
  }

  /** Replaces every hint diagnostic with those of the current change; files with unsaved edits get those of their text. */
  private publish(): void {
    const scopes = this.model.scopes().filter((s) => readSettings(s.entry.folder).reviewHintsEnabled);
    const next = hintDiagnosticsByUri(scopes);
    for (const { uri, review } of this.parts?.editors.editedFiles() ?? []) {
      const diagnostics = review?.applicable.flatMap((a) => a.hints.map((h) => hintDiagnostic(review.entry, a, h))) ?? [];
      if (diagnostics.length > 0) next.set(uri.toString(), { uri, diagnostics });
      else next.delete(uri.toString());
    }
    const stale: vscode.Uri[] = [];
    this.collection.forEach((uri) => {
      if (!next.has(uri.toString())) stale.push(uri);
    });
    for (const uri of stale) this.collection.delete(uri);
    for (const { uri, diagnostics } of next.values()) this.collection.set(uri, diagnostics);
    this.publishedEmitter.fire();
  }

  dispose(): void {
    for (const d of this.attached ?? []) d.dispose();
    this.configListener.dispose();
    this.collection.dispose();
    this.publishedEmitter.dispose();
  }
}

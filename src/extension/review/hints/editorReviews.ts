import * as vscode from 'vscode';
import type { ChangedFile } from '../../../core/review/changeSet';
import { addedBetween, followEdits } from '../../../core/review/lines/followEdits';
import type { ApplicableGuideline } from '../../../core/review/matchGuidelines';
import type { FolderEntry, WorkspaceIndexes } from '../../workspace/workspaceIndexes';
import type { ReviewModel } from '../reviewModel';
import { applicableGuidelines, type ReviewScope } from '../reviewScope';
import { openDiffs, workingFileOf } from './reviewedSource';

/** Quiet time after the last keystroke before a document's hints are looked for again. */
const TYPING_DEBOUNCE_MS = 250;

/** What the review shows in one editor: the guidelines that apply to its file, with their hints on its added lines. */
export interface EditorReview {
  readonly entry: FolderEntry;
  /** The change the file is part of, when it is part of the one under review (ticks live there). */
  readonly scope: ReviewScope | undefined;
  readonly path: string;
  /** The file as the editor shows it: added lines numbered as in the document. */
  readonly file: ChangedFile;
  /** Blockers first; each with only this file's hints. */
  readonly applicable: readonly ApplicableGuideline[];
}

/**
 * The review of each document as it is in its editor. A changed file on disk, unedited,
 * is read from the change under review. With unsaved edits its added lines follow the
 * typing (the saved text's added lines moved with the edits, plus the lines typed),
 * found again after a short pause; a generation counter per document drops results
 * that later typing overtook. A version in a diff editor that is not the file itself (a
 * pull request's file, a commit in the timeline, staged changes) adds the lines the
 * diff shows as added.
 */
export class EditorReviews implements vscode.Disposable {
  private readonly live = new Map<string, EditorReview | undefined>();
  private readonly generations = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri | undefined>();
  /** Fires with a document whose review changed, or undefined when every review may have. */
  readonly onDidChange = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly model: ReviewModel, private readonly indexes: WorkspaceIndexes, private readonly enabledFor: (uri: vscode.Uri) => boolean) {
    this.subscriptions = [
      model.onDidChange(() => this.refresh()),
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length > 0 && this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshVersions()),
      vscode.window.tabGroups.onDidChangeTabs(() => this.refreshVersions()),
    ];
    this.refresh();
  }

  /** The review of `document` as it is now (the last one found, while a newer one is looked for). */
  reviewOf(document: vscode.TextDocument): EditorReview | undefined {
    const key = document.uri.toString();
    if (this.live.has(key)) return this.live.get(key);
    return document.uri.scheme === 'file' ? this.fromChange(document.uri) : undefined;
  }

  /** Files with unsaved edits, with their review as typed (undefined: nothing applies any more). */
  editedFiles(): { uri: vscode.Uri; review: EditorReview | undefined }[] {
    return [...this.live].filter(([key]) => key.startsWith('file:')).map(([key, review]) => ({ uri: vscode.Uri.parse(key), review }));
  }

  /** Resolves once the review of `document` reflects its current text. */
  async settle(document: vscode.TextDocument): Promise<EditorReview | undefined> {
    clearTimeout(this.timers.get(document.uri.toString()));
    this.timers.delete(document.uri.toString());
    await this.look(document);
    return this.reviewOf(document);
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.look(document);
    }, TYPING_DEBOUNCE_MS));
  }

  /** Looks at every edited file and every diff version again: the change or the settings changed. */
  refresh(): void {
    for (const key of [...this.live.keys()]) {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      if (document) void this.look(document);
      else this.forget(vscode.Uri.parse(key));
    }
    this.refreshVersions();
    this.emitter.fire(undefined);
  }

  /** Diff editors that show a version other than the file: found when they become visible. */
  private refreshVersions(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const { document } = editor;
      // Looked at again while nothing was found: the diff's tab may have come after its editor.
      if (document.uri.scheme !== 'file' && !this.live.get(document.uri.toString())) void this.look(document);
    }
  }

  private async look(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    let review: EditorReview | undefined;
    try {
      review = await this.find(document);
    } catch {
      review = undefined; // the other side of a diff could not be opened: no hints there
    }
    if (this.generations.get(key) !== generation || document.isClosed) return;
    if (document.uri.scheme === 'file' && !document.isDirty) this.live.delete(key);
    else this.live.set(key, review);
    this.emitter.fire(document.uri);
  }

  private async find(document: vscode.TextDocument): Promise<EditorReview | undefined> {
    const fileUri = workingFileOf(document.uri);
    if (!fileUri || !this.enabledFor(fileUri)) return undefined;
    if (document.uri.scheme === 'file') {
      const saved = this.fromChange(document.uri);
      if (!saved || !document.isDirty) return saved;
      const savedText = new TextDecoder().decode(await vscode.workspace.fs.readFile(document.uri));
      return this.review(saved.entry, saved.scope, followEdits(saved.file, savedText, document.getText()));
    }
    const original = openDiffs().get(document.uri.toString());
    const hit = this.indexes.entryFor(fileUri);
    if (!original || !hit) return undefined;
    const originalText = (await vscode.workspace.openTextDocument(original)).getText();
    const file: ChangedFile = { path: hit.path, status: originalText === '' ? 'added' : 'modified', addedLines: addedBetween(originalText, document.getText()), hunks: [] };
    const scope = this.model.scopes().find((s) => s.entry === hit.entry);
    return this.review(hit.entry, scope, file);
  }

  private review(entry: FolderEntry, scope: ReviewScope | undefined, file: ChangedFile): EditorReview | undefined {
    const applicable = applicableGuidelines(entry, [file]);
    return applicable.length > 0 ? { entry, scope, path: file.path, file, applicable } : undefined;
  }

  /** A file of the change under review, as Git read it from disk. */
  private fromChange(uri: vscode.Uri): EditorReview | undefined {
    const hit = this.indexes.entryFor(uri);
    if (!hit || !this.enabledFor(uri)) return undefined;
    for (const scope of this.model.scopes()) {
      if (scope.entry !== hit.entry) continue;
      const file = scope.changes.find((c) => c.path === hit.path);
      if (!file) continue;
      const applicable = scope.applicable
        .filter((a) => a.files.includes(file))
        .map((a) => ({ ...a, hints: a.hints.filter((h) => h.file === hit.path) }));
      return applicable.length > 0 ? { entry: hit.entry, scope, path: hit.path, file, applicable } : undefined;
    }
    return undefined;
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.generations.delete(key);
    if (this.live.delete(key)) this.emitter.fire(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const s of this.subscriptions) s.dispose();
    this.emitter.dispose();
  }
}

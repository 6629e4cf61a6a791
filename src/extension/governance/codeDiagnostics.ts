import * as vscode from 'vscode';
import { lintCodeFile } from '../../core/governance/codeRules';
import { CODE_RULES } from '../../core/governance/rules';
import type { Finding } from '../../core/model/findings';
import { isProseLanguage } from '../../core/text/commentSpans';
import { DIAGNOSTIC_SOURCE } from '../ids';
import { findingOfDiagnostic, toDiagnostic } from '../diagnostics/findingsToDiagnostics';
import type { WorkspaceIndexes } from '../workspace/workspaceIndexes';

/** Quiet time after the last keystroke before a code document is linted again. */
const TYPING_DEBOUNCE_MS = 300;
/** Longer documents (bundles, data dumps) are not linted. */
const MAX_LINTED_LENGTH = 2_000_000;

/**
 * The code rules' diagnostics (`adr/superseded-mention`) on open code documents, as the
 * editor holds them (unsaved edits count). Code is not indexed: each open document is
 * linted when it opens or changes, and all of them again when decision records change.
 */
export class CodeDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(`${DIAGNOSTIC_SOURCE}-code`);
  private readonly findingsByUri = new Map<string, { diagnostics: readonly vscode.Diagnostic[]; findings: readonly Finding[] }>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[];
  private readonly publishedEmitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after a document's diagnostics were set (tests wait on it). */
  readonly onDidPublish = this.publishedEmitter.event;

  constructor(private readonly indexes: WorkspaceIndexes, private readonly extensionUri: vscode.Uri) {
    this.subscriptions = [
      vscode.workspace.onDidOpenTextDocument((d) => this.lint(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.clear(d.uri)),
      indexes.onDidChange((c) => {
        if (c.rebuilt || c.kinds.has('decision')) for (const d of vscode.workspace.textDocuments) this.lint(d);
      }),
    ];
    for (const d of vscode.workspace.textDocuments) this.lint(d);
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      this.lint(document);
    }, TYPING_DEBOUNCE_MS));
  }

  /** Lints one document now and replaces its diagnostics. */
  lint(document: vscode.TextDocument): void {
    if (document.isClosed) return;
    const hit = this.indexes.entryFor(document.uri);
    // Indexed documents have their own rules; prose may tell history; huge files are data.
    if (!hit || hit.entry.index.get(hit.path) || isProseLanguage(document.languageId) || document.getText().length > MAX_LINTED_LENGTH) {
      if (this.findingsByUri.has(document.uri.toString())) this.clear(document.uri);
      return;
    }
    const text = document.getText();
    const findings = lintCodeFile({ path: hit.path, text, languageId: document.languageId }, CODE_RULES, hit.entry.index.lintRequest());
    const diagnostics = findings.map((f) => toDiagnostic(f, hit.entry.fs, this.extensionUri));
    this.findingsByUri.set(document.uri.toString(), { diagnostics, findings });
    this.collection.set(document.uri, diagnostics);
    this.publishedEmitter.fire(document.uri);
  }

  private clear(uri: vscode.Uri): void {
    clearTimeout(this.timers.get(uri.toString()));
    this.findingsByUri.delete(uri.toString());
    this.collection.delete(uri);
  }

  findingFor(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Finding | undefined {
    return findingOfDiagnostic(this.findingsByUri.get(uri.toString()), diagnostic);
  }

  findingsFor(uri: vscode.Uri): readonly Finding[] {
    return this.findingsByUri.get(uri.toString())?.findings ?? [];
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const s of this.subscriptions) s.dispose();
    this.publishedEmitter.dispose();
    this.collection.dispose();
  }
}

import * as vscode from 'vscode';
import type { Finding } from '../../core/model/findings';
import { DIAGNOSTIC_SOURCE } from '../ids';
import type { FolderEntry, WorkspaceIndexes } from '../workspace/workspaceIndexes';
import { toDiagnostic } from './findingsToDiagnostics';

/** Delay that batches a burst of index changes into one lint pass. */
const LINT_DEBOUNCE_MS = 100;

/**
 * Publishes the findings of every indexed file as diagnostics. Re-lints a folder after
 * its index changed (debounced; cross-file rules need the whole folder), and keeps the
 * finding behind each diagnostic for the quick fixes.
 */
export class DiagnosticsController implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  /** Findings per document URI, index-aligned with the diagnostics published for it. */
  private readonly findingsByUri = new Map<string, { diagnostics: readonly vscode.Diagnostic[]; findings: readonly Finding[] }>();
  private readonly urisByFolder = new Map<string, Set<string>>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscription: vscode.Disposable;
  private readonly publishedEmitter = new vscode.EventEmitter<vscode.WorkspaceFolder>();
  /** Fires after a folder's diagnostics were published (tests wait on it). */
  readonly onDidPublish = this.publishedEmitter.event;

  constructor(private readonly indexes: WorkspaceIndexes) {
    this.subscription = indexes.onDidChange((change) => this.schedule(change.folder));
  }

  private schedule(folder: vscode.WorkspaceFolder): void {
    const key = folder.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      const entry = this.indexes.folders().find((e) => e.folder.uri.toString() === key);
      if (entry) this.publish(entry);
    }, LINT_DEBOUNCE_MS));
  }

  /** Lints a whole folder now and replaces its diagnostics. */
  publish(entry: FolderEntry): readonly Finding[] {
    const key = entry.folder.uri.toString();
    const findings = entry.index.lint();
    const byFile = new Map<string, Finding[]>();
    for (const f of findings) {
      let list = byFile.get(f.file);
      if (!list) byFile.set(f.file, (list = []));
      list.push(f);
    }
    const previous = this.urisByFolder.get(key) ?? new Set<string>();
    const current = new Set<string>();
    for (const [file, list] of byFile) {
      const uri = entry.fs.uri(file);
      const diagnostics = list.map((f) => toDiagnostic(f, entry.fs));
      this.collection.set(uri, diagnostics);
      this.findingsByUri.set(uri.toString(), { diagnostics, findings: list });
      current.add(uri.toString());
    }
    for (const stale of previous) {
      if (current.has(stale)) continue;
      this.collection.delete(vscode.Uri.parse(stale));
      this.findingsByUri.delete(stale);
    }
    this.urisByFolder.set(key, current);
    this.publishedEmitter.fire(entry.folder);
    return findings;
  }

  /** The finding a published diagnostic came from. */
  findingFor(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Finding | undefined {
    const hit = this.findingsByUri.get(uri.toString());
    if (!hit) return undefined;
    const i = hit.diagnostics.indexOf(diagnostic);
    if (i >= 0) return hit.findings[i];
    // VS Code hands code-action providers copies of diagnostics: match by content.
    const j = hit.diagnostics.findIndex((d) => d.code === diagnostic.code && d.message === diagnostic.message && d.range.isEqual(diagnostic.range));
    return j >= 0 ? hit.findings[j] : undefined;
  }

  findingsFor(uri: vscode.Uri): readonly Finding[] {
    return this.findingsByUri.get(uri.toString())?.findings ?? [];
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.subscription.dispose();
    this.publishedEmitter.dispose();
    this.collection.dispose();
  }
}

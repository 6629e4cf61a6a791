import * as vscode from 'vscode';
import type { Logger } from '../../core/host';
import { TimeSlice } from '../../core/index/timeSlice';
import type { Finding } from '../../core/model/findings';
import { DIAGNOSTIC_SOURCE } from '../ids';
import type { FolderEntry, WorkspaceIndexChange, WorkspaceIndexes } from '../workspace/workspaceIndexes';
import { findingOfDiagnostic, toDiagnostic } from './findingsToDiagnostics';

/** Delay that batches a burst of index changes into one lint pass. */
const LINT_DEBOUNCE_MS = 100;

/** What is waiting to be linted in one folder when the debounce timer fires. */
interface PendingLint {
  /** A rebuild happened: lint everything. */
  full: boolean;
  /** Documents whose findings may have changed (IndexChange.affected). */
  readonly affected: Set<string>;
  /** Paths that changed; those no longer indexed lose their diagnostics. */
  readonly paths: Set<string>;
}

/**
 * Publishes the findings of every indexed file as diagnostics, and keeps the finding
 * behind each diagnostic for the quick fixes. After a build the whole folder is linted;
 * after an edit only the documents the change can affect (the changed file and those
 * whose cross-file findings depend on it, IndexChange.affected), so typing in one record
 * of a 10,000-record repository lints a handful of files, not all of them. The result
 * equals a full lint (test/unit/core/incrementalLint.test.ts). Changes are debounced
 * and merged, so a burst of them is linted once.
 */
export class DiagnosticsController implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  /** Findings per document URI, index-aligned with the diagnostics published for it. */
  private readonly findingsByUri = new Map<string, { diagnostics: readonly vscode.Diagnostic[]; findings: readonly Finding[] }>();
  private readonly urisByFolder = new Map<string, Set<string>>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly pending = new Map<string, PendingLint>();
  /**
   * Per folder, the lint pass in progress: passes run one after another, so an
   * incremental one never lands before the full one it follows.
   */
  private readonly running = new Map<string, Promise<void>>();
  private disposed = false;
  private readonly subscription: vscode.Disposable;
  private readonly publishedEmitter = new vscode.EventEmitter<vscode.WorkspaceFolder>();
  /** Fires after a folder's diagnostics were published (tests wait on it). */
  readonly onDidPublish = this.publishedEmitter.event;

  /** @param extensionUri where the extension is installed: each diagnostic links its rule's page there. */
  constructor(private readonly indexes: WorkspaceIndexes, private readonly logger: Logger, private readonly extensionUri: vscode.Uri) {
    this.subscription = indexes.onDidChange((change) => this.schedule(change));
  }

  private schedule(change: WorkspaceIndexChange): void {
    const key = change.folder.uri.toString();
    let pending = this.pending.get(key);
    if (!pending) this.pending.set(key, (pending = { full: false, affected: new Set(), paths: new Set() }));
    if (change.rebuilt) pending.full = true;
    for (const p of change.affected) pending.affected.add(p);
    for (const p of change.paths) pending.paths.add(p);
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      const work = this.pending.get(key);
      this.pending.delete(key);
      if (!work) return;
      const run = (this.running.get(key) ?? Promise.resolve()).then(async () => {
        const entry = this.indexes.folders().find((e) => e.folder.uri.toString() === key);
        if (!entry || this.disposed) return;
        if (work.full || !this.urisByFolder.has(key)) await this.publishInSlices(entry);
        else this.publishSome(entry, work);
      });
      // A failed pass must not stop the next one, nor go unseen.
      this.running.set(key, run.catch((err: unknown) => this.logger.error(`linting ${key} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`)));
    }, LINT_DEBOUNCE_MS));
  }

  /**
   * Lints a whole folder without blocking the extension host (the index lints in slices
   * and yields between them: 15,000 documents take a second or more), then replaces its
   * diagnostics. Used after a build; {@link publish} does the same in one go.
   */
  private async publishInSlices(entry: FolderEntry): Promise<void> {
    const findings = await entry.index.lintInSlices();
    if (this.disposed) return;
    // Thousands of files' diagnostics are converted and set in slices too.
    const slice = new TimeSlice();
    const current = new Set<string>();
    for (const [file, list] of groupByFile(findings)) {
      current.add(this.set(entry, file, list));
      await slice.yieldIfDue();
      if (this.disposed) return;
    }
    this.finishReplacing(entry, current);
  }

  /** Lints a whole folder now and replaces its diagnostics. */
  publish(entry: FolderEntry): readonly Finding[] {
    const findings = entry.index.lint();
    this.replaceAll(entry, findings);
    return findings;
  }

  private replaceAll(entry: FolderEntry, findings: readonly Finding[]): void {
    const current = new Set<string>();
    for (const [file, list] of groupByFile(findings)) current.add(this.set(entry, file, list));
    this.finishReplacing(entry, current);
  }

  /** After a folder's diagnostics were set for the URIs in `current`: clears the others it had. */
  private finishReplacing(entry: FolderEntry, current: Set<string>): void {
    const key = entry.folder.uri.toString();
    for (const stale of this.urisByFolder.get(key) ?? []) if (!current.has(stale)) this.clear(stale);
    this.urisByFolder.set(key, current);
    this.publishedEmitter.fire(entry.folder);
  }

  /**
   * Lints some documents again now and replaces just their diagnostics: for a change
   * the index does not see, such as a new repository file list, which only the guideline
   * documents read (`index.documents('guideline')`). Cheaper than {@link publish}, which
   * lints the whole folder.
   */
  publishDocuments(entry: FolderEntry, paths: readonly string[]): void {
    if (!this.urisByFolder.has(entry.folder.uri.toString())) {
      this.publish(entry);
      return;
    }
    this.publishSome(entry, { full: false, affected: new Set(paths), paths: new Set() });
  }

  /** Lints the affected documents only and replaces just their diagnostics. */
  private publishSome(entry: FolderEntry, work: PendingLint): void {
    const uris = this.urisByFolder.get(entry.folder.uri.toString())!;
    const linted = [...work.affected].filter((p) => entry.index.hasPath(p));
    const byFile = groupByFile(entry.index.lint(linted));
    // Every linted document gets its new list (empty clears it); removed files lose theirs.
    for (const file of [...linted, ...[...work.paths].filter((p) => !entry.index.hasPath(p))]) {
      const list = byFile.get(file);
      if (list) uris.add(this.set(entry, file, list));
      else {
        const uri = entry.fs.uri(file).toString();
        if (uris.delete(uri)) this.clear(uri);
      }
    }
    this.publishedEmitter.fire(entry.folder);
  }

  private set(entry: FolderEntry, file: string, findings: readonly Finding[]): string {
    const uri = entry.fs.uri(file);
    const diagnostics = findings.map((f) => toDiagnostic(f, entry.fs, this.extensionUri));
    this.collection.set(uri, diagnostics);
    this.findingsByUri.set(uri.toString(), { diagnostics, findings });
    return uri.toString();
  }

  private clear(uri: string): void {
    this.collection.delete(vscode.Uri.parse(uri));
    this.findingsByUri.delete(uri);
  }

  /** The finding a published diagnostic came from. */
  findingFor(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Finding | undefined {
    return findingOfDiagnostic(this.findingsByUri.get(uri.toString()), diagnostic);
  }

  findingsFor(uri: vscode.Uri): readonly Finding[] {
    return this.findingsByUri.get(uri.toString())?.findings ?? [];
  }

  dispose(): void {
    this.disposed = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.subscription.dispose();
    this.publishedEmitter.dispose();
    this.collection.dispose();
  }
}

function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    let list = byFile.get(f.file);
    if (!list) byFile.set(f.file, (list = []));
    list.push(f);
  }
  return byFile;
}

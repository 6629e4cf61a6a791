import type * as vscode from 'vscode';
import { loadCodeowners, type Codeowners } from '../../core/guidelines/codeowners';
import type { Logger } from '../../core/host';
import type { GitRepository } from '../git/gitApi';
import type { FolderEntry, WorkspaceIndexes } from '../workspace/workspaceIndexes';
import type { BaseChoices } from './baseChoices';
import { resolveComparison, type Comparison } from './comparison';
import { readChange, type ChangedFileAt } from './readChange';
import { applicableGuidelines, changeGovernance, changesInFolder, overlaps, type ReviewScope } from './reviewScope';
import { tickScopeOf } from './tickStore';
import { changedCodeTexts, type CodeText } from './changedCodeTexts';

/** Quiet time after the repository's last state change before its change is read again. */
const REPOSITORY_DEBOUNCE_MS = 300;

interface ReadResult {
  readonly comparison: Comparison;
  readonly files: readonly ChangedFileAt[];
  readonly notes: readonly string[];
  readonly codeowners: ReadonlyMap<string, Codeowners | undefined>;
  /** The changed code files that may mention a record, by URI. */
  readonly codeTexts: ReadonlyMap<string, CodeText>;
}

/**
 * The change of one Git repository, kept current: read again (debounced) when the
 * repository's state changes, and matched again, without Git, when guidelines change.
 * A generation counter drops results of reads that a newer one overtook.
 */
export class RepositoryReview implements vscode.Disposable {
  private readonly subscription: vscode.Disposable;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private running: Promise<void> | undefined;
  private last: ReadResult | undefined;
  private currentScopes: readonly ReviewScope[] = [];

  constructor(
    readonly repository: GitRepository,
    private readonly indexes: WorkspaceIndexes,
    private readonly baseChoices: BaseChoices,
    private readonly logger: Logger,
    private readonly onDidUpdate: () => void,
  ) {
    this.subscription = repository.state.onDidChange(() => this.schedule());
  }

  get scopes(): readonly ReviewScope[] {
    return this.currentScopes;
  }

  /** Whether the change was read at least once (the view says nothing about the repository before). */
  get loaded(): boolean {
    return this.last !== undefined;
  }

  /** Whether a read is waiting or running. */
  get busy(): boolean {
    return this.timer !== undefined || this.running !== undefined;
  }

  /** The workspace folders this repository's files can be in. */
  entries(): FolderEntry[] {
    return this.indexes.folders().filter((e) => overlaps(this.repository.rootUri, e.folder.uri));
  }

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.read();
    }, REPOSITORY_DEBOUNCE_MS);
  }

  /** Reads the change now (and matches it); resolves when this read, or a newer one, is done. */
  async read(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const generation = ++this.generation;
    const run = this.readNow(generation);
    this.running = run;
    try {
      await run;
    } finally {
      if (this.running === run) this.running = undefined;
      if (generation === this.generation) this.onDidUpdate();
    }
  }

  /** Matches the last read change against the guidelines, decisions and risks again: after one of them changed. */
  rematch(): void {
    if (!this.last) return;
    this.currentScopes = this.buildScopes(this.last);
    this.onDidUpdate();
  }

  private async readNow(generation: number): Promise<void> {
    // Until the Git extension's first status, HEAD is unknown: wait for its state change.
    if (this.repository.state.HEAD === undefined) return;
    const entries = this.entries();
    const primary = entries.find((e) => overlaps(e.folder.uri, this.repository.rootUri) && e.folder.uri.path.length <= this.repository.rootUri.path.length) ?? entries[0];
    const choice = this.baseChoices.get(this.repository.rootUri);
    let result: ReadResult;
    try {
      const comparison = await resolveComparison(this.repository, choice, primary?.index.config.reviewBase);
      const change = comparison.diffRef ? await readChange(this.repository, comparison.diffRef) : { files: [], notes: [] };
      const codeowners = new Map<string, Codeowners | undefined>();
      for (const e of entries) {
        const owners = await loadCodeowners(e.fs).catch((err: unknown) => {
          this.logger.warn(`${e.folder.name}: CODEOWNERS could not be read, so "Also ask" is left out: ${err instanceof Error ? err.message : String(err)}`);
          return undefined;
        });
        codeowners.set(e.folder.uri.toString(), owners);
      }
      const codeTexts = await changedCodeTexts(change.files);
      result = { comparison, files: change.files, notes: [...comparison.notes, ...change.notes], codeowners, codeTexts };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.logger.error(`${this.repository.rootUri.fsPath}: reading the change for review failed: ${message}`);
      const branch = this.repository.state.HEAD?.name ?? 'HEAD';
      const comparison: Comparison = { diffRef: undefined, base: undefined, branch, label: `Could not read the change on ${branch}`, notes: [] };
      result = { comparison, files: [], notes: [`Git could not list the change: ${message}`], codeowners: new Map(), codeTexts: new Map() };
    }
    if (generation !== this.generation) return;
    this.last = result;
    this.currentScopes = this.buildScopes(result);
  }

  private buildScopes(result: ReadResult): ReviewScope[] {
    const tickScope = tickScopeOf(this.repository.rootUri, result.comparison.branch);
    return this.entries().map((entry) => {
      const changes = changesInFolder(entry.folder, result.files);
      return {
        key: `${this.repository.rootUri.toString()}|${entry.folder.uri.toString()}`,
        entry,
        repository: this.repository,
        comparison: result.comparison,
        changes,
        applicable: applicableGuidelines(entry, changes),
        governance: changeGovernance(entry, changes, result.files, result.codeTexts),
        codeowners: result.codeowners.get(entry.folder.uri.toString()),
        notes: result.notes,
        tickScope,
      };
    });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.generation++;
    this.subscription.dispose();
  }
}

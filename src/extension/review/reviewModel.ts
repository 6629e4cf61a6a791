import * as vscode from 'vscode';
import type { Guideline } from '../../core/guidelines/model';
import type { Logger } from '../../core/host';
import { getGitApi, type GitApi, type GitRepository } from '../git/gitApi';
import type { WorkspaceIndexes, WorkspaceIndexChange } from '../workspace/workspaceIndexes';
import type { BaseChoices } from './baseChoices';
import { RepositoryReview } from './repositoryReview';
import { overlaps, type ReviewScope } from './reviewScope';

/** Where the review stands, for the view's message. */
export type ReviewStatus = 'starting' | 'gitUnavailable' | 'ready';

/**
 * Every change under review in the workspace: one {@link RepositoryReview} per Git
 * repository that overlaps a workspace folder, each read from the built-in Git
 * extension's API. Fires {@link onDidChange} whenever a repository's scopes changed.
 */
export class ReviewModel implements vscode.Disposable {
  private readonly reviews = new Map<string, RepositoryReview>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private git: GitApi | undefined;
  private currentStatus: ReviewStatus = 'starting';
  private disposed = false;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly indexes: WorkspaceIndexes, private readonly baseChoices: BaseChoices, private readonly logger: Logger) {
    this.disposables.push(
      this.emitter,
      indexes.onDidChange((c) => this.onIndexChange(c)),
      baseChoices.onDidChange((root) => void this.reviews.get(root.toString())?.read()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.syncRepositories()),
    );
  }

  get status(): ReviewStatus {
    return this.currentStatus;
  }

  /** Connects to the Git extension (activating it) and starts following its repositories. */
  async start(): Promise<void> {
    const git = await getGitApi();
    if (this.disposed) return;
    if (!git) {
      this.currentStatus = 'gitUnavailable';
      this.emitter.fire();
      return;
    }
    this.git = git;
    this.disposables.push(
      git.onDidOpenRepository(() => this.syncRepositories()),
      git.onDidCloseRepository(() => this.syncAfterClose()),
    );
    this.currentStatus = 'ready';
    this.syncRepositories();
    this.emitter.fire();
  }

  /** Every scope, in workspace folder order. */
  scopes(): ReviewScope[] {
    const order = new Map(this.indexes.folders().map((e, i) => [e.folder.uri.toString(), i]));
    return [...this.reviews.values()]
      .flatMap((r) => r.scopes)
      .sort((a, b) => (order.get(a.entry.folder.uri.toString()) ?? 0) - (order.get(b.entry.folder.uri.toString()) ?? 0) || a.key.localeCompare(b.key));
  }

  /** The repositories the review follows. */
  repositories(): GitRepository[] {
    return [...this.reviews.values()].map((r) => r.repository);
  }

  /** Whether some repository has not been read yet. */
  get loading(): boolean {
    return [...this.reviews.values()].some((r) => !r.loaded);
  }

  /** Whether any repository is waiting to be read or being read. */
  get busy(): boolean {
    return [...this.reviews.values()].some((r) => r.busy);
  }

  /** Every guideline that can be ticked under a tick scope (all folders of that repository). */
  guidelinesOfTickScope(tickScope: string): Guideline[] {
    return this.scopes().filter((s) => s.tickScope === tickScope).flatMap((s) => s.entry.index.documents('guideline'));
  }

  /** A URI showing a file as it is at a ref, for the left side of a diff editor. */
  toGitUri(uri: vscode.Uri, ref: string): vscode.Uri {
    return this.git ? this.git.toGitUri(uri, ref) : uri;
  }

  /** Reads every repository's change again now. */
  async refresh(): Promise<void> {
    await Promise.all([...this.reviews.values()].map((r) => r.read()));
  }

  private syncRepositories(): void {
    if (!this.git) return;
    const folders = this.indexes.folders().map((e) => e.folder.uri);
    const wanted = new Map(this.git.repositories.filter((r) => folders.some((f) => overlaps(r.rootUri, f))).map((r) => [r.rootUri.toString(), r]));
    for (const [key, review] of this.reviews) {
      if (wanted.get(key) === review.repository) continue;
      review.dispose();
      this.reviews.delete(key);
    }
    for (const [key, repository] of wanted) {
      if (this.reviews.has(key)) continue;
      const review = new RepositoryReview(repository, this.indexes, this.baseChoices, this.logger, () => this.emitter.fire());
      this.reviews.set(key, review);
      void review.read();
    }
    this.emitter.fire();
  }

  /**
   * The Git extension closes every repository as the window closes or reloads, while the
   * extensions are being deactivated. Handled at once, the close refreshed the Review
   * Checklist of a window that was going away, and VS Code logged "Unable to refresh tree
   * view techlead.review: Canceled". A turn later this model is disposed by then (and
   * drops the close); a repository a user closes is still dropped from the view.
   */
  private syncAfterClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => {
      this.closeTimer = undefined;
      if (!this.disposed) this.syncRepositories();
    }, 0);
  }

  private onIndexChange(change: WorkspaceIndexChange): void {
    // A folder indexed for the first time may be the one a repository was waiting for.
    if (change.rebuilt) this.syncRepositories();
    for (const review of this.reviews.values()) {
      if (!overlaps(review.repository.rootUri, change.folder.uri)) continue;
      // The configured base lives in the config; guidelines, decisions and risks only need matching again.
      if (change.kinds.has('config')) review.schedule();
      else if (change.kinds.has('guideline') || change.kinds.has('decision') || change.kinds.has('risk')) review.rematch();
    }
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.closeTimer);
    for (const r of this.reviews.values()) r.dispose();
    this.reviews.clear();
    for (const d of this.disposables) d.dispose();
  }
}

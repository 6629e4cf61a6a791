import * as vscode from 'vscode';
import type { Logger } from '../../core/host';
import type { DiagnosticsController } from '../diagnostics/diagnosticsController';
import { relativePath } from '../workspace/vscodeFileSystem';
import type { FolderEntry, WorkspaceIndexes } from '../workspace/workspaceIndexes';
import { hasRepoFileReaders, repoFileReaders } from '../../core/index/repoFileReaders';

/** Folders whose files no guideline or risk means: dependencies and Git's own. */
const EXCLUDE = '**/{node_modules,.git}/**';
/** A longer list is not trusted: a truncated list would report patterns as matching nothing. */
const MAX_FILES = 200_000;
/** Quiet time after the last file was created or deleted before the list is taken again. */
const RELIST_DEBOUNCE_MS = 500;

/**
 * Gives each folder's index the folder's file list, for `guideline/unmatched-glob` and the
 * paths `risk/unknown-reference` checks. The Git API cannot list tracked files, so the
 * list comes from `workspace.findFiles`; it is taken only for folders with documents that
 * read it (see repoFileReaders), and again (debounced) after files are created or deleted
 * there. Edits do not change the list and are ignored.
 */
export class RepoFilesFeeder implements vscode.Disposable {
  private readonly feeds = new Map<string, FolderFeed>();
  private readonly subscription: vscode.Disposable;
  private readonly emitter = new vscode.EventEmitter<vscode.WorkspaceFolder>();
  /** Fires after a folder's list was handed to its index and its findings published. */
  readonly onDidUpdate = this.emitter.event;

  constructor(private readonly indexes: WorkspaceIndexes, private readonly diagnostics: DiagnosticsController, private readonly logger: Logger) {
    this.subscription = indexes.onDidChange((c) => {
      if (c.rebuilt || c.kinds.has('guideline') || c.kinds.has('risk')) this.sync();
    });
  }

  /** Starts or stops feeding each folder, depending on whether anything in it reads the list now. */
  sync(): void {
    const entries = new Map(this.indexes.folders().map((e) => [e.folder.uri.toString(), e]));
    for (const [key, feed] of this.feeds) {
      const entry = entries.get(key);
      if (entry === feed.entry && hasRepoFileReaders(entry.index)) continue;
      feed.dispose();
      this.feeds.delete(key);
      if (entry === feed.entry) {
        entry.index.setRepoFiles(undefined);
        this.diagnostics.publishDocuments(entry, feed.readers);
      }
    }
    for (const [key, entry] of entries) {
      if (this.feeds.has(key) || !hasRepoFileReaders(entry.index)) continue;
      this.feeds.set(key, new FolderFeed(entry, () => this.emitter.fire(entry.folder), this.diagnostics, this.logger));
    }
  }

  dispose(): void {
    for (const f of this.feeds.values()) f.dispose();
    this.subscription.dispose();
    this.emitter.dispose();
  }
}

/** The file list of one folder, taken now and again after files come or go. */
class FolderFeed implements vscode.Disposable {
  private readonly watcher: vscode.FileSystemWatcher;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private disposed = false;
  /** The documents last linted against the list, to lint again without it when the feed stops. */
  readers: readonly string[] = [];

  constructor(readonly entry: FolderEntry, private readonly onUpdated: () => void, private readonly diagnostics: DiagnosticsController, private readonly logger: Logger) {
    this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(entry.folder, '**/*'), false, true, false);
    const changed = (uri: vscode.Uri) => {
      const path = relativePath(entry.folder, uri);
      if (path !== undefined && !/(^|\/)(node_modules|\.git)(\/|$)/.test(path)) this.schedule();
    };
    this.watcher.onDidCreate(changed);
    this.watcher.onDidDelete(changed);
    void this.list();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.list(), RELIST_DEBOUNCE_MS);
  }

  private async list(): Promise<void> {
    this.timer = undefined;
    const generation = ++this.generation;
    const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(this.entry.folder, '**/*'), EXCLUDE, MAX_FILES);
    if (this.disposed || generation !== this.generation) return;
    if (uris.length >= MAX_FILES) {
      this.logger.warn(`${this.entry.folder.name}: more than ${MAX_FILES} files; guideline patterns and risk paths are not checked against the repository here.`);
      this.entry.index.setRepoFiles(undefined);
    } else {
      const paths = uris.map((u) => relativePath(this.entry.folder, u)).filter((p): p is string => !!p).sort();
      this.entry.index.setRepoFiles(paths);
    }
    // Only some findings depend on the file list: re-lint those documents, not the folder.
    this.readers = repoFileReaders(this.entry.index);
    this.diagnostics.publishDocuments(this.entry, this.readers);
    this.onUpdated();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.watcher.dispose();
  }
}

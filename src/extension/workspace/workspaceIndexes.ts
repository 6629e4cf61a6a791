import * as vscode from 'vscode';
import { FolderIndex, type IndexChange } from '../../core/index/folderIndex';
import { CONFIG_FILE } from '../../core/config/config';
import { CancelledError, systemClock, type Logger } from '../../core/host';
import { KIND_PROVIDERS } from '../../core/kinds';
import { ContextKeys, Views } from '../ids';
import { onDidChangeToolkitSettings, readSettings, toHostSettings } from '../config/settings';
import { relativePath, VsCodeFolderFileSystem } from './vscodeFileSystem';

export interface FolderEntry {
  readonly folder: vscode.WorkspaceFolder;
  readonly fs: VsCodeFolderFileSystem;
  readonly index: FolderIndex;
}

export interface WorkspaceIndexChange extends IndexChange {
  readonly folder: vscode.WorkspaceFolder;
}

/** Delay after the last keystroke before an open document is re-indexed. */
const TYPING_DEBOUNCE_MS = 150;

/**
 * One {@link FolderIndex} per workspace folder, kept current: file watchers scoped to
 * the folders that matter, unsaved editor text, settings and folder changes. Indexing
 * runs after activation, with progress shown in the views, never on the activation path.
 */
export class WorkspaceIndexes implements vscode.Disposable {
  private readonly entries = new Map<string, FolderEntry>();
  private readonly watchers = new Map<string, vscode.Disposable[]>();
  private readonly pendingTyping = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changeEmitter = new vscode.EventEmitter<WorkspaceIndexChange>();
  /** Fires after any folder's index changed (a build, or one file). */
  readonly onDidChange = this.changeEmitter.event;
  private building: Promise<void> = Promise.resolve();

  constructor(private readonly logger: Logger) {
    this.disposables.push(
      this.changeEmitter,
      vscode.workspace.onDidChangeWorkspaceFolders((e) => {
        for (const f of e.removed) this.removeFolder(f);
        this.rebuild(e.added);
      }),
      onDidChangeToolkitSettings((affects) => this.rebuild([...this.entries.values()].map((e) => e.folder).filter((f) => affects(f) && this.settingsChanged(f)))),
      vscode.workspace.onDidChangeTextDocument((e) => this.onTyping(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.onClosed(d)),
    );
  }

  /** Whether the settings the folder's index reads changed: other `techlead.*` settings (hints, views) need no rebuild. */
  private settingsChanged(folder: vscode.WorkspaceFolder): boolean {
    const index = this.entries.get(folder.uri.toString())?.index;
    return !index || JSON.stringify(index.hostSettings) !== JSON.stringify(toHostSettings(readSettings(folder)));
  }

  /** Starts indexing every workspace folder in the background. */
  start(): void {
    this.rebuild(vscode.workspace.workspaceFolders ?? []);
  }

  /** Resolves when every build started so far has finished. */
  whenIdle(): Promise<void> {
    return this.building;
  }

  folders(): readonly FolderEntry[] {
    return [...this.entries.values()];
  }

  entryFor(uri: vscode.Uri): { entry: FolderEntry; path: string } | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const entry = folder && this.entries.get(folder.uri.toString());
    const path = folder && relativePath(folder, uri);
    return entry && path !== undefined ? { entry, path } : undefined;
  }

  /** Re-indexes the given folders (all when none given). */
  rebuild(folders: readonly vscode.WorkspaceFolder[] = [...this.entries.values()].map((e) => e.folder)): Promise<void> {
    if (folders.length === 0) return this.building;
    const run = this.building.then(() => this.buildFolders(folders));
    this.building = run.catch(() => undefined);
    return run;
  }

  private async buildFolders(folders: readonly vscode.WorkspaceFolder[]): Promise<void> {
    try {
      // Progress shows in each of the views while they fill in.
      await vscode.window.withProgress({ location: { viewId: Views.decisions } }, () =>
        vscode.window.withProgress({ location: { viewId: Views.risks } }, () =>
          vscode.window.withProgress({ location: { viewId: Views.review } }, () => Promise.all(folders.map((f) => this.buildFolder(f))))));
    } finally {
      void vscode.commands.executeCommand('setContext', ContextKeys.ready, true);
    }
  }

  private async buildFolder(folder: vscode.WorkspaceFolder): Promise<void> {
    const key = folder.uri.toString();
    let entry = this.entries.get(key);
    const settings = toHostSettings(readSettings(folder));
    if (!entry) {
      const fs = new VsCodeFolderFileSystem(folder);
      const index = new FolderIndex({ fs, providers: KIND_PROVIDERS, clock: systemClock, logger: this.logger, settings });
      entry = { folder, fs, index };
      this.entries.set(key, entry);
      const current = entry;
      index.onDidChange((change) => this.changeEmitter.fire({ ...change, folder: current.folder }));
    } else {
      entry.index.setSettings(settings);
    }
    const started = Date.now();
    try {
      await entry.index.build();
      this.logger.info(`${folder.name}: index built in ${Date.now() - started} ms`);
    } catch (err) {
      if (err instanceof CancelledError) return;
      this.logger.error(`${folder.name}: indexing failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      return;
    }
    this.watch(entry);
  }

  /** File watchers scoped to what each kind asked for, plus the repo config. */
  private watch(entry: FolderEntry): void {
    const key = entry.folder.uri.toString();
    for (const d of this.watchers.get(key) ?? []) d.dispose();
    const patterns = new Set<string>([CONFIG_FILE]);
    for (const provider of KIND_PROVIDERS) {
      for (const p of entry.index.discovery(provider.kind)?.watchPatterns ?? []) patterns.add(p);
    }
    const disposables: vscode.Disposable[] = [];
    for (const pattern of patterns) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(entry.folder, pattern));
      const update = (uri: vscode.Uri) => {
        const path = relativePath(entry.folder, uri);
        if (path !== undefined) void entry.index.update(path).catch((err) => this.logger.error(`${path}: ${String(err)}`));
      };
      watcher.onDidCreate(update);
      watcher.onDidChange(update);
      watcher.onDidDelete((uri) => {
        const path = relativePath(entry.folder, uri);
        if (path !== undefined) void entry.index.delete(path).catch((err) => this.logger.error(`${path}: ${String(err)}`));
      });
      disposables.push(watcher);
    }
    this.watchers.set(key, disposables);
  }

  private onTyping(document: vscode.TextDocument): void {
    const hit = this.entryFor(document.uri);
    if (!hit || !hit.entry.index.hasPath(hit.path)) return;
    const key = document.uri.toString();
    clearTimeout(this.pendingTyping.get(key));
    this.pendingTyping.set(key, setTimeout(() => {
      this.pendingTyping.delete(key);
      void hit.entry.index.update(hit.path, document.getText());
    }, TYPING_DEBOUNCE_MS));
  }

  /** A closed editor with unsaved changes: the file on disk is the truth again. */
  private onClosed(document: vscode.TextDocument): void {
    const hit = this.entryFor(document.uri);
    if (hit && hit.entry.index.hasPath(hit.path)) void hit.entry.index.update(hit.path);
  }

  private removeFolder(folder: vscode.WorkspaceFolder): void {
    const key = folder.uri.toString();
    for (const d of this.watchers.get(key) ?? []) d.dispose();
    this.watchers.delete(key);
    this.entries.get(key)?.index.dispose();
    this.entries.delete(key);
  }

  dispose(): void {
    for (const t of this.pendingTyping.values()) clearTimeout(t);
    for (const list of this.watchers.values()) for (const d of list) d.dispose();
    for (const e of this.entries.values()) e.index.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

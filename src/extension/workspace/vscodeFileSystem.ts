import * as vscode from 'vscode';
import { FileNotFoundError, NotUtf8Error, type DirectoryEntry, type FileStat, type FolderFileSystem } from '../../core/host';
import { NodeFolderFileSystem } from '../../node/nodeFileSystem';

// fatal: a file that is not UTF-8 is refused, never decoded with replacement characters.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The core's view of a workspace folder. An open editor's text wins over the file on
 * disk, so the index and the lint results follow what the user sees, saved or not.
 * A folder on the local disk (`file:`) is read with Node's file system directly: going
 * through `vscode.workspace.fs` costs several thread-pool and file-service round trips
 * per file, which made indexing 10,000 records take seconds instead of a fraction of
 * one. Any other scheme (remote, virtual workspaces) goes through `vscode.workspace.fs`.
 */
export class VsCodeFolderFileSystem implements FolderFileSystem {
  private readonly disk: NodeFolderFileSystem | undefined;

  constructor(readonly folder: vscode.WorkspaceFolder) {
    this.disk = folder.uri.scheme === 'file' ? new NodeFolderFileSystem(folder.uri.fsPath) : undefined;
  }

  get name(): string {
    return this.folder.name;
  }

  uri(path: string): vscode.Uri {
    return path ? vscode.Uri.joinPath(this.folder.uri, ...path.split('/')) : this.folder.uri;
  }

  async readText(path: string): Promise<string> {
    const open = this.openDocument(path);
    if (open) return open.getText();
    if (this.disk) return this.disk.readText(path);
    return this.readThroughWorkspaceFs(path);
  }

  async readTextWithin(path: string, maxBytes: number): Promise<string | { size: number }> {
    const open = this.openDocument(path);
    if (open) {
      const text = open.getText();
      return text.length > maxBytes ? { size: text.length } : text;
    }
    if (this.disk) return this.disk.readTextWithin(path, maxBytes);
    const stat = await this.stat(path);
    if (!stat) throw new FileNotFoundError(path);
    if (stat.size > maxBytes) return { size: stat.size };
    return this.readThroughWorkspaceFs(path);
  }

  /** A file of a folder that is not local (remote, virtual), read through VS Code's file service. */
  private async readThroughWorkspaceFs(path: string): Promise<string> {
    try {
      const bytes = await vscode.workspace.fs.readFile(this.uri(path));
      try {
        return utf8.decode(bytes);
      } catch {
        throw new NotUtf8Error(path);
      }
    } catch (err) {
      throw fromFileSystemError(err, path);
    }
  }

  async stat(path: string): Promise<FileStat | undefined> {
    if (this.disk) return this.disk.stat(path);
    try {
      const s = await vscode.workspace.fs.stat(this.uri(path));
      return { type: s.type & vscode.FileType.Directory ? 'directory' : 'file', size: s.size, mtime: s.mtime };
    } catch (err) {
      if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return undefined;
      throw err;
    }
  }

  async list(path: string): Promise<readonly DirectoryEntry[]> {
    if (this.disk) return this.disk.list(path);
    try {
      const entries = await vscode.workspace.fs.readDirectory(this.uri(path));
      const out: DirectoryEntry[] = [];
      for (const [name, type] of entries) {
        if (type & vscode.FileType.Directory) out.push({ name, type: 'directory' });
        else if (type & vscode.FileType.File) out.push({ name, type: 'file' });
      }
      return out;
    } catch (err) {
      if (err instanceof vscode.FileSystemError && (err.code === 'FileNotFound' || err.code === 'FileNotADirectory')) return [];
      throw err;
    }
  }

  /** The open editor document for a path, if any. Compares URI parts, not built strings: it runs once per file indexed. */
  private openDocument(path: string): vscode.TextDocument | undefined {
    const { scheme, authority } = this.folder.uri;
    const wanted = path ? `${this.folder.uri.path.replace(/\/$/, '')}/${path}` : this.folder.uri.path;
    return vscode.workspace.textDocuments.find((d) => d.uri.path === wanted && d.uri.scheme === scheme && d.uri.authority === authority);
  }
}

function fromFileSystemError(err: unknown, path: string): unknown {
  return err instanceof vscode.FileSystemError && err.code === 'FileNotFound' ? new FileNotFoundError(path) : err;
}

/** The workspace-folder-relative, `/`-separated path of a URI, or undefined when it is outside the folder. */
export function relativePath(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string | undefined {
  if (uri.scheme !== folder.uri.scheme || uri.authority !== folder.uri.authority) return undefined;
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  if (uri.path === folder.uri.path) return '';
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : undefined;
}

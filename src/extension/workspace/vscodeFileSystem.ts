import * as vscode from 'vscode';
import { FileNotFoundError, type DirectoryEntry, type FileStat, type FolderFileSystem } from '../../core/host';

const utf8 = new TextDecoder('utf-8');

/**
 * The core's view of a workspace folder, over `vscode.workspace.fs` so remote and
 * virtual workspaces work. An open editor's text wins over the file on disk, so the
 * index and the lint results follow what the user sees, saved or not.
 */
export class VsCodeFolderFileSystem implements FolderFileSystem {
  constructor(readonly folder: vscode.WorkspaceFolder) {}

  get name(): string {
    return this.folder.name;
  }

  uri(path: string): vscode.Uri {
    return path ? vscode.Uri.joinPath(this.folder.uri, ...path.split('/')) : this.folder.uri;
  }

  async readText(path: string): Promise<string> {
    const uri = this.uri(path);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    try {
      return utf8.decode(await vscode.workspace.fs.readFile(uri));
    } catch (err) {
      if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') throw new FileNotFoundError(path);
      throw err;
    }
  }

  async stat(path: string): Promise<FileStat | undefined> {
    try {
      const s = await vscode.workspace.fs.stat(this.uri(path));
      return { type: s.type & vscode.FileType.Directory ? 'directory' : 'file', size: s.size, mtime: s.mtime };
    } catch (err) {
      if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return undefined;
      throw err;
    }
  }

  async list(path: string): Promise<readonly DirectoryEntry[]> {
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
}

/** The workspace-folder-relative, `/`-separated path of a URI, or undefined when it is outside the folder. */
export function relativePath(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string | undefined {
  if (uri.scheme !== folder.uri.scheme || uri.authority !== folder.uri.authority) return undefined;
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  if (uri.path === folder.uri.path) return '';
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : undefined;
}

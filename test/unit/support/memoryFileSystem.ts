import { FileNotFoundError, type DirectoryEntry, type FileStat, type FolderFileSystem } from '../../../src/core/host';

/** An in-memory folder for unit tests: `{ 'docs/adr/0001-x.md': '# 1. X' }`. */
export class MemoryFileSystem implements FolderFileSystem {
  readonly files = new Map<string, string>();

  constructor(files: Record<string, string> = {}, readonly name = 'memory') {
    for (const [p, t] of Object.entries(files)) this.files.set(p, t);
  }

  write(path: string, text: string): void {
    this.files.set(path, text);
  }

  remove(path: string): void {
    this.files.delete(path);
  }

  async readText(path: string): Promise<string> {
    const t = this.files.get(path);
    if (t === undefined) throw new FileNotFoundError(path);
    return t.charCodeAt(0) === 0xfeff ? t.slice(1) : t;
  }

  /** Checks the size first and reads through {@link readText}, so a test that counts reads sees only real ones. */
  async readTextWithin(path: string, maxBytes: number): Promise<string | { size: number }> {
    const stat = await this.stat(path);
    if (stat?.type === 'file' && stat.size > maxBytes) return { size: stat.size };
    return this.readText(path);
  }

  async stat(path: string): Promise<FileStat | undefined> {
    const t = this.files.get(path);
    if (t !== undefined) return { type: 'file', size: t.length, mtime: 0 };
    const prefix = path === '' ? '' : `${path}/`;
    for (const p of this.files.keys()) if (p.startsWith(prefix)) return { type: 'directory', size: 0, mtime: 0 };
    return undefined;
  }

  async list(path: string): Promise<readonly DirectoryEntry[]> {
    const prefix = path === '' ? '' : `${path}/`;
    const out = new Map<string, DirectoryEntry>();
    for (const p of this.files.keys()) {
      if (!p.startsWith(prefix)) continue;
      const rest = p.slice(prefix.length);
      const slash = rest.indexOf('/');
      const name = slash < 0 ? rest : rest.slice(0, slash);
      out.set(name, { name, type: slash < 0 ? 'file' : 'directory' });
    }
    return [...out.values()];
  }
}

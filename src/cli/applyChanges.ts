import { promises as fsp, constants as fsConstants } from 'node:fs';
import * as nodePath from 'node:path';
import type { FileChange } from '../core/model/findings';
import { applyTextEdits } from '../core/model/text';
import type { NodeFolderFileSystem } from '../node/nodeFileSystem';

/**
 * Writes planned changes to disk. Creates and renames never replace an existing file;
 * edits keep a file's byte-order mark. Everything is checked before anything is
 * written, so a refused change leaves every file as it was.
 */
export async function writeChanges(fs: NodeFolderFileSystem, changes: readonly FileChange[]): Promise<string[]> {
  for (const c of changes) {
    if (c.type === 'create' && (await fs.stat(c.path))) throw new Error(`${c.path} already exists; nothing was written.`);
    if (c.type === 'rename' && (await fs.stat(c.to))) throw new Error(`cannot rename ${c.from} to ${c.to}: the target exists; nothing was written.`);
    if (c.type === 'rename' && !(await fs.stat(c.from))) throw new Error(`cannot rename ${c.from}: it does not exist; nothing was written.`);
  }
  const written: string[] = [];
  for (const c of changes) {
    switch (c.type) {
      case 'create': {
        const file = fs.absolute(c.path);
        await fsp.mkdir(nodePath.dirname(file), { recursive: true });
        // 'wx': fail rather than overwrite, even if the file appeared meanwhile.
        await fsp.writeFile(file, c.content, { flag: 'wx' });
        written.push(c.path);
        break;
      }
      case 'edit': {
        const file = fs.absolute(c.path);
        const raw = await fsp.readFile(file, 'utf8');
        const bom = raw.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
        await fsp.writeFile(file, bom + applyTextEdits(raw.slice(bom.length), c.edits));
        written.push(c.path);
        break;
      }
      case 'rename': {
        const to = fs.absolute(c.to);
        await fsp.mkdir(nodePath.dirname(to), { recursive: true });
        await fsp.copyFile(fs.absolute(c.from), to, fsConstants.COPYFILE_EXCL);
        await fsp.unlink(fs.absolute(c.from));
        written.push(`${c.from} -> ${c.to}`);
        break;
      }
    }
  }
  return written;
}

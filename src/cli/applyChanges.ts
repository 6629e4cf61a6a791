import { promises as fsp, constants as fsConstants } from 'node:fs';
import * as nodePath from 'node:path';
import type { EditChange, FileChange } from '../core/model/findings';
import { applyTextEdits, type TextEdit } from '../core/model/text';
import type { NodeFolderFileSystem } from '../node/nodeFileSystem';

/** A change that cannot be made safely; nothing was written. */
export class WriteRefusedError extends Error {
  constructor(message: string) {
    super(`${message}; nothing was written.`);
    this.name = 'WriteRefusedError';
  }
}

// ignoreBOM: keep a byte-order mark in the text, so a second one is not taken for the first.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Writes planned changes to disk. Creates and renames never replace an existing file.
 * An edit is made only to a file that is still, byte for byte, the text its edits were
 * planned from (the change carries it): another process, an editor, or a second
 * `techlead` run may have changed it, and offsets into the old text would land inside
 * other words. A file that is not UTF-8 is refused too: decoding it replaced some bytes,
 * and writing the text back would change them. Everything is checked before anything is
 * written, so a refused change leaves every file as it was; each edited file is replaced
 * in one step (a temporary file renamed over it), so a reader never sees half a file.
 */
export async function writeChanges(fs: NodeFolderFileSystem, changes: readonly FileChange[]): Promise<string[]> {
  const edited = new Map<string, { bom: string; text: string }>();
  const editsOf = new Map<string, TextEdit[]>();
  for (const c of changes) {
    if (c.type === 'edit') editsOf.set(c.path, [...(editsOf.get(c.path) ?? []), ...c.edits]);
  }
  for (const c of changes) {
    if (c.type === 'create' && (await fs.stat(c.path))) throw new WriteRefusedError(`${c.path} already exists`);
    if (c.type === 'rename' && (await fs.stat(c.to))) throw new WriteRefusedError(`cannot rename ${c.from} to ${c.to}: the target exists`);
    if (c.type === 'rename' && !(await fs.stat(c.from))) throw new WriteRefusedError(`cannot rename ${c.from}: it does not exist`);
    if (c.type === 'edit') edited.set(c.path, unchangedSincePlanned(c, edited.get(c.path) ?? (await readForEdit(fs, c.path))));
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
        // Every edit of one file refers to the text that was read: they are applied together.
        const edits = editsOf.get(c.path);
        if (!edits) break;
        editsOf.delete(c.path);
        const before = edited.get(c.path)!;
        await replaceFile(fs, c.path, before, before.bom + applyTextEdits(before.text, edits));
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

/** The file's byte-order mark and text, when the text is still exactly the one the edit was planned from. */
function unchangedSincePlanned(change: EditChange, current: { bom: string; text: string } | undefined): { bom: string; text: string } {
  if (current?.text !== change.plannedFrom) throw new WriteRefusedError(`${change.path} changed since it was read; run the command again`);
  return current;
}

/** The file's byte-order mark and text as the reader gives it; undefined when it is gone (a change too). */
async function readForEdit(fs: NodeFolderFileSystem, path: string): Promise<{ bom: string; text: string } | undefined> {
  let bytes: Buffer;
  try {
    bytes = await fsp.readFile(fs.absolute(path));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  let decoded: string;
  try {
    decoded = UTF8.decode(bytes);
  } catch {
    throw new WriteRefusedError(`${path} is not UTF-8 text; editing it would change bytes outside the edit. Convert it to UTF-8 first`);
  }
  // The reader drops one byte-order mark; a second one is part of the text.
  const bom = decoded.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  return { bom, text: decoded.slice(bom.length) };
}

/** Temporary files this process made: with the process id, a name no other run picks. */
let temporaryCount = 0;

/** Writes `content` to a temporary file beside `path` and renames it over `path`, checking `path` once more first. */
async function replaceFile(fs: NodeFolderFileSystem, path: string, expected: { bom: string; text: string }, content: string): Promise<void> {
  const file = fs.absolute(path);
  // Created exclusively ('wx'), so the name need only be unlikely to be taken, not secret.
  const temporary = nodePath.join(nodePath.dirname(file), `.${nodePath.basename(file)}.${process.pid}-${(temporaryCount++).toString(36)}-${Math.random().toString(36).slice(2, 8)}.tmp`);
  const { mode } = await fsp.stat(file);
  await fsp.writeFile(temporary, content, { flag: 'wx', mode });
  try {
    const now = await fsp.readFile(file, 'utf8');
    if (now !== expected.bom + expected.text) throw new WriteRefusedError(`${path} changed while it was being written; run the command again`);
    await fsp.rename(temporary, file);
  } catch (err) {
    await fsp.rm(temporary, { force: true });
    throw err;
  }
}

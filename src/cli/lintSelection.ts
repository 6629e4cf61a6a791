import { existsSync } from 'node:fs';
import * as nodePath from 'node:path';
import type { FolderIndex } from '../core/index/folderIndex';
import { git, NO_EXTERNAL_PROGRAMS } from '../node/git';
import { UsageError } from './usageError';

/** One file to lint: its path in the folder, and where its content comes from when not the work tree. */
export interface SelectedFile {
  readonly path: string;
  /** The change deletes the file. */
  readonly deleted?: boolean;
  /** A deleted file's last committed content, so the index knows what linked to it. */
  readonly readBefore?: () => Promise<string | undefined>;
  /** Reads the staged content; absent, or giving undefined: the file is read from disk. */
  readonly read?: () => Promise<string | undefined>;
}

/**
 * Brings the index up to date with the selected files and returns the paths to lint:
 * those files and every document whose findings depend on them (a renamed record's
 * links, a risk naming a decision...), as the index's change events say. Undefined
 * when a change rebuilt the index (the config changed): then everything is linted.
 */
export async function applySelection(index: FolderIndex, files: readonly SelectedFile[]): Promise<string[] | undefined> {
  const paths = new Set<string>();
  let rebuilt = false;
  const subscription = index.onDidChange((change) => {
    if (change.rebuilt) rebuilt = true;
    for (const p of change.affected) paths.add(p);
  });
  try {
    for (const f of files) {
      if (f.deleted) {
        // Gone from the work tree too (a rename), so not indexed: put back as committed,
        // then deleted, the index names the records that linked to it.
        const known = index.hasPath(f.path);
        const before = known ? undefined : await f.readBefore?.();
        // Neither on disk nor committed: a mistyped path, not a deletion to lint around.
        if (!known && before === undefined) throw new UsageError(`${f.path} does not exist, and is not in the last commit`);
        if (before !== undefined) await index.update(f.path, before);
        await index.delete(f.path);
        continue;
      }
      // Staged content is read only for documents the index holds (it indexed the work
      // tree's copy): a staged image or source file is never loaded.
      await index.update(f.path, f.read && index.hasPath(f.path) ? await f.read() : undefined);
      paths.add(f.path);
    }
  } finally {
    subscription.dispose();
  }
  return rebuilt ? undefined : [...paths].filter((p) => index.hasPath(p)).sort();
}

/**
 * Command-line paths (relative to the working directory) as paths in the linted folder.
 * A path that no longer exists is a deletion, so `lint OLD NEW` after a rename reports the
 * records still linking to OLD.
 */
export function filesFromArguments(args: readonly string[], cwd: string, root: string): SelectedFile[] {
  return args.map((arg) => {
    const full = nodePath.resolve(cwd, arg);
    const rel = nodePath.relative(root, full);
    if (rel === '' || rel.startsWith('..') || nodePath.isAbsolute(rel)) throw new UsageError(`${arg} is not a file inside ${root}`);
    const path = rel.split(nodePath.sep).join('/');
    return existsSync(full) ? { path } : { path, deleted: true, readBefore: () => showBlob(root, `HEAD:./${path}`) };
  });
}

/**
 * The files staged in Git under the folder, with their staged content (`git show :path`),
 * not the work tree's: a commit is checked as it will be recorded.
 */
export async function stagedFiles(root: string): Promise<SelectedFile[]> {
  const out = await git(root, ['diff', '--cached', '--name-status', '-z', '--no-renames', '--relative', ...NO_EXTERNAL_PROGRAMS]);
  const fields = out.split('\0');
  const files: SelectedFile[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const status = fields[i]!;
    const path = fields[i + 1]!;
    files.push(status.startsWith('D') ? { path, deleted: true, readBefore: () => showBlob(root, `HEAD:./${path}`) } : { path, read: () => showBlob(root, `:./${path}`) });
  }
  return files;
}

/**
 * A blob's content: `:./path` staged, `HEAD:./path` as last committed. Undefined when
 * there is none (outside Git, never committed, or a merge conflict, which has no stage 0):
 * the caller then falls back to the work tree.
 */
async function showBlob(root: string, object: string): Promise<string | undefined> {
  try {
    return await git(root, ['show', ...NO_EXTERNAL_PROGRAMS, object]);
  } catch {
    return undefined;
  }
}

/** The folder's path from the repository root (`''` at the root, else ending with `/`); `''` outside Git. */
export async function repoPrefix(root: string): Promise<string> {
  try {
    return (await git(root, ['rev-parse', '--show-prefix'])).trim();
  } catch {
    return '';
  }
}

import type { FolderFileSystem } from '../core/host';
import { git, GitError, hasGitEntryAbove } from '../node/git';

/** Folders never part of what guidelines describe. */
const SKIPPED = new Set(['.git', 'node_modules']);
/** Beyond this many files the walk gives up: a partial list would report patterns as matching nothing. */
const MAX_WALKED_FILES = 200_000;

/**
 * Every file of the folder, relative to it and `/`-separated, for `guideline/unmatched-glob` and the paths `risk/unknown-reference` checks:
 * from `git ls-files` in a Git work tree (tracked files plus untracked ones Git does not
 * ignore, so build output does not count), else from a walk of `folder`. Undefined
 * when no complete list can be had: the rule then stays silent rather than guess.
 */
export async function listRepoFiles(root: string, folder: Pick<FolderFileSystem, 'list'>): Promise<string[] | undefined> {
  if (hasGitEntryAbove(root)) {
    // Asked straight away rather than after `rev-parse`: each git run costs a process or two.
    try {
      const out = await git(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
      return [...new Set(out.split('\0').filter(Boolean))].sort();
    } catch (err) {
      if (!isOutsideWorkTree(err)) throw err;
    }
  }
  // Walked through the folder's own listings: the index's discovery lists the same folders,
  // and with kept listings (keptListings) each is read once between them.
  const files: string[] = [];
  const walk = async (path: string): Promise<boolean> => {
    for (const entry of await folder.list(path)) {
      const child = path ? `${path}/${entry.name}` : entry.name;
      // A linked folder is one entry, as Git lists it: following links could loop.
      if (entry.type === 'directory' && entry.linkTarget === undefined) {
        if (!SKIPPED.has(entry.name) && !(await walk(child))) return false;
      } else {
        files.push(child);
        if (files.length > MAX_WALKED_FILES) return false;
      }
    }
    return true;
  };
  return (await walk('')) ? files.sort() : undefined;
}

/** Git is missing, or says the folder is not in a work tree (a bare repository, a stray `.git`): the folder is walked instead. */
function isOutsideWorkTree(err: unknown): boolean {
  return err instanceof GitError && (err.exitCode === null || /not a git repository|must be run in a work tree/i.test(err.stderr));
}

import { readdirSync } from 'node:fs';
import * as nodePath from 'node:path';
import { git, GitError, hasGitEntryAbove } from '../node/git';

/** Folders never part of what guidelines describe. */
const SKIPPED = new Set(['.git', 'node_modules']);
/** Beyond this many files the walk gives up: a partial list would report patterns as matching nothing. */
const MAX_WALKED_FILES = 200_000;

/**
 * Every file of the folder, relative to it and `/`-separated, for `guideline/unmatched-glob` and the paths `risk/unknown-reference` checks:
 * from `git ls-files` in a Git work tree (tracked files plus untracked ones Git does not
 * ignore, so build output does not count), else from a walk of the folder. Undefined
 * when no complete list can be had: the rule then stays silent rather than guess.
 */
export async function listRepoFiles(root: string): Promise<string[] | undefined> {
  if (hasGitEntryAbove(root)) {
    // Asked straight away rather than after `rev-parse`: each git run costs a process or two.
    try {
      const out = await git(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
      return [...new Set(out.split('\0').filter(Boolean))].sort();
    } catch (err) {
      if (!isOutsideWorkTree(err)) throw err;
    }
  }
  // Synchronous, as NodeFolderFileSystem reads: a few times faster for thousands of folders.
  const files: string[] = [];
  const walk = (dir: string, prefix: string): boolean => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name) && !walk(nodePath.join(dir, entry.name), `${prefix}${entry.name}/`)) return false;
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        files.push(`${prefix}${entry.name}`);
        if (files.length > MAX_WALKED_FILES) return false;
      }
    }
    return true;
  };
  return walk(root, '') ? files.sort() : undefined;
}

/** Git is missing, or says the folder is not in a work tree (a bare repository, a stray `.git`): the folder is walked instead. */
function isOutsideWorkTree(err: unknown): boolean {
  return err instanceof GitError && (err.exitCode === null || /not a git repository|must be run in a work tree/i.test(err.stderr));
}

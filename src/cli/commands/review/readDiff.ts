import { git, GitError } from '../../../node/git';
import { diffWorkingTree } from '../../../node/gitDiff';
import { UsageError } from '../../usageError';

/**
 * The change under review as a unified diff of the working tree. With a base: against
 * the merge base of HEAD and the base, so what the base gained since the branch left it
 * does not count (what a pull request into the base shows, plus uncommitted work).
 * `merge-base` then `diff` rather than `diff --merge-base`: it works with any Git, and a
 * base that does not exist gets Git's own message. Without a base: uncommitted changes
 * (staged and unstaged) against HEAD.
 */
export async function readDiff(root: string, base: string | undefined): Promise<string> {
  const head = await git(root, ['rev-parse', '--verify', '--quiet', 'HEAD']).catch(() => '');
  if (!head.trim()) throw new UsageError('the repository has no commits yet: there is nothing to compare the working tree with');
  let against = 'HEAD';
  if (base !== undefined) {
    try {
      against = (await git(root, ['merge-base', 'HEAD', base])).trim();
    } catch (err) {
      const why = err instanceof GitError && err.stderr.trim() ? err.stderr.trim().split('\n')[0] : 'it shares no history with HEAD';
      throw new UsageError(`--base ${base}: no merge base with HEAD (${why})`);
    }
  }
  return diffWorkingTree(root, against);
}

/** How many files Git does not track yet (and does not ignore): not part of any diff. */
export async function countUntracked(root: string): Promise<number> {
  const out = await git(root, ['ls-files', '-z', '--others', '--exclude-standard']);
  return out.split('\0').filter(Boolean).length;
}

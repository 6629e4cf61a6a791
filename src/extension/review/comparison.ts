import { GitRefType, type GitRef, type GitRepository } from '../git/gitApi';

/**
 * What a reviewer compares the working tree with, as chosen with "Choose Base…":
 * automatic (settings, `.techlead.yaml`, then the default branch), uncommitted changes
 * only, or a ref of their choice.
 */
export type BaseChoice =
  | { readonly kind: 'auto' }
  | { readonly kind: 'uncommitted' }
  | { readonly kind: 'ref'; readonly ref: string };

/** How one repository's change is read: `git diff <diffRef>` of the working tree. */
export interface Comparison {
  /** A merge-base commit (branch review) or `HEAD` (uncommitted changes); undefined before the first commit. */
  readonly diffRef: string | undefined;
  /** The base branch the merge base was taken with, when there is one. */
  readonly base: string | undefined;
  /** The branch under review (HEAD's name, or the detached commit): ticks are kept per branch. */
  readonly branch: string;
  /** For the view: "feature/x compared with main", "Uncommitted changes on main". */
  readonly label: string;
  /** Why the comparison is not what the user may expect (a base that was not found...). */
  readonly notes: readonly string[];
}

/** The names tried, in order, when neither the user nor the repository names a base. */
const CONVENTIONAL_BASES = ['main', 'master'] as const;

/**
 * Decides what the working tree of `repository` is compared with. A branch review diffs
 * against the merge base with the base branch, so commits made on the base since the
 * branch left it do not show up as part of the change; when HEAD is the merge base
 * (on the base branch itself) that is exactly the uncommitted changes.
 */
export async function resolveComparison(repository: GitRepository, choice: BaseChoice, configuredBase: string | undefined): Promise<Comparison> {
  const head = repository.state.HEAD;
  const branch = head?.name ?? (head?.commit ? `HEAD detached at ${head.commit.slice(0, 7)}` : 'HEAD');
  if (!head?.commit) return { diffRef: undefined, base: undefined, branch, label: `No commits yet on ${branch}`, notes: ['The repository has no commits yet, so there is no change to review.'] };
  const uncommitted = (notes: string[] = []): Comparison => ({ diffRef: 'HEAD', base: undefined, branch, label: `Uncommitted changes on ${branch}`, notes });
  if (choice.kind === 'uncommitted') return uncommitted();
  const base = choice.kind === 'ref' ? choice.ref : configuredBase ?? (await defaultBase(repository));
  if (!base) return uncommitted(['No base branch found (no upstream default branch, no main or master): showing uncommitted changes. Use Choose Base… to pick one.']);
  const mergeBase = await repository.getMergeBase('HEAD', base).catch(() => undefined);
  if (!mergeBase) return uncommitted([`The base "${base}" was not found, or shares no history with ${branch}: showing uncommitted changes. Use Choose Base… to pick another.`]);
  if (mergeBase === head.commit) return { ...uncommitted(), base };
  return { diffRef: mergeBase, base, branch, label: `${branch} compared with ${base}`, notes: [] };
}

/**
 * The upstream's default branch (what `origin/HEAD` points at), else `main`, else
 * `master`, locally or on the upstream remote. The Git extension's API cannot resolve a
 * symbolic ref, so the remote branch at the same commit as `<remote>/HEAD` stands in.
 */
export async function defaultBase(repository: GitRepository): Promise<string | undefined> {
  const refs = await listBranches(repository);
  const remote = repository.state.HEAD?.upstream?.remote ?? (repository.state.remotes.some((r) => r.name === 'origin') ? 'origin' : repository.state.remotes[0]?.name);
  const remoteBranches = refs.filter((r) => r.type === GitRefType.remoteHead && r.remote === remote && r.name);
  const remoteHead = remoteBranches.find((r) => r.name === `${remote}/HEAD`);
  if (remoteHead?.commit) {
    const sameCommit = remoteBranches.filter((r) => r.name !== remoteHead.name && r.commit === remoteHead.commit).map((r) => r.name!);
    const preferred = CONVENTIONAL_BASES.map((n) => `${remote}/${n}`).find((n) => sameCommit.includes(n));
    if (preferred) return preferred;
    if (sameCommit.length === 1) return sameCommit[0];
  }
  const localNames = new Set(refs.filter((r) => r.type === GitRefType.head).map((r) => r.name));
  for (const name of CONVENTIONAL_BASES) {
    if (localNames.has(name)) return name;
    if (remoteBranches.some((r) => r.name === `${remote}/${name}`)) return `${remote}/${name}`;
  }
  return undefined;
}

/** Local and remote branches; `state.refs` is only a fallback for Git extensions without getRefs. */
export async function listBranches(repository: GitRepository): Promise<readonly GitRef[]> {
  if (repository.getRefs) {
    try {
      return await repository.getRefs({ pattern: ['refs/heads', 'refs/remotes'] });
    } catch {
      // An old Git extension whose getRefs takes other arguments: use the state below.
    }
  }
  return repository.state.refs.filter((r) => r.type !== GitRefType.tag);
}

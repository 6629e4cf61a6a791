import type * as vscode from 'vscode';
import { changedPath, type ChangedFile, type ChangeStatus } from '../../core/review/changeSet';
import { parseUnifiedDiff } from '../../core/review/parseUnifiedDiff';
import { GitStatus, type GitChange, type GitRepository } from '../git/gitApi';
import { plural } from '../../core/text/plural';

/** A changed file of a repository, located by URI (paths relative to a workspace folder come later). */
export interface ChangedFileAt {
  readonly uri: vscode.Uri;
  readonly originalUri: vscode.Uri | undefined;
  /** Line details read from the file's own diff; `path` is a placeholder until mapped to a folder. */
  readonly change: ChangedFile;
}

export interface RepositoryChange {
  readonly files: readonly ChangedFileAt[];
  readonly notes: readonly string[];
}

/**
 * Files whose added lines are read (one `git diff` each); beyond that, files count for
 * which guidelines apply, without line hints. Keeps a refresh of a huge change quick.
 */
const MAX_FILES_WITH_LINES = 300;
/** `git diff` processes run at once. */
const CONCURRENCY = 8;

/**
 * Reads what changed between `diffRef` and the working tree through the Git extension:
 * the name-status list, then each file's unified diff for its added lines and hunks.
 * The API has no whole-tree patch of the working tree against a ref, hence one diff per
 * file. Renamed files count by path only: a diff of the new path alone would show every
 * line as added, and hints must stay on lines the change really adds.
 */
export async function readChange(repository: GitRepository, diffRef: string): Promise<RepositoryChange> {
  const listing = await repository.diffWith(diffRef);
  const notes: string[] = [];
  const detailed = listing.filter((c) => statusOf(c) === 'added' || statusOf(c) === 'modified').slice(0, MAX_FILES_WITH_LINES);
  const lines = new Map<GitChange, ChangedFile>();
  let unreadable = 0;
  await forEachLimited(detailed, CONCURRENCY, async (c) => {
    const text = await repository.diffWith(diffRef, c.uri.fsPath).catch(() => undefined);
    if (text === undefined) unreadable++;
    const parsed = text === undefined ? undefined : parseUnifiedDiff(text).files[0];
    if (parsed) lines.set(c, parsed);
  });
  if (unreadable > 0) notes.push(`Git could not show the diff of ${plural(unreadable, 'changed file')}; ${unreadable === 1 ? 'it counts' : 'they count'} only by path.`);
  const withoutLines = listing.filter((c) => statusOf(c) === 'added' || statusOf(c) === 'modified').length - detailed.length;
  if (withoutLines > 0) notes.push(`Line hints cover the first ${MAX_FILES_WITH_LINES} changed files; ${withoutLines} more count only by path.`);
  const files = listing.map((c): ChangedFileAt => {
    const status = statusOf(c);
    const parsed = lines.get(c);
    const change: ChangedFile = parsed
      ? { path: '', status, addedLines: parsed.addedLines, hunks: parsed.hunks, ...(parsed.binary ? { binary: true } : {}) }
      : changedPath('', status);
    return { uri: c.uri, originalUri: status === 'renamed' ? c.originalUri : undefined, change };
  });
  const untracked = untrackedCount(repository);
  if (untracked > 0) notes.push(`${untracked} untracked file${untracked === 1 ? ' is' : 's are'} not part of the change until added to Git (git add, or git add -N to keep them unstaged).`);
  return { files, notes };
}

function statusOf(change: GitChange): ChangeStatus {
  switch (change.status) {
    case GitStatus.indexAdded:
    case GitStatus.intentToAdd:
      return 'added';
    case GitStatus.indexDeleted:
    case GitStatus.deleted:
      return 'deleted';
    case GitStatus.indexRenamed:
      return 'renamed';
    default:
      return 'modified';
  }
}

function untrackedCount(repository: GitRepository): number {
  const { untrackedChanges, workingTreeChanges } = repository.state;
  const inWorkingTree = workingTreeChanges.filter((c) => c.status === GitStatus.untracked).length;
  return (untrackedChanges?.length ?? 0) + inWorkingTree;
}

async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

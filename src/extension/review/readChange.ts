import * as vscode from 'vscode';
import type { ChangedFile } from '../../core/review/changeSet';
import { parseUnifiedDiff } from '../../core/review/parseUnifiedDiff';
import { diffWorkingTree } from '../../node/gitDiff';
import { GitStatus, type GitRepository } from '../git/gitApi';

/** A changed file of a repository, located by URI (paths relative to a workspace folder come later). */
export interface ChangedFileAt {
  readonly uri: vscode.Uri;
  readonly originalUri: vscode.Uri | undefined;
  /** Line details read from the diff; `path` is a placeholder until mapped to a folder, and `oldPath` is left out (see `originalUri`). */
  readonly change: ChangedFile;
}

export interface RepositoryChange {
  readonly files: readonly ChangedFileAt[];
  readonly notes: readonly string[];
}

/**
 * Reads what changed between `diffRef` and the working tree with one `git diff` of the
 * whole repository, the same safe invocation the CLI's `techlead review` uses (no
 * external diff, no text conversion, no hooks, no fsmonitor, no filters: nothing the
 * repository configures runs). Renames are found, so a moved file keeps exactly the
 * lines it gained, as in the CLI; every file gets its added lines, however many changed.
 *
 * Git runs only in a trusted workspace on a local (`file:`) repository; elsewhere the
 * change is not read and a note says why.
 */
export async function readChange(repository: GitRepository, diffRef: string): Promise<RepositoryChange> {
  const root = repository.rootUri;
  if (root.scheme !== 'file') return { files: [], notes: [`The repository at ${root.toString()} is not on this machine's disk, so its change is not read.`] };
  if (!vscode.workspace.isTrusted) return { files: [], notes: ['The change is read with Git only in a trusted workspace: trust this workspace to review it.'] };
  const { files, problems } = parseUnifiedDiff(await diffWorkingTree(root.fsPath, diffRef));
  const notes = problems.map((p) => `git diff line ${p.line}: ${p.message}`);
  const at = (path: string) => vscode.Uri.joinPath(root, ...path.split('/'));
  const changed = files.map(({ oldPath, ...change }): ChangedFileAt => ({
    uri: at(change.path),
    originalUri: oldPath === undefined ? undefined : at(oldPath),
    change: { ...change, path: '' },
  }));
  const untracked = untrackedCount(repository);
  if (untracked > 0) notes.push(`${untracked} untracked file${untracked === 1 ? ' is' : 's are'} not part of the change until added to Git (git add, or git add -N to keep them unstaged).`);
  return { files: changed, notes };
}

function untrackedCount(repository: GitRepository): number {
  const { untrackedChanges, workingTreeChanges } = repository.state;
  const inWorkingTree = workingTreeChanges.filter((c) => c.status === GitStatus.untracked).length;
  return (untrackedChanges?.length ?? 0) + inWorkingTree;
}

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { GitStatus, type GitChange, type GitRepository } from '../../src/extension/git/gitApi';
import { readChange } from '../../src/extension/review/readChange';
import { scenario } from './support';

const DIFF_OF_A = 'diff --git a/a.ts b/a.ts\n--- a/a.ts\n+++ b/a.ts\n@@ -1,1 +1,2 @@\n const a = 1;\n+const b = 2;\n';

/** A repository whose per-file diff fails for `b.ts`, as `git diff` does for a file it cannot read. */
function repositoryFailingOn(failing: string): GitRepository {
  const change = (name: string): GitChange => ({ uri: vscode.Uri.file(`/repo/${name}`), originalUri: vscode.Uri.file(`/repo/${name}`), renameUri: undefined, status: GitStatus.modified });
  const listing = [change('a.ts'), change(failing)];
  const diffWith = async (_ref: string, path?: string): Promise<GitChange[] | string> => {
    if (path === undefined) return listing;
    if (path.endsWith(failing)) throw new Error('fatal: bad object');
    return DIFF_OF_A;
  };
  return { state: { workingTreeChanges: [], untrackedChanges: [] }, diffWith } as unknown as GitRepository;
}

// Runs with a fake repository: needs VS Code's API (Uri), not a workspace.
(scenario === 'empty' ? describe : describe.skip)('Reading a change through the Git extension', () => {
  it('says when a file\'s diff could not be read, and counts that file by path', async () => {
    const change = await readChange(repositoryFailingOn('b.ts'), 'main');
    assert.deepEqual(change.files.map((f) => f.change.addedLines.map((l) => l.text)), [['const b = 2;'], []]);
    assert.deepEqual(change.notes, ['Git could not show the diff of 1 changed file; it counts only by path.']);
  });
});

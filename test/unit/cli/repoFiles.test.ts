import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listRepoFiles } from '../../../src/cli/repoFiles';
import { hasGitEntryAbove } from '../../../src/node/git';
import { NodeFolderFileSystem } from '../../../src/node/nodeFileSystem';
import { TempFolder } from './adrCliSupport';

describe('the repository\'s file list', () => {
  let folder: TempFolder;
  beforeEach(() => {
    folder = new TempFolder().write({
      'src/app.ts': 'export {};\n',
      'build/out.js': '// generated\n',
      'node_modules/lib/index.js': 'module.exports = 1;\n',
      '.gitignore': 'build/\nnode_modules/\n',
    });
  });
  afterEach(() => folder.remove());

  it('walks a folder outside Git, leaving out .git and node_modules', async () => {
    assert.deepEqual(await listRepoFiles(folder.root, new NodeFolderFileSystem(folder.root)), ['.gitignore', 'build/out.js', 'src/app.ts']);
  });

  it('walks a folder whose .git is not a repository (a stray HEAD), without asking Git', async () => {
    folder.write({ '.git/HEAD': 'ref: refs/heads/main\n' });
    assert.equal(hasGitEntryAbove(folder.root), false);
    assert.deepEqual(await listRepoFiles(folder.root, new NodeFolderFileSystem(folder.root)), ['.gitignore', 'build/out.js', 'src/app.ts']);
  });

  it('asks Git in a work tree: ignored files are not part of the repository', async () => {
    execFileSync('git', ['init', '--quiet'], { cwd: folder.root });
    assert.equal(hasGitEntryAbove(path.join(folder.root, 'src')), true);
    assert.deepEqual(await listRepoFiles(folder.root, new NodeFolderFileSystem(folder.root)), ['.gitignore', 'src/app.ts']);
  });

  it('lists a linked folder as one entry, as Git does, so a link to a parent cannot loop', async () => {
    fs.symlinkSync('..', path.join(folder.root, 'src', 'up'));
    assert.deepEqual(await listRepoFiles(folder.root, new NodeFolderFileSystem(folder.root)), ['.gitignore', 'build/out.js', 'src/app.ts', 'src/up']);
  });

  it('takes a .git file (a linked work tree or submodule) as a repository', () => {
    fs.writeFileSync(path.join(folder.root, '.git'), 'gitdir: ../elsewhere/.git/worktrees/x\n');
    assert.equal(hasGitEntryAbove(path.join(folder.root, 'src')), true);
  });
});

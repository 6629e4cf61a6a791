import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { main } from '../../../src/cli/main';
import { findRepoRoot } from '../../../src/cli/repoRoot';
import { TempFolder, TODAY } from './adrCliSupport';

const RECORD = `# 1. Record architecture decisions

Date: 2026-01-05

## Status

Accepted

## Context

We need to record the architectural decisions made on this project.
`;

async function runIn(cwd: string, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: { TECHLEAD_TODAY: TODAY } });
  return { code, stdout, stderr };
}

describe('CLI: the repository root', () => {
  describe('findRepoRoot', () => {
    const root = path.resolve('/r');
    const at = (...present: string[]) => (p: string) => present.map((f) => path.join(root, f)).includes(p);

    it('is the nearest folder up holding a marker, the start folder included', () => {
      assert.equal(findRepoRoot(path.join(root, 'a', 'b'), at('.git')), root);
      assert.equal(findRepoRoot(path.join(root, 'a', 'b'), at('.git', 'a/.techlead.yaml')), path.join(root, 'a'));
      assert.equal(findRepoRoot(path.join(root, 'a'), at('.git', 'a/.adr-dir')), path.join(root, 'a'));
      assert.equal(findRepoRoot(path.join(root, 'a', 'b', 'c'), at('a/b/.log4brains.yml')), path.join(root, 'a', 'b'));
    });

    it('is the start folder itself when no folder up to the file-system root has a marker', () => {
      assert.equal(findRepoRoot(path.join(root, 'a', 'b'), () => false), path.join(root, 'a', 'b'));
    });
  });

  describe('commands run in a subfolder', () => {
    let folder: TempFolder;
    beforeEach(() => {
      folder = new TempFolder().write({
        '.adr-dir': 'doc/adr\n',
        'doc/adr/0001-record-architecture-decisions.md': RECORD,
        'src/app/main.c': 'int main(void) { return 0; }\n',
      });
    });
    afterEach(() => folder.remove());

    it('adr list in a subfolder of an adr-tools repository lists its records, as adr-tools does', async () => {
      for (const sub of ['src/app', 'doc/adr', 'doc']) {
        const r = await runIn(path.join(folder.root, sub), 'adr', 'list', '--json');
        assert.equal(r.code, 0, r.stderr);
        const records = JSON.parse(r.stdout) as { title: string; file: string }[];
        assert.deepEqual(records.map((d) => [d.file, d.title]), [['doc/adr/0001-record-architecture-decisions.md', 'Record architecture decisions']], sub);
      }
    });

    it('a .git file (linked work tree, submodule) marks the root too', async () => {
      folder.write({ 'lib/.git': 'gitdir: ../.git/modules/lib\n', 'lib/x/readme.txt': 'x\n' });
      const r = await runIn(path.join(folder.root, 'lib', 'x'), 'adr', 'list', '--json');
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(JSON.parse(r.stdout), []);
    });

    it('--root still wins, relative to the current folder', async () => {
      folder.write({ 'other/docs/adr/0001-use-go.md': RECORD.replace('Record architecture decisions', 'Use Go') });
      const r = await runIn(path.join(folder.root, 'src', 'app'), 'adr', 'list', '--json', '--root', '../../other');
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual((JSON.parse(r.stdout) as { title: string }[]).map((d) => d.title), ['Use Go']);
    });

    it('lint in a subfolder checks the whole repository', async () => {
      folder.write({ 'doc/adr/0002-no-status.md': '# 2. No status\n\nDate: 2026-01-06\n\n## Context\n\nx\n' });
      const fromSub = await runIn(path.join(folder.root, 'src'), 'lint', '--format', 'json');
      const fromRoot = await runIn(folder.root, 'lint', '--format', 'json');
      assert.equal(fromSub.stdout, fromRoot.stdout);
      assert.ok((JSON.parse(fromSub.stdout) as unknown[]).length > 0, 'the record without a status is reported');
    });
  });
});

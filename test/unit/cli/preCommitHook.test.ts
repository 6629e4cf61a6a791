import * as assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TempFolder } from './adrCliSupport';

const repoRoot = path.resolve(__dirname, '../../../..');
/** The compiled CLI (tests run from out/), put on PATH as `techlead` for the hook. */
const CLI = path.resolve(__dirname, '../../../src/cli/main.js');

function hasPreCommit(): boolean {
  try {
    execFileSync('pre-commit', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('the pre-commit hook (.pre-commit-hooks.yaml)', function () {
  this.timeout(60_000);
  let folder: TempFolder;

  before(function () {
    if (!hasPreCommit()) {
      console.log('    (skipped: pre-commit is not installed; apt-get install -y pre-commit)');
      this.skip();
    }
  });
  beforeEach(() => (folder = new TempFolder()));
  afterEach(() => folder?.remove());

  function tryRepo(...files: string[]): Promise<{ code: number; output: string }> {
    const bin = path.join(folder.root, '.bin');
    fs.mkdirSync(bin, { recursive: true });
    fs.writeFileSync(path.join(bin, 'techlead'), `#!/bin/sh\nexec '${process.execPath}' '${CLI}' "$@"\n`, { mode: 0o755 });
    const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, PRE_COMMIT_HOME: path.join(folder.root, '.pre-commit-home'), TECHLEAD_TODAY: '2026-11-21' };
    return new Promise((resolve) => {
      execFile('pre-commit', ['try-repo', repoRoot, 'techlead-lint', '--files', ...files], { cwd: path.join(folder.root, 'project'), env, encoding: 'utf8' }, (err, stdout, stderr) => {
        resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, output: stdout + stderr });
      });
    });
  }

  it('lints the files pre-commit passes and fails the commit on errors', async () => {
    const sections = '\n## Context\n\nx\n\n## Decision\n\ny\n\n## Consequences\n\nz\n';
    folder.write({
      'project/docs/adr/0001-use-postgres.md': `# 1. Use Postgres\n\nDate: 2026-01-05\n\n## Status\n\nAccepted\n${sections}`,
      'project/docs/adr/0002-use-redis.md': `# 2. Use Redis\n\nDate: 2026-01-05\n\n## Status\n\nAccepted\n\nSee [gone](0009-gone.md)\n${sections}`,
    });
    const project = path.join(folder.root, 'project');
    execFileSync('git', ['init', '--quiet'], { cwd: project });
    execFileSync('git', ['add', '.'], { cwd: project });

    const clean = await tryRepo('docs/adr/0001-use-postgres.md');
    assert.equal(clean.code, 0, clean.output);
    assert.match(clean.output, /techlead lint\.+Passed/);

    const broken = await tryRepo('docs/adr/0002-use-redis.md');
    assert.equal(broken.code, 1, broken.output);
    assert.match(broken.output, /docs\/adr\/0002-use-redis\.md:\d+:\d+: error .*\[adr\/broken-link\]/);
  });
});

import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli/main';

const root = path.resolve(__dirname, '../../../..');

/**
 * The `techlead …` commands README.md shows, as a user would type them: optional parts in
 * brackets left out, a `"…"` placeholder filled in. Ones that are only patterns
 * (`<command>`, `FILE…`, `md|csv|html`) are left to their own tests.
 */
function readmeExamples(): string[] {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const examples = [...readme.matchAll(/`(techlead [^`]+)`/g)].map((m) => m[1]!.replace(/\s*\[[^\]]*\]/g, '').replace(/"…"/g, '"An example"').trim());
  return [...new Set(examples)].filter((e) => !/[<>|…]|FILE/.test(e));
}

/** `techlead adr new "Use PostgreSQL"` → ['adr', 'new', 'Use PostgreSQL']. */
function argv(example: string): string[] {
  return [...example.slice('techlead '.length).matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

describe('the CLI examples in README.md', function () {
  this.timeout(60_000);
  let repo: string;
  before(() => {
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'techlead-readme-'));
    fs.cpSync(path.join(root, 'examples', 'acme-payments'), repo, { recursive: true });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=a@example.com', '-c', 'user.name=A', ...args], { cwd: repo, stdio: 'pipe' });
    git('-c', 'init.defaultBranch=main', 'init', '--quiet');
    git('add', '.');
    git('commit', '--quiet', '-m', 'example');
  });
  after(() => fs.rmSync(repo, { recursive: true, force: true }));

  it('are found', () => {
    assert.ok(readmeExamples().length >= 12, readmeExamples().join('\n'));
  });

  it('each parses as the CLI expects: no usage error (a record the example repository lacks is fine)', async () => {
    for (const example of readmeExamples()) {
      let stderr = '';
      const code = await main(argv(example), { stdout: () => undefined, stderr: (t) => (stderr += t), cwd: repo, env: { TECHLEAD_TODAY: '2026-11-21' } });
      assert.doesNotMatch(stderr, /Usage:|missing |expected |unknown option|must be|internal error/i, `${example} (exit ${code}): ${stderr}`);
    }
  });
});

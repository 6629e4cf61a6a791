import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli/main';

/** The same repository the editor's review tests open: see test/integration/fixtures/makeReviewRepo.js. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { makeReviewRepo } = require(path.join(__dirname, '..', '..', '..', '..', 'test', 'integration', 'fixtures', 'makeReviewRepo.js')) as { makeReviewRepo(parentDir: string): string };

async function techlead(cwd: string, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: {} });
  return { code, stdout, stderr };
}

interface Report {
  base: string | null;
  files: string[];
  guidelines: { id: string; title: string; severity: string; file: string; files: string[]; items: { key: string; text: string; checked: boolean }[]; hints: { file: string; line: number; guideline: string; text: string }[]; notes: string[] }[];
  alsoAsk?: { owner: string; files: string[] }[];
}

describe('techlead review (on a temporary Git repository)', function () {
  this.timeout(30_000);
  let parent: string;
  let repo: string;
  before(() => {
    parent = fs.mkdtempSync(path.join(os.tmpdir(), 'techlead-review-'));
    repo = makeReviewRepo(parent);
  });
  after(() => fs.rmSync(parent, { recursive: true, force: true }));

  it('reports the branch since it left --base as JSON: the fields, the files, the hints on added lines', async () => {
    const { code, stdout } = await techlead(repo, 'review', '--base', 'main', '--format', 'json');
    assert.equal(code, 0);
    const report = JSON.parse(stdout) as Report;
    assert.deepEqual(Object.keys(report), ['base', 'files', 'guidelines', 'decisions', 'risks', 'alsoAsk']);
    assert.equal(report.base, 'main');
    assert.deepEqual([...report.files].sort(), ['src/api/charges.ts', 'src/api/refunds.ts', 'src/db/migrations/002_refunds.sql'], 'not docs/guide.md, changed on main after the branch left it');
    assert.deepEqual(report.guidelines.map((g) => Object.keys(g)), report.guidelines.map(() => ['id', 'title', 'severity', 'file', 'files', 'items', 'hints', 'notes']));
    const [sec, db] = report.guidelines;
    assert.equal(report.guidelines.length, 2);
    assert.deepEqual({ ...sec!, items: sec!.items.map((i) => [i.text, i.checked]) }, {
      id: 'SEC-001',
      title: 'Validate input at API boundaries',
      severity: 'blocker',
      file: '.techlead/guidelines/sec-001-validate-api-input.md',
      files: ['src/api/charges.ts', 'src/api/refunds.ts'],
      items: [
        ['Every handler validates its input with the shared schema', false],
        ['Errors return 400 with a message, never a stack trace', false],
        ['Card data arrives only as processor tokens', false],
      ],
      hints: [
        { file: 'src/api/charges.ts', line: 9, guideline: 'SEC-001', text: '  const amount = (req.body as { amount: number }).amount;' },
        { file: 'src/api/refunds.ts', line: 4, guideline: 'SEC-001', text: '  const chargeId = req.query.charge;' },
      ],
      notes: [],
    });
    assert.ok(sec!.items.every((i) => /^\w+$/.test(i.key)), 'items carry their stable keys');
    assert.deepEqual([db!.id, db!.severity, db!.files], ['DB-001', 'warning', ['src/db/migrations/002_refunds.sql']]);
    assert.deepEqual(report.alsoAsk, [
      { owner: '@acme/api-team', files: ['src/api/charges.ts', 'src/api/refunds.ts'] },
      { owner: '@acme/dba', files: ['src/db/migrations/002_refunds.sql'] },
    ]);
  });

  it('without --base reviews the uncommitted changes against HEAD only', async () => {
    const { code, stdout, stderr } = await techlead(repo, 'review', '--format', 'json');
    assert.equal(code, 0, stderr);
    const report = JSON.parse(stdout) as Report;
    assert.equal(report.base, 'HEAD');
    assert.deepEqual(report.files, ['src/api/charges.ts', 'src/api/refunds.ts'], 'the staged new file and the unstaged edit');
    assert.deepEqual(report.guidelines.map((g) => g.id), ['SEC-001']);
    assert.deepEqual(report.guidelines[0]!.hints.map((h) => `${h.file}:${h.line}`), ['src/api/refunds.ts:4'], 'the committed req.body line is not part of this change');
    assert.match(stderr, /^note: 1 untracked file is not part of the change/m);
  });

  it('writes Markdown by default, for a pull request comment', async () => {
    const { code, stdout } = await techlead(repo, 'review', '--base', 'main');
    assert.equal(code, 0);
    assert.match(stdout, /^# Review guidelines for this change\n\nCompared with `main` · 3 changed files · 2 guidelines apply\n/);
    assert.match(stdout, /## Blocker: SEC-001 Validate input at API boundaries[\s\S]*- `src\/api\/charges\.ts:9` `const amount = \(req\.body as \{ amount: number \}\)\.amount;`/);
    assert.match(stdout, /## Warning: DB-001 Migrations are safe on a live database/);
    assert.match(stdout, /## Also ask\n\n- @acme\/api-team \(owns `src\/api\/charges\.ts`, `src\/api\/refunds\.ts`\)\n- @acme\/dba/);
  });

  it('reports guideline problems on stderr, checking patterns against the files Git lists', async () => {
    const before = await techlead(repo, 'review', '--format', 'json');
    assert.match(before.stderr, /test-001-tests\.md:4:\d+: warning "e2e\/\*\*" matches no file in the repository.*\[guideline\/unmatched-glob\]/);
    JSON.parse(before.stdout); // stdout stays machine-readable
    fs.mkdirSync(path.join(repo, 'e2e'));
    fs.writeFileSync(path.join(repo, 'e2e', 'checkout.test.ts'), 'export {};\n');
    try {
      const after = await techlead(repo, 'review');
      assert.doesNotMatch(after.stderr, /unmatched-glob/, 'an untracked file Git does not ignore counts as a repository file');
      fs.writeFileSync(path.join(repo, '.gitignore'), 'e2e/\n');
      const ignored = await techlead(repo, 'review');
      assert.match(ignored.stderr, /"e2e\/\*\*" matches no file/, 'ignored files do not count');
    } finally {
      fs.rmSync(path.join(repo, 'e2e'), { recursive: true });
      fs.rmSync(path.join(repo, '.gitignore'), { force: true });
    }
  });

  it('lists the decisions governing the branch and the risks it touches, in JSON and Markdown', async () => {
    const { stdout } = await techlead(repo, 'review', '--base', 'main', '--format', 'json');
    const report = JSON.parse(stdout) as Report & { decisions: { id: string; flag: string | null; successor: string | null; files: string[]; via: string[] }[]; risks: { id: string; band: string; owner: string; overdue: boolean; files: string[] }[] };
    assert.deepEqual(report.decisions.map((d) => [d.id, d.flag, d.successor, d.files, d.via]), [
      ['ADR-0001', null, null, ['src/api/charges.ts', 'src/api/refunds.ts'], ['applies-to']],
      ['ADR-0002', 'superseded', 'ADR-0003', ['src/db/migrations/002_refunds.sql'], ['mention']],
      ['ADR-0003', null, null, ['src/db/migrations/002_refunds.sql'], ['applies-to']],
    ]);
    assert.deepEqual(report.risks.map((r) => [r.id, r.band, r.owner, r.overdue, r.files]), [
      ['RISK-001', 'high', 'Dana Lee', true, ['src/api/charges.ts']],
      ['RISK-002', 'medium', 'Tom Okafor', false, ['src/db/migrations/002_refunds.sql']],
    ]);
    const md = (await techlead(repo, 'review', '--base', 'main')).stdout;
    assert.match(md, /## Decisions governing this change\n\n- ADR-0001 Keep card data out of our systems \(accepted\) in `docs\/adr\/0001-keep-card-data-out-of-our-systems\.md`: `src\/api\/charges\.ts`, `src\/api\/refunds\.ts`\n- \*\*Superseded\*\* ADR-0002 Use MySQL for charges \(superseded by ADR-0003\) in `docs\/adr\/0002-use-mysql-for-charges\.md`: `src\/db\/migrations\/002_refunds\.sql` \(mentioned in a comment\)\n/);
    assert.match(md, /## Risks this change touches\n\n- RISK-001 Card-processor outage stops checkout \(high, overdue\), owner Dana Lee, due 2026-01-15, in `docs\/risks\/register\.yaml`: `src\/api\/charges\.ts`\n- RISK-002 A migration locks the charges table \(medium\), owner Tom Okafor/);
  });

  it('lint flags the comment citing the superseded record, and --fix points it at the successor', async () => {
    const copy = fs.mkdtempSync(path.join(parent, 'fix-'));
    fs.cpSync(repo, copy, { recursive: true });
    const before = await techlead(copy, 'lint', '--format', 'json');
    const mention = (JSON.parse(before.stdout) as { file: string; rule: string; line: number; column: number }[]).filter((f) => f.rule === 'adr/superseded-mention');
    assert.deepEqual(mention.map((f) => [f.file, f.line, f.column]), [['src/db/migrations/002_refunds.sql', 1, 34]]);
    const fixed = await techlead(copy, 'lint', '--fix');
    assert.match(fixed.stderr, /fixed \d+ problems?: .*src\/db\/migrations\/002_refunds\.sql/);
    assert.equal(fs.readFileSync(path.join(copy, 'src/db/migrations/002_refunds.sql'), 'utf8').split('\n')[0], '-- Amounts are integer cents, as ADR-0003 says.');
    assert.doesNotMatch(fixed.stdout, /superseded-mention/);
  });

  it('explains what is wrong, with exit code 2', async () => {
    const unknownBase = await techlead(repo, 'review', '--base', 'no-such-branch');
    assert.equal(unknownBase.code, 2);
    assert.match(unknownBase.stderr, /^techlead review: --base no-such-branch: no merge base with HEAD/);
    assert.equal(unknownBase.stdout, '');

    const badFormat = await techlead(repo, 'review', '--format', 'xml');
    assert.deepEqual([badFormat.code, badFormat.stderr], [2, 'techlead review: --format must be md or json, not "xml"\n']);

    const notGit = fs.mkdtempSync(path.join(parent, 'plain-'));
    const outside = await techlead(notGit, 'review');
    assert.equal(outside.code, 2);
    assert.match(outside.stderr, /is not in a Git work tree/);

    const empty = fs.mkdtempSync(path.join(parent, 'empty-'));
    execFileSync('git', ['-c', 'init.defaultBranch=main', 'init', '--quiet'], { cwd: empty });
    const noCommits = await techlead(empty, 'review');
    assert.equal(noCommits.code, 2);
    assert.match(noCommits.stderr, /the repository has no commits yet/);
  });

  it('runs nothing the repository configures: fsmonitor, filters, external diff, text conversion, hooks', async () => {
    const hostile = fs.mkdtempSync(path.join(parent, 'hostile-'));
    const marker = path.join(parent, 'ran-' + path.basename(hostile));
    const sh = (cmd: string) => `sh -c 'echo ${cmd} >> "${marker}"; cat'`;
    const run = (...args: string[]) => execFileSync('git', args, { cwd: hostile, stdio: 'pipe' });
    run('-c', 'init.defaultBranch=main', 'init', '--quiet');
    run('config', 'user.email', 'a@example.com');
    run('config', 'user.name', 'A');
    fs.writeFileSync(path.join(hostile, 'notes.txt'), 'one\n');
    run('add', '.');
    run('commit', '--quiet', '-m', 'one');
    // Configured after the commit, as a hostile checkout would arrive.
    fs.writeFileSync(path.join(hostile, '.gitattributes'), '*.txt filter=evil diff=evil\n');
    run('config', 'core.fsmonitor', `echo fsmonitor >> "${marker}"; false`);
    run('config', 'filter.evil.clean', sh('clean'));
    run('config', 'filter.evil.process', sh('process'));
    run('config', 'diff.evil.textconv', sh('textconv'));
    run('config', 'diff.evil.command', sh('diffcommand'));
    run('config', 'diff.external', sh('external'));
    run('config', 'core.hooksPath', parent);
    fs.writeFileSync(path.join(hostile, 'notes.txt'), 'one\ntwo\n');
    const result = await techlead(hostile, 'review', '--format', 'json');
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual((JSON.parse(result.stdout) as Report).files, ['notes.txt'], 'the change is still read');
    assert.equal(fs.existsSync(marker), false, `git ran a configured command: ${fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8') : ''}`);
  });

  it('documents its options and exit codes in --help, and is listed by techlead --help', async () => {
    const help = await techlead(repo, 'review', '--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--base REF/);
    assert.match(help.stdout, /Exit code: 0 the report was written, whatever applies/);
    assert.match((await techlead(repo, '--help')).stdout, /^ {2}review +the review guidelines that apply to a change/m);
  });
});

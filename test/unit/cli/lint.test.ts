import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { git } from '../../../src/node/git';
import { formatText } from '../../../src/cli/output/formatFindings';
import { formatGithub } from '../../../src/cli/output/githubAnnotations';
import { RULE_LIST } from '../../../src/core/ruleList';
import { TempFolder } from './adrCliSupport';

const SECTIONS = '\n## Context\n\nWhy.\n\n## Decision\n\nWhat.\n\n## Consequences\n\nThen.\n';
const record = (n: number, title: string, status: string, extra = '') =>
  `# ${n}. ${title}\n\nDate: 2026-01-05\n\n## Status\n\n${status}\n${extra}${SECTIONS}`;

/** Two records, the second linking to the first. */
const RECORDS = {
  'docs/adr/0001-use-postgres.md': record(1, 'Use Postgres', 'Accepted'),
  'docs/adr/0002-use-redis.md': record(2, 'Use Redis', 'Accepted', '\nSee [1. Use Postgres](0001-use-postgres.md)\n'),
};

function gitIn(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });
}

/** The official SARIF 2.1.0 schema (draft-04), as shipped by @microsoft/jest-sarif. */
function sarifValidator() {
  const schemaFile = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  // The schema's language-code pattern is not valid under the `u` flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
  /** The schema's complaints, or undefined when the log is valid. */
  return (log: unknown): string | undefined => (validate(log) ? undefined : JSON.stringify(validate.errors, null, 2));
}

describe('techlead lint: formats for CI', () => {
  let folder: TempFolder;
  beforeEach(() => (folder = new TempFolder()));
  afterEach(() => folder.remove());

  it('--format github prints one workflow command per finding, located from the repository root', async () => {
    folder.write({ ...RECORDS, 'docs/adr/0003-no-status.md': '# 3. No status\n\nDate: 2026-01-05\n' + SECTIONS, 'docs/adr/0004-bad.md': record(4, 'Bad', 'Accepted', '\nSee [gone](0009-gone.md)\n') });
    gitIn(folder.root, 'init', '--quiet');
    const text = await folder.run('lint', '--format', 'github');
    const sub = await folder.run('lint', '--format', 'github', '--root', 'docs');
    assert.equal(text.code, 1);
    const lines = text.stdout.trimEnd().split('\n');
    assert.ok(lines.length >= 2);
    for (const line of lines) assert.match(line, /^::(error|warning|notice) file=docs\/adr\/[^,]+,line=\d+,col=\d+,endLine=\d+(,endColumn=\d+)?,title=[a-z]+\/[a-z-]+::\S/);
    assert.ok(lines.some((l) => l.startsWith('::error file=docs/adr/0004-bad.md,line=') && l.includes('title=adr/broken-link::')));
    assert.ok(lines.some((l) => l.startsWith('::warning file=docs/adr/0003-no-status.md,') && l.includes('title=adr/missing-status::')));
    // Linting a subfolder still names files from the repository root.
    const places = (out: string) => out.replace(/(title=[^:]+)::.*$/gm, '$1');
    assert.equal(places(sub.stdout), places(text.stdout));
  });

  it('escapes what would end a workflow command', () => {
    const out = formatGithub([{ rule: 'adr/broken-link', severity: 'info', message: '50% done\nnext: line', file: 'a,b:c.md', range: { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } } }], 'sub/');
    assert.equal(out, '::notice file=sub/a%2Cb%3Ac.md,line=1,col=3,endLine=1,endColumn=3,title=adr/broken-link::50%25 done%0Anext: line\n');
  });

  it('--format sarif is valid SARIF 2.1.0 that lists every rule with help, level, related locations and repository-relative URIs', async () => {
    folder.write({
      'project/docs/adr/0001-use-postgres.md': RECORDS['docs/adr/0001-use-postgres.md'],
      'project/docs/adr/0001-use-mysql.md': record(1, 'Use MySQL', 'Accepted'),
      'project/docs/adr/0002-my file.md': record(2, 'My file', 'Accepted', '\nSee [gone](0009-gone.md)\n'),
    });
    gitIn(folder.root, 'init', '--quiet');
    const r = await folder.run('lint', '--format', 'sarif', '--root', 'project');
    assert.equal(r.code, 1);
    const sarif = JSON.parse(r.stdout) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    assert.equal(sarifValidator()(sarif), undefined);

    const run = sarif.runs[0];
    const ids = run.tool.driver.rules.map((rule: { id: string }) => rule.id);
    for (const info of RULE_LIST) assert.ok(ids.includes(info.id), info.id);
    const brokenLink = run.tool.driver.rules.find((rule: { id: string }) => rule.id === 'adr/broken-link');
    assert.equal(brokenLink.defaultConfiguration.level, 'error');
    assert.match(brokenLink.help.markdown, /^# adr\/broken-link\n/);
    assert.equal(brokenLink.helpUri, undefined, 'no address to point at: the page itself is in help.markdown');
    assert.match(brokenLink.help.text, /docs\/rules\/adr\/broken-link\.md/);
    assert.equal(run.tool.driver.rules.find((rule: { id: string }) => rule.id === 'adr/stale-proposal').defaultConfiguration.level, 'note');

    const broken = run.results.find((x: { ruleId: string }) => x.ruleId === 'adr/broken-link');
    assert.equal(run.tool.driver.rules[broken.ruleIndex].id, 'adr/broken-link');
    assert.deepEqual(broken.locations[0].physicalLocation.artifactLocation, { uri: 'project/docs/adr/0002-my%20file.md', uriBaseId: '%SRCROOT%' });
    const duplicate = run.results.find((x: { ruleId: string }) => x.ruleId === 'adr/duplicate-number');
    assert.ok(duplicate.relatedLocations?.length >= 1, 'a duplicate number points at the other record');
    assert.match(duplicate.relatedLocations[0].physicalLocation.artifactLocation.uri, /^project\/docs\/adr\/0001-use-/);
  });

  it('the $techlead problem matcher in package.json reads every finding the text format prints', () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../package.json'), 'utf8'));
    const matcher = pkg.contributes.problemMatchers.find((m: { name: string }) => m.name === 'techlead');
    assert.ok(pkg.contributes.taskDefinitions.some((t: { type: string }) => t.type === 'techlead'));
    const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character: character + 1 } });
    const findings = [
      { rule: 'adr/broken-link', severity: 'error' as const, message: 'The link to "x [1].md" is broken.', file: 'docs/adr/0001-a: b.md', range: at(4, 2) },
      { rule: 'risk/overdue', severity: 'hint' as const, message: 'Due.', file: 'risks.yaml', range: at(0, 0) },
    ];
    const regexp = new RegExp(matcher.pattern.regexp);
    const lines = formatText(findings).trimEnd().split('\n');
    const matched = lines.map((l) => regexp.exec(l)).filter((m): m is RegExpExecArray => m !== null);
    assert.equal(matched.length, findings.length, 'the summary line is not a problem');
    const p = matcher.pattern;
    assert.deepEqual(matched.map((m) => [m[p.file], m[p.line], m[p.column], m[p.severity], m[p.message], m[p.code]]), [
      ['docs/adr/0001-a: b.md', '5', '3', 'error', 'The link to "x [1].md" is broken.', 'adr/broken-link'],
      ['risks.yaml', '1', '1', 'hint', 'Due.', 'risk/overdue'],
    ]);
  });

  it('rejects an unknown format', async () => {
    const r = await folder.run('lint', '--format', 'xml');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--format must be text, json, sarif or github/);
  });
});

describe('techlead lint FILE... and --staged', () => {
  let folder: TempFolder;
  beforeEach(() => (folder = new TempFolder()));
  afterEach(() => folder.remove());

  it('lints the files given and the documents that depend on them, not the rest', async () => {
    folder.write({ ...RECORDS, 'docs/adr/0003-other.md': record(3, 'Other', 'Accepted', '\nSee [gone](0009-gone.md)\n') });
    gitIn(folder.root, 'init', '--quiet');
    gitIn(folder.root, 'add', '.');
    gitIn(folder.root, 'commit', '--quiet', '-m', 'records');
    const all = await folder.run('lint');
    assert.match(all.stdout, /0003-other\.md/);
    // 0003 has nothing to do with 0001.
    const some = await folder.run('lint', '--format', 'json', 'docs/adr/0001-use-postgres.md');
    const files = new Set((JSON.parse(some.stdout) as { file: string }[]).map((f) => f.file));
    assert.ok(!files.has('docs/adr/0003-other.md'), some.stdout);
    // After a rename, the old path given names the records still linking to it.
    fs.renameSync(path.join(folder.root, 'docs/adr/0001-use-postgres.md'), path.join(folder.root, 'docs/adr/0001-use-postgresql.md'));
    const renamed = await folder.run('lint', 'docs/adr/0001-use-postgres.md', 'docs/adr/0001-use-postgresql.md');
    assert.match(renamed.stdout, /docs\/adr\/0002-use-redis\.md:\d+:\d+: error .*0001-use-postgres\.md.*\[adr\/broken-link\]/);
  });

  it('refuses a file outside the folder, and one that never existed', async () => {
    folder.write(RECORDS);
    const outside = await folder.run('lint', '--root', 'docs', 'README.md');
    assert.equal(outside.code, 2);
    assert.match(outside.stderr, /README\.md is not a file inside/);
    const typo = await folder.run('lint', 'docs/adr/0001-use-postgress.md');
    assert.equal(typo.code, 2);
    assert.match(typo.stderr, /docs\/adr\/0001-use-postgress\.md does not exist, and is not in the last commit/);
  });

  it('--staged lints the staged content, with the records linking to a renamed one', async () => {
    folder.write({ ...RECORDS, 'docs/adr/0003-other.md': record(3, 'Other', 'Accepted', '\nSee [gone](0009-gone.md)\n') });
    gitIn(folder.root, 'init', '--quiet');
    gitIn(folder.root, 'add', '.');
    gitIn(folder.root, 'commit', '--quiet', '-m', 'records');
    gitIn(folder.root, 'mv', 'docs/adr/0001-use-postgres.md', 'docs/adr/0001-use-postgresql.md');
    // Staged: a record without a status; in the work tree it has one again.
    const noStatus = '# 4. New\n\nDate: 2026-01-05\n' + SECTIONS;
    folder.write({ 'docs/adr/0004-new.md': noStatus });
    gitIn(folder.root, 'add', 'docs/adr/0004-new.md');
    folder.write({ 'docs/adr/0004-new.md': record(4, 'New', 'Accepted') });

    const r = await folder.run('lint', '--staged');
    assert.match(r.stdout, /docs\/adr\/0004-new\.md:\d+:\d+: warning .*\[adr\/missing-status\]/);
    assert.match(r.stdout, /docs\/adr\/0002-use-redis\.md:\d+:\d+: error .*\[adr\/broken-link\]/);
    assert.doesNotMatch((await folder.run('lint', 'docs/adr/0004-new.md')).stdout, /missing-status/);
  });

  it('--staged outside a Git repository is a usage error', async () => {
    folder.write(RECORDS);
    const r = await folder.run('lint', '--staged');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--staged needs a Git repository/);
  });
});

describe('git calls run nothing the repository configures', () => {
  let folder: TempFolder;
  beforeEach(() => (folder = new TempFolder()));
  afterEach(() => folder.remove());

  it('ignores core.fsmonitor, hooks and external diff programs of the repository', async () => {
    folder.write({ 'a.md': 'one\n' });
    gitIn(folder.root, 'init', '--quiet');
    gitIn(folder.root, 'add', '.');
    gitIn(folder.root, 'commit', '--quiet', '-m', 'a');
    const marker = path.join(folder.root, 'ran');
    const script = path.join(folder.root, 'evil.sh');
    fs.writeFileSync(script, `#!/bin/sh\necho ran >> '${marker}'\n`, { mode: 0o755 });
    gitIn(folder.root, 'config', 'core.fsmonitor', script);
    gitIn(folder.root, 'config', 'diff.external', script);
    gitIn(folder.root, 'config', 'diff.md.textconv', script);
    fs.writeFileSync(path.join(folder.root, '.gitattributes'), '*.md diff=md\n');
    fs.writeFileSync(path.join(folder.root, 'a.md'), 'two\n');
    gitIn(folder.root, 'add', 'a.md');
    // Plain Git runs the script (so the test can fail)...
    execFileSync('git', ['diff', '--cached'], { cwd: folder.root });
    assert.ok(fs.existsSync(marker), 'the repository config runs the script for plain git');
    fs.rmSync(marker);
    // ...ours does not.
    await git(folder.root, ['status', '--porcelain']);
    await git(folder.root, ['diff', '--cached', '--no-ext-diff', '--no-textconv']);
    await git(folder.root, ['show', '--no-ext-diff', '--no-textconv', ':./a.md']);
    await folder.run('lint', '--staged');
    assert.equal(fs.existsSync(marker), false);
  });
});

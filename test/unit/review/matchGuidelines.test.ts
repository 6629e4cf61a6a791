import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Guideline } from '../../../src/core/guidelines/model';
import { parseGuidelineFile } from '../../../src/core/guidelines/parseGuideline';
import { changedPath, type ChangedFile } from '../../../src/core/review/changeSet';
import { compileGlob } from '../../../src/core/glob/glob';
import { GuidelineMatcher } from '../../../src/core/review/guidelineMatcher';
import { matchGuidelines } from '../../../src/core/review/matchGuidelines';
import { parseUnifiedDiff } from '../../../src/core/review/parseUnifiedDiff';
import { findUnmatchedGlobs } from '../../../src/core/review/unmatchedGlobs';

const FIXTURES = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'guidelines', 'diffs');

function guideline(id: string, front: string): Guideline {
  return parseGuidelineFile(`.techlead/guidelines/${id}.md`, `---\nid: ${id}\ntitle: ${id} title\n${front}---\n- [ ] Check\n`);
}

function added(path: string, lines: string[], status: ChangedFile['status'] = 'modified'): ChangedFile {
  return { path, status, addedLines: lines.map((text, i) => ({ line: i + 1, text })), hunks: [] };
}

describe('matchGuidelines', () => {
  it('selects guidelines by their patterns, with negation, and lists the files each applies to', () => {
    const api = guideline('SEC-001', 'applies-to: ["src/api/**", "!src/api/**/*.test.ts"]\n');
    const docs = guideline('DOC-001', 'applies-to: "*.md"\nseverity: info\n');
    const none = guideline('OPS-001', 'applies-to: "deploy/**"\n');
    const changes = [changedPath('src/api/users.ts'), changedPath('src/api/users.test.ts'), changedPath('README.md'), changedPath('src/web/app.ts')];
    const result = matchGuidelines([docs, api, none], changes);
    assert.deepEqual(result.map((a) => [a.guideline.id, a.files.map((f) => f.path)]), [
      ['SEC-001', ['src/api/users.ts']],
      ['DOC-001', ['README.md']],
    ]);
  });

  it('orders blockers first, then warnings, then info, then by id', () => {
    const make = (id: string, severity: string) => guideline(id, `applies-to: "**"\nseverity: ${severity}\n`);
    const result = matchGuidelines([make('B', 'info'), make('A', 'info'), make('Z', 'blocker'), make('M', 'warning'), make('C', 'blocker')], [changedPath('x.ts')]);
    assert.deepEqual(result.map((a) => a.guideline.id), ['C', 'Z', 'M', 'A', 'B']);
  });

  it('matches renamed files by their old path too, listing each file once', () => {
    const legacy = guideline('LEG-1', 'applies-to: ["src/legacy/**", "src/new/**"]\n');
    const moved: ChangedFile = { path: 'src/new/a.ts', oldPath: 'src/legacy/a.ts', status: 'renamed', addedLines: [], hunks: [] };
    const out: ChangedFile = { path: 'src/other/b.ts', oldPath: 'src/legacy/b.ts', status: 'renamed', addedLines: [], hunks: [] };
    const [result] = matchGuidelines([legacy], [moved, out]);
    assert.deepEqual(result!.files.map((f) => f.path), ['src/new/a.ts', 'src/other/b.ts']);
  });

  it('gives regex hints on added lines only, one per line, with the match', () => {
    const sec = guideline('SEC-001', "applies-to: \"src/api/**\"\nmatch: ['req\\.(body|query|params)', '/todo/i']\n");
    const { files } = parseUnifiedDiff(readFileSync(join(FIXTURES, 'u0.diff'), 'utf8'));
    const [result] = matchGuidelines([sec], files);
    assert.deepEqual(result!.files.map((f) => f.path).sort(), ['src/api/new.ts', 'src/api/users.ts']);
    // `return ok();` was removed and `req` appears on context lines in the default diff: neither is hinted.
    assert.deepEqual(result!.hints.map((h) => [h.file, h.line, h.match, h.column, h.guideline]), [
      ['src/api/new.ts', 1, 'req.params', 23, 'SEC-001'],
      ['src/api/users.ts', 2, 'req.body', 15, 'SEC-001'],
    ]);
    const withContext = parseUnifiedDiff(readFileSync(join(FIXTURES, 'default-context.diff'), 'utf8')).files;
    assert.deepEqual(matchGuidelines([sec], withContext)[0]!.hints.map((h) => `${h.file}:${h.line}`), ['src/api/new.ts:1', 'src/api/users.ts:2']);
    assert.equal(result!.hintsComplete, true);
  });

  it('skips deleted and binary files when looking for hints', () => {
    const g = guideline('G-1', 'applies-to: "**"\nmatch: [secret]\n');
    const deleted = added('a.ts', ['secret'], 'deleted');
    const binary = { ...added('b.bin', ['secret']), binary: true };
    const [result] = matchGuidelines([g], [deleted, binary, added('c.ts', ['no', 'a secret'])]);
    assert.deepEqual(result!.hints.map((h) => `${h.file}:${h.line}`), ['c.ts:2']);
  });

  it('runs a pattern that nests quantifiers on the linear-time engine, at once (issue 16)', () => {
    // On V8's engine this pattern took minutes on this 17-character line.
    const g = guideline('G-1', "applies-to: \"**\"\nmatch: ['(?:(?:(?:(?:(?:a?){2}){2}){2}){2}){2}$', '(a+)+$']\n");
    const started = performance.now();
    const [result] = matchGuidelines([g], [added('evil.txt', ['aaaaaaaaaaaaaaaa!', `${'a'.repeat(5000)}!`])]);
    assert.ok(performance.now() - started < 2000);
    assert.deepEqual(result!.hints.map((h) => h.line), [1, 2], 'the first pattern matches the empty string at the end');
    assert.deepEqual(result!.notes, []);
  });

  it('never runs unsafe or invalid patterns and says so', () => {
    const g = guideline('G-1', "applies-to: \"**\"\nmatch: ['(a+)+\\1$', 'x(', 'ok']\n");
    // Were "(a+)+\\1$" run on this line, the test would not finish: the notes say it was not.
    const [result] = matchGuidelines([g], [added('evil.txt', [`${'a'.repeat(5000)}!`, 'ok here'])]);
    assert.deepEqual(result!.hints.map((h) => h.line), [2]);
    assert.equal(result!.notes.length, 2);
    assert.match(result!.notes[0]!, /"\(a\+\)\+\\1\$" was not run/);
  });

  it('cuts long lines before matching', () => {
    const g = guideline('G-1', 'applies-to: "**"\nmatch: [needle]\n');
    const line = `${'x'.repeat(3000)}needle`;
    assert.equal(matchGuidelines([g], [added('min.js', [line])])[0]!.hints.length, 0);
    assert.equal(matchGuidelines([g], [added('min.js', [line])], { maxLineLength: 4000 })[0]!.hints.length, 1);
  });

  it('stops at the time budget, keeps the hints found so far and reports where it stopped', () => {
    const g = guideline('G-1', 'applies-to: "**"\nmatch: [hit]\n');
    const lines = Array.from({ length: 1000 }, (_, i) => `hit ${i}`);
    let clock = 0;
    // Each clock read advances 10 ms; the budget of 25 ms ends after a few reads.
    const [result] = matchGuidelines([g], [added('big.ts', lines)], { regexBudgetMs: 25, now: () => (clock += 10) });
    assert.equal(result!.hintsComplete, false);
    assert.ok(result!.hints.length > 0 && result!.hints.length < 1000, `${result!.hints.length} hints`);
    assert.match(result!.notes[0]!, /stopped at big\.ts:\d+ after 25 ms; the hints are incomplete/);
  });

  it('stops a slow-but-not-flagged pattern at the budget instead of running every line', () => {
    // Quadratic on failure (`.*x` retried from every start), not flagged: all 2,000 lines
    // would take seconds, so with the real clock the 50 ms budget must stop it part-way.
    const g = guideline('G-1', "applies-to: \"**\"\nmatch: ['.*x']\n");
    const lines = Array.from({ length: 2000 }, () => 'a'.repeat(2000));
    const [result] = matchGuidelines([g], [added('big.txt', lines)], { regexBudgetMs: 50 });
    assert.equal(result!.hintsComplete, false);
    const stoppedAt = Number(/stopped at big\.txt:(\d+)/.exec(result!.notes.join('\n'))?.[1]);
    assert.ok(stoppedAt > 0 && stoppedAt < 2000, `stopped at line ${stoppedAt}`);
  });

  it('reuses a matcher and tells single paths apart', () => {
    const matcher = new GuidelineMatcher([guideline('A', 'applies-to: "src/**"\n'), guideline('B', 'applies-to: "docs/"\n')]);
    assert.ok(matcher.appliesTo(0, 'src/x.ts'));
    assert.ok(!matcher.appliesTo(1, 'src/x.ts'));
    assert.ok(matcher.appliesTo(1, 'docs/a/b.md'));
    assert.deepEqual(matcher.guidelinesFor('src/docs/x.md').map((g) => g.id), ['A', 'B']);
    assert.deepEqual(matcher.guidelinesFor('lib/x.md'), []);
    assert.deepEqual(matchGuidelines(matcher, [changedPath('docs/x.md')]).map((a) => a.guideline.id), ['B']);
  });

  it('ignores case when asked to', () => {
    const g = guideline('A', 'applies-to: "Src/API/**"\n');
    assert.equal(matchGuidelines([g], [changedPath('src/api/x.ts')]).length, 0);
    assert.equal(matchGuidelines([g], [changedPath('src/api/x.ts')], { caseInsensitive: true }).length, 1);
  });

  it('finds the patterns that match no file of a repository', () => {
    const g = guideline('A', 'applies-to: ["src/**", "lib/**", "!src/gen/**", "!**/*.snap"]\n');
    assert.deepEqual(findUnmatchedGlobs(g, ['src/a.ts', 'src/gen/x.ts']).map((p) => p.text), ['lib/**', '!**/*.snap']);
    assert.deepEqual(findUnmatchedGlobs(g, []).map((p) => p.text), ['src/**', 'lib/**', '!src/gen/**', '!**/*.snap']);
  });

  it('agrees with a plain pattern-by-pattern evaluation on a varied change set', () => {
    const patterns = [
      ['src/**', '!src/**/*.test.ts'], ['*.md'], ['docs/'], ['/package.json'], ['**/*.{ts,tsx}', '!**/gen/**'],
      ['src/api/*'], ['.github/**'], ['**/test/**', 'src/api/**/*.test.ts'], ['*'], ['Dockerfile', 'deploy/**/*.yaml'], ['/docs/', 'src/api'], ['/README.md/'],
    ];
    const guidelines = patterns.map((p, i) => guideline(`G-${i}`, `applies-to: ${JSON.stringify(p)}\n`));
    const paths = [
      'src/a.ts', 'src/a.test.ts', 'src/api/x.ts', 'src/api/deep/y.test.ts', 'README.md', 'docs/adr/1.md', 'package.json',
      'web/package.json', 'src/gen/client.ts', '.github/workflows/ci.yml', 'test/unit/a.ts', 'services/x/Dockerfile',
      'deploy/prod/app.yaml', 'deploy/app.yml', 'ui/button.tsx', 'docs', 'src/api', 'README.md/x',
    ];
    const result = matchGuidelines(guidelines, paths.map((p) => changedPath(p)));
    const actual = new Map(result.map((a) => [a.guideline.id, a.files.map((f) => f.path)]));
    patterns.forEach((list, i) => {
      const expected = paths.filter((p) => lastMatchWins(list, p));
      assert.deepEqual(actual.get(`G-${i}`) ?? [], expected, `G-${i}: ${list.join(', ')}`);
    });
  });
});

/** The reference semantics, evaluated the slow way: every pattern tested, no index. */
function lastMatchWins(list: readonly string[], path: string): boolean {
  let selected = false;
  for (const p of list) if (compileGlob(p).glob!.regex.test(path)) selected = !p.startsWith('!');
  return selected;
}

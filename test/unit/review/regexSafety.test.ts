import * as assert from 'node:assert/strict';
import { compileGuidelineRegex, MAX_PATTERN_LENGTH } from '../../../src/core/review/regex/guidelineRegex';
import { parseRegex } from '../../../src/core/review/regex/regexSyntax';

/** Patterns a backtracking engine can take exponential or high-polynomial time on. */
const SLOW_FOR_BACKTRACKING = [
  '(a+)+$',
  '(a*)*b',
  '(.*)*x',
  '(.*a){20}',
  '(a|a)*$',
  '(a|ab)*c',
  '(\\w|\\d)+$',
  '(\\w+\\s?)+$',
  '(\\d+\\.?)+x',
  '(a\\w+)*!',
  '^(([a-z])+.)+[A-Z]([a-z])+$',
  '(?:x+x+)+y',
  '\\w+\\w+x',
  '.*\\s+$',
  '\\s*\\w+\\s*\\w+x',
  'a*a*a*b',
  '((a)\\2)*$',
  '(?=(a+)+)b',
  '(?:[a-z]+)+$',
  '(?:A+)+$',
  'a.*b.*c.*d',
  'import.*from.*[\'"].*\\.\\.',
];

/** Patterns seen in real guidelines. */
const COMMON = [
  'req\\.(body|query|params)',
  'console\\.(log|debug)\\(',
  '(\\d+\\.){3}\\d+',
  '(\\w+,)*x',
  '(,\\s*\\w+)*',
  '(?:\\\\.|[^"\\\\])*',
  '(?:"[^"]*")+',
  '(?:foo|bar)+',
  '(?:\\s|,)+',
  '\\bTODO\\b.*',
  'password\\s*[:=]\\s*[\'"][^\'"]+[\'"]',
  '^\\s*//.*',
  '\\w+@\\w+\\.\\w+',
  '.*foo.*bar',
  'SELECT .* FROM .* WHERE',
  'a.*b',
  '(ab+)+c',
  'a{1,2}b{1,2}',
  '[\\u0041-\\u005a]+[0-9]+',
  '\\p{L}+\\d',
];

const FAST_FOR_BACKTRACKING = ['TODO|FIXME', 'req\\.(body|query|params)', 'console\\.(log|debug)\\(', '\\bTODO\\b.*', '^\\s*//', '\\s+$', 'a{1,2}b{1,2}', '[^"]*"'];

/** Runs a compiled pattern once and times it. */
function timed(pattern: string, line: string): { ms: number; match: string | undefined } {
  const compiled = compileGuidelineRegex(pattern);
  assert.equal(compiled.status, 'ok', pattern);
  const started = performance.now();
  const m = compiled.status === 'ok' ? compiled.regex.exec(line) : null;
  return { ms: performance.now() - started, match: m?.[0] };
}

describe('match patterns and the regex engines', () => {
  for (const pattern of SLOW_FOR_BACKTRACKING) {
    it(`never gives ${pattern} to the backtracking engine`, () => {
      const compiled = compileGuidelineRegex(pattern);
      if (compiled.status === 'ok') assert.equal(compiled.regex.engine, 'linear');
      else assert.equal(compiled.status, 'unsafe', 'only syntax the linear engine lacks may keep a pattern from running');
    });
  }

  for (const pattern of COMMON) {
    it(`runs ${pattern}`, () => assert.equal(compileGuidelineRegex(pattern).status, 'ok'));
  }

  for (const pattern of FAST_FOR_BACKTRACKING) {
    it(`keeps V8's engine for ${pattern}`, () => {
      const compiled = compileGuidelineRegex(pattern);
      assert.equal(compiled.status === 'ok' && compiled.regex.engine, 'backtracking');
    });
  }

  it('reads a class or an escape, with its operand, as one character a quantifier applies to', () => {
    const quantified = (pattern: string, flags: string) => {
      const node = parseRegex(pattern, flags);
      return node.type === 'sequence' ? node.items.map((n) => (n.type === 'quantified' ? [n.body.type, n.text] : [n.type])) : [];
    };
    assert.deepEqual(quantified('[)(|\\]]+\\x41{2}\\u{1F600}*\\p{L}?\\cA+\\u0041{1,3}😀+', 'u'), [
      ['chars', '[)(|\\]]+'], ['chars', '\\x41{2}'], ['chars', '\\u{1F600}*'], ['chars', '\\p{L}?'], ['chars', '\\cA+'], ['chars', '\\u0041{1,3}'], ['chars', '😀+'],
    ]);
    assert.deepEqual(quantified('[^]+\\1\\b(a)', ''), [['chars', '[^]+'], ['backreference'], ['assertion'], ['group']]);
  });

  it('runs the pattern of issue 16 on a 17-character line at once', () => {
    const { ms, match } = timed('(?:(?:(?:(?:(?:a?){2}){2}){2}){2}){2}$', 'aaaaaaaaaaaaaaaa!');
    assert.equal(match, '');
    assert.ok(ms < 1000, `took ${ms} ms`);
  });

  it('runs nested quantifiers on a long line in linear time', () => {
    const { ms, match } = timed('(a+)+$', `${'a'.repeat(2000)}!`);
    assert.equal(match, undefined);
    assert.ok(ms < 1000, `took ${ms} ms`);
  });

  it('reports where the linear engine matched, in UTF-16 columns, with flags', () => {
    const compiled = compileGuidelineRegex('/(todo|fixme)+:/i');
    assert.ok(compiled.status === 'ok' && compiled.regex.engine === 'linear');
    const m = compiled.regex.exec('é😀 // TODOfixme: x');
    assert.deepEqual(m && [m.index, m[0]], [7, 'TODOfixme:']);
    assert.equal(compiled.regex.exec('nothing here'), null);
  });

  it('does not run back-references or lookarounds in patterns not proven fast, and says why', () => {
    for (const pattern of ['((a)\\2)*$', '(?=(a+)+)b', '(a+)+\\1$']) {
      const compiled = compileGuidelineRegex(pattern);
      assert.equal(compiled.status, 'unsafe', pattern);
      assert.match(compiled.status === 'unsafe' ? compiled.message : '', /linear-time engine cannot run it/);
    }
  });

  it('keeps lookarounds and back-references in patterns proven fast', () => {
    for (const pattern of ['foo(?!bar)', '(["\'])x\\1']) {
      const compiled = compileGuidelineRegex(pattern);
      assert.equal(compiled.status === 'ok' && compiled.regex.engine, 'backtracking', pattern);
    }
  });

  it('refuses patterns too long to compile eagerly, with a finding instead of a crash', () => {
    for (const pattern of [`(?:${'a|'.repeat(20_000)}b)`, 'x'.repeat(MAX_PATTERN_LENGTH + 1)]) {
      const compiled = compileGuidelineRegex(pattern);
      assert.equal(compiled.status, 'invalid');
      assert.match(compiled.status === 'invalid' ? compiled.message : '', /at most 4096/);
    }
  });
});


import * as assert from 'node:assert/strict';
import { findBacktrackingRisk } from '../../../src/core/review/regex/backtrackingRisk';
import { compileGuidelineRegex } from '../../../src/core/review/regex/guidelineRegex';

const UNSAFE = [
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

const SAFE = [
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

describe('regex safety check', () => {
  for (const pattern of UNSAFE) {
    it(`flags ${pattern}`, () => {
      assert.ok(findBacktrackingRisk(pattern), `${pattern} should be flagged`);
    });
  }

  for (const pattern of SAFE) {
    it(`accepts ${pattern}`, () => {
      assert.equal(findBacktrackingRisk(pattern, 'u'), undefined);
    });
  }

  it('explains the risk in terms of the pattern', () => {
    assert.match(findBacktrackingRisk('(a+)+$')!, /"\(a\+\)\+" nests the quantifier "a\+"/);
    assert.match(findBacktrackingRisk('\\w+\\w+x')!, /"\\w\+" and "\\w\+"/);
  });

  it('folds ASCII case for the i flag', () => {
    assert.equal(findBacktrackingRisk('(?:a+A)+$'), undefined);
    assert.ok(findBacktrackingRisk('(?:a+A)+$', 'i'));
  });

});

describe('guideline match patterns', () => {
  it('compiles plain patterns and /literal/flags', () => {
    const plain = compileGuidelineRegex('req\\.body');
    assert.equal(plain.status, 'ok');
    const literal = compileGuidelineRegex('/todo|fixme/gi');
    assert.equal(literal.status, 'ok');
    assert.equal(literal.status === 'ok' && literal.regex.flags, 'i');
  });

  it('reports invalid patterns and flags', () => {
    const broken = compileGuidelineRegex('req\\.(body');
    assert.equal(broken.status, 'invalid');
    assert.match(broken.status === 'invalid' ? broken.message : '', /Not a valid regular expression/);
    assert.equal(compileGuidelineRegex('/x/v').status, 'invalid');
  });

  it('reports unsafe patterns without running them', () => {
    assert.equal(compileGuidelineRegex('(a+)+$').status, 'unsafe');
  });
});

import * as assert from 'node:assert/strict';
import picomatch from 'picomatch';
import picomatchPosix from 'picomatch/posix';
import { compileGlob } from '../../../src/core/glob/glob';
import { globToRegexSource } from '../../../src/core/glob/globSyntax';
import { filePatternMatcher, isGlobPattern } from '../../../src/core/glob/filePatterns';
import { seededRandom } from '../support/seededRandom';

/*
 * Our glob translator held to picomatch, which did the job before: thousands of seeded
 * random patterns, each against random paths and paths made to fit it, must get the same
 * answers. Left out of the patterns: what globSyntax.ts documents as read differently
 * (`|`, `"`, `+`, `{1..3}` ranges, `\d`-style escapes, POSIX classes; and for the picomatch
 * defaults, parentheses, which are extglobs and groups there). Paths are normalized: no
 * empty, `.` or `..` segments.
 */

/** The options glob.ts gave picomatch. */
const GLOB_TS_OPTIONS = { dot: true, posix: true, nonegate: true, noextglob: true, fastpaths: false } as const;

type Random = ReturnType<typeof seededRandom>;

const NAME_CHARS = ['a', 'a', 'b', 'b', 'c', 'A', '.', '.', '-', '_', '(', ')', '[', ']', '{', '}', '!', '#', ',', '@', '*', '?'];
const ESCAPABLE = ['*', '?', '[', ']', '{', '}', '!', '#', ',', '-', '.', '/', '(', ')', '@'];

/** A glob and a path written along with it that fits it, or nearly (a `*` may stand for a `/`…). */
interface Sample {
  glob: string;
  path: string;
}

function randomName(r: Random, min: number, max: number): string {
  let name = '';
  for (let n = r.int(min, max); n > 0; n--) name += r.pick(NAME_CHARS);
  return name;
}

/**
 * What the random patterns may use besides the common syntax. Both are left out for picomatch's
 * defaults, which read them differently: parentheses as extglobs and groups, and without
 * `posix`, `[!a]` as the set of `!` and `a` (risk discovery now reads it as "not a", as
 * gitignore and the shell do).
 */
interface ExtraSyntax {
  readonly parentheses: boolean;
  readonly bangSets: boolean;
}

function randomSample(r: Random, extra: ExtraSyntax, depth = 0): Sample {
  let glob = '';
  let path = '';
  for (let n = r.int(1, depth > 0 ? 4 : 8); n > 0; n--) {
    const atom = randomAtom(r, extra, depth);
    glob += atom.glob;
    path += atom.path;
  }
  return { glob, path };
}

function randomAtom(r: Random, extra: ExtraSyntax, depth: number): Sample {
  const choice = r.int(0, 24);
  if (choice <= 5) {
    const text = r.pick(['a', 'b', 'ab', 'ba', 'A', '.', '-', '_', '#', '@', '!', ',', ']', '}']);
    return { glob: text, path: text };
  }
  if (choice <= 8) return { glob: '/', path: '/' };
  if (choice <= 10) return { glob: '*', path: randomName(r, 0, 3) };
  if (choice <= 12) return { glob: '**', path: r.pick(['', 'a', 'x/y', '.b/c', 'a/b/c']) };
  if (choice === 13) return { glob: '?', path: randomName(r, 1, 1) };
  if (choice === 14) {
    const sets = [
      { glob: '[ab]', path: r.pick(['a', 'b', '[ab]']) },
      { glob: '[^b]', path: r.pick(['a', 'b']) },
      { glob: '[a-c]', path: r.pick(['a', 'c', 'd']) },
      { glob: '[.]', path: '.' },
      { glob: '[\\]a]', path: r.pick([']', 'a']) },
      { glob: '[]a]', path: r.pick([']', 'a']) },
    ];
    if (extra.bangSets) sets.push({ glob: '[!a]', path: r.pick(['b', '.', 'a']) }, { glob: '[!.]', path: r.pick(['.', 'x']) });
    return r.pick(sets);
  }
  if (choice === 15) {
    const c = r.pick(ESCAPABLE);
    return { glob: `\\${c}`, path: c };
  }
  if (choice === 16 && extra.parentheses) return r.pick([{ glob: '(', path: '(' }, { glob: ')', path: ')' }, { glob: '(x)', path: '(x)' }]);
  if (choice <= 19 && depth < 2) {
    const branches = [randomSample(r, extra, depth + 1)];
    const commas = r.chance(0.15) ? 0 : r.int(1, 2);
    for (let k = 0; k < commas; k++) branches.push(r.chance(0.15) ? { glob: '', path: '' } : randomSample(r, extra, depth + 1));
    return { glob: `{${branches.map((b) => b.glob).join(',')}}`, path: commas === 0 ? `{${branches[0]!.path}}` : r.pick(branches).path };
  }
  const fixed = r.pick([
    { glob: '{a,b}', path: 'b' },
    { glob: '{a,{b,c}}', path: 'c' },
    { glob: '*.md', path: 'x.md' },
    { glob: '.*', path: '.env' },
    { glob: 'a/**/b', path: 'a/x/b' },
    { glob: '*a*a*b', path: 'xaayab' },
  ]);
  return fixed;
}

/**
 * Patterns where picomatch's output is not what its own rules say, which we do not copy:
 * with three stars in a row it rebuilt the expression from its tokens, and a `.` after text
 * came out as "any character" (`***a.` matched `xa-`); and in braces without a comma,
 * `{a/**\/b}`, the rebuilt expression wanted two slashes after the `**`.
 */
function picomatchMisreads(glob: string): boolean {
  return glob.includes('***') || hasCommaLessBracesWithGlobstar(glob);
}

function hasCommaLessBracesWithGlobstar(glob: string): boolean {
  const open: { start: number; comma: boolean }[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\') i++;
    else if (c === '{') open.push({ start: i, comma: false });
    else if (c === ',' && open.length > 0) open[open.length - 1]!.comma = true;
    else if (c === '}' && open.length > 0) {
      const group = open.pop()!;
      if (!group.comma && glob.slice(group.start, i).includes('**')) return true;
    }
  }
  return false;
}

/** `{a..c}`: picomatch read a range there; we don't. */
function hasRangeInBraces(glob: string): boolean {
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\' && glob[i + 1] !== '.') i++;
    else if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (c === '.' && depth > 0 && (glob[i + 1] === '.' || glob.startsWith('\\.', i + 1))) return true;
  }
  return false;
}

/** Empty, `.` and `..` segments are not paths we are given. */
function normalizedPath(path: string): string {
  const segments = path.split('/').map((s) => (s === '.' || s === '..' ? 'd' : s)).filter((s) => s !== '');
  return segments.length > 0 ? segments.join('/') : 'a';
}

function pathsFor(r: Random, sample: Sample): string[] {
  const paths = new Set<string>([normalizedPath(sample.path)]);
  const fitted = normalizedPath(sample.path);
  for (let k = 0; k < 6; k++) {
    // Near misses: one character changed, dropped, or a folder added at either end.
    const at = r.int(0, fitted.length - 1);
    paths.add(normalizedPath(fitted.slice(0, at) + r.pick(NAME_CHARS) + fitted.slice(at + 1)));
    paths.add(normalizedPath(fitted.slice(0, at) + fitted.slice(at + 1)));
  }
  paths.add(`x/${fitted}`);
  paths.add(`${fitted}/y`);
  paths.add(`.${fitted}`);
  paths.add(fitted.toUpperCase());
  for (let k = 0; k < 8; k++) {
    const segments: string[] = [];
    for (let n = r.int(1, 4); n > 0; n--) segments.push(randomName(r, 1, 4));
    paths.add(normalizedPath(segments.join('/')));
  }
  return [...paths];
}

/** Parentheses are literal for glob.ts; it escaped them for picomatch. */
function escapeParentheses(glob: string): string {
  return glob.replace(/\\.|[()]/g, (m) => (m.length === 2 ? m : `\\${m}`));
}

/** The expression glob.ts built with picomatch (before globSyntax.ts), or undefined where that was a problem. */
function picomatchGlobTsRegex(pattern: string, caseInsensitive: boolean): RegExp | undefined {
  let body = pattern.trim();
  if (body.startsWith('!')) body = body.slice(1);
  const anchored = body.startsWith('/') || body.replace(/\/+$/, '').includes('/');
  const directoryOnly = body.endsWith('/');
  body = body.replace(/^\/+/, '').replace(/\/+$/, '');
  const re = picomatchPosix.makeRe(escapeParentheses(anchored ? body : `**/${body}`), { ...GLOB_TS_OPTIONS, nocase: caseInsensitive });
  if (!re.source.startsWith('^(?:') || !re.source.endsWith(')$')) return undefined;
  const lastSegment = body.slice(body.lastIndexOf('/') + 1);
  const tail = directoryOnly ? '\\/.+' : (lastSegment === '*' && anchored) || body.endsWith('/**') ? '' : '(?:\\/.*)?';
  return new RegExp(`^(?:${re.source.slice(4, -2)})${tail}$`, caseInsensitive ? 'i' : '');
}

interface Mismatch {
  glob: string;
  path?: string;
  ours: unknown;
  picomatch: unknown;
}

/** Runs `compare` on `count` seeded samples; returns the first mismatches and how many samples picomatch could not compile. */
function differential(seed: number, count: number, extra: ExtraSyntax, compare: (sample: Sample, paths: string[], r: Random) => Mismatch | undefined) {
  const r = seededRandom(seed);
  const mismatches: Mismatch[] = [];
  let compared = 0;
  while (compared < count) {
    const sample = randomSample(r, extra);
    if (hasRangeInBraces(sample.glob) || picomatchMisreads(sample.glob)) continue;
    compared++;
    const mismatch = compare(sample, pathsFor(r, sample), r);
    if (mismatch && mismatches.length < 10) mismatches.push(mismatch);
  }
  return mismatches;
}

describe('glob syntax, against picomatch', () => {
  it('translates 4,000 random globs to expressions that match the same paths as picomatch’s', () => {
    let skipped = 0;
    const mismatches = differential(1, 4000, { parentheses: true, bangSets: true }, ({ glob }, paths) => {
      const theirs = picomatchPosix.makeRe(escapeParentheses(glob), GLOB_TS_OPTIONS);
      // picomatch writes some odd patterns (`{a**}`) as an invalid expression and matches nothing.
      if (theirs.source === '$^') return void skipped++;
      let ours: RegExp;
      try {
        // The callers drop a leading `./` (filePatternMatcher) or refuse it (glob.ts).
        ours = new RegExp(`^(?:${globToRegexSource(glob.replace(/^(?:\.\/)+/, ''), { dot: true })})$`);
      } catch (err) {
        return { glob, ours: String(err), picomatch: theirs.source };
      }
      const path = paths.find((p) => ours.test(p) !== theirs.test(p));
      return path === undefined ? undefined : { glob, path, ours: ours.source, picomatch: theirs.source };
    });
    assert.deepEqual(mismatches, []);
    assert.ok(skipped < 40, `picomatch could not compile ${skipped} of the patterns`);
  });

  it('compiles 3,000 random gitignore-style patterns to the same matches as glob.ts did with picomatch', () => {
    const mismatches = differential(2, 3000, { parentheses: true, bangSets: true }, ({ glob }, paths, r) => {
      const pattern = (r.chance(0.2) ? '!' : '') + (r.chance(0.2) ? '/' : '') + glob + (r.chance(0.2) ? '/' : '');
      const caseInsensitive = r.chance(0.25);
      const ours = compileGlob(pattern, { caseInsensitive });
      // Mistakes glob.ts reports before any translation (`./`, `..`, unbalanced braces) are not in question.
      if (ours.problem && !ours.problem.message.startsWith('The pattern is not a valid glob')) return undefined;
      const theirs = picomatchGlobTsRegex(pattern, caseInsensitive);
      if (theirs === undefined) return undefined;
      if (!ours.glob) return { glob: pattern, ours: ours.problem, picomatch: theirs.source };
      const path = paths.find((p) => ours.glob.regex.test(p) !== theirs.test(p));
      return path === undefined ? undefined : { glob: pattern, path, ours: ours.glob.regex.source, picomatch: theirs.source };
    });
    assert.deepEqual(mismatches, []);
  });

  it('answers as picomatch with its defaults does, as risk discovery calls it, on 3,000 random globs', () => {
    const mismatches = differential(3, 3000, { parentheses: false, bangSets: false }, ({ glob }, paths, r) => {
      const pattern = (r.chance(0.1) ? '!' : '') + (r.chance(0.1) ? './' : '') + glob;
      // Where picomatch's expression did not compile it matched nothing (but the pattern's own text).
      if (picomatchFastPathDiffers(pattern) || picomatch.makeRe(pattern, { dot: false }).source === '$^') return undefined;
      const ours = filePatternMatcher(pattern, { dot: false });
      const theirs = picomatch(pattern, { dot: false });
      const names = paths.map((p) => p.slice(p.lastIndexOf('/') + 1));
      const path = [...paths, ...names, pattern].find((p) => ours(p) !== theirs(p));
      if (path !== undefined) return { glob: pattern, path, ours: ours(path), picomatch: theirs(path) };
      const isGlob = isGlobPattern(pattern);
      return isGlob === picomatch.scan(pattern).isGlob ? undefined : { glob: pattern, ours: isGlob, picomatch: !isGlob };
    });
    assert.deepEqual(mismatches, []);
  });

  it('agrees on 3,000 patterns made of whole segments, with and without dot, where `**` and dotfiles meet', () => {
    // Denser than the patterns above in what the backtracking rewrites depend on: runs of
    // `**` segments with the segments between them, and names that start with a dot.
    const r = seededRandom(4);
    const patternSegments = ['**', '**', '*', 'a', 'b', '*a*', '*a*b', 'a*a*', '?b', '{a,b}', '{a,*b}', '.x', '.*', '*.md', '[ab]*'];
    const pathSegments = ['a', 'b', 'ab', 'ba', 'aab', '.x', '.a', 'x.md', '.md', 'b.md'];
    const join = (parts: string[], count: number) => Array.from({ length: count }, () => r.pick(parts)).join('/');
    const mismatches: Mismatch[] = [];
    for (let n = 0; n < 3000 && mismatches.length < 10; n++) {
      const glob = join(patternSegments, r.int(1, 6));
      const paths = Array.from({ length: 25 }, () => join(pathSegments, r.int(1, 7)));
      const ours = new RegExp(`^(?:${globToRegexSource(glob, { dot: true })})$`);
      const theirs = picomatchPosix.makeRe(glob, GLOB_TS_OPTIONS);
      const oursWithoutDot = filePatternMatcher(glob, { dot: false });
      const theirsWithoutDot = picomatch(glob, { dot: false });
      const path = paths.find((p) => ours.test(p) !== theirs.test(p) || (!picomatchFastPathDiffers(glob) && oursWithoutDot(p) !== theirsWithoutDot(p)));
      if (path !== undefined) mismatches.push({ glob, path, ours: ours.source, picomatch: theirs.source });
    }
    assert.deepEqual(mismatches, []);
  });

  it('takes a list of globs and globs to ignore, as picomatch does', () => {
    const lists: [string[], string[]][] = [
      [['docs/risks/*.yaml', 'risks.yaml', 'docs/risks/*.md'], ['**/README.md', '**/readme.md']],
      [['**/*.{yaml,yml}'], ['**/.*/**']],
      [['!docs/**', 'docs/keep.md'], []],
    ];
    const paths = ['docs/risks/a.yaml', 'docs/risks/README.md', 'risks.yaml', 'x/risks.yaml', '.hidden/r.yml', 'a/b/c.yml', 'docs/keep.md', 'docs/other.md', 'src/a.ts'];
    for (const [globs, ignore] of lists) {
      const ours = filePatternMatcher(globs, { ignore });
      const theirs = picomatch(globs, { ignore });
      for (const path of paths) assert.equal(ours(path), theirs(path), `${globs.join(' ')} (ignoring ${ignore.join(' ')}) on ${path}`);
    }
  });
});

/**
 * Patterns picomatch's defaults read apart from its parser, which we follow: its fast paths
 * for whole patterns such as `**.md` (spanning folders there, `*.md` through the parser) and
 * `*.*` (not matching `a.` there); and a double negation, `!!*`, after which its `*` matched
 * dotfiles.
 */
function picomatchFastPathDiffers(pattern: string): boolean {
  const glob = pattern.replace(/^(?:\.\/)+/, '');
  return /^(?:\*\*\/)?\*\.\*$|^\*\*(?:\.\w+)+$/.test(glob) || pattern.startsWith('!!');
}

describe('glob expressions and backtracking', () => {
  // picomatch's expressions take time growing with the path length to the power of the number
  // of wildcards (its `*a*a*a*a*b` took 0.13 s on 60 characters; these have more wildcards and
  // 200 characters). A regression would make a match below run practically forever, and a
  // synchronous test that never returns hangs rather than fails: so the shape is checked first.
  // Linear means at most one lazy run within a segment and one lazy run of folders, the
  // rest being runs that cannot overlap what follows them.
  // `withoutDot`: also through filePatternMatcher without `dot`, where only runs of `*` are kept
  // linear (risk discovery has a handful of patterns, with a `**` or two).
  const cases: [pattern: string, misses: string, hits: string, withoutDot: boolean][] = [
    ['*a*a*a*a*a*a*a*b', 'a'.repeat(200), `${'a'.repeat(199)}b`, true],
    ['{*a*a*a*a*a*a*b,x}', 'a'.repeat(200), `${'a'.repeat(199)}b`, true],
    ['*{a,b}*{a,b}*{a,b}*{a,b}*{a,b}*c', 'ab'.repeat(100), `${'ab'.repeat(99)}ac`, true],
    ['**/a/**/a/**/a/**/a/**/a/**/b', `${'a/'.repeat(100)}c`, `${'a/'.repeat(100)}b`, false],
    ['**/**/**/a', `${'b/'.repeat(100)}c`, `${'b/'.repeat(100)}a`, true],
    ['**/*a*a*a*a*a*a*b', `${'a/'.repeat(50)}${'a'.repeat(100)}`, `${'a/'.repeat(50)}${'a'.repeat(99)}b`, true],
  ];
  for (const [pattern, misses, hits, withoutDot] of cases) {
    it(`matches ${pattern} against a ${misses.length}-character path in linear time`, () => {
      const glob = compileGlob(pattern).glob!;
      const source = glob.regex.source;
      assert.ok((source.match(/\[\^\/\]\*\?/g) ?? []).length <= 1, `more than one lazy run within a segment: ${source}`);
      assert.ok((source.match(/\(\?:\[\^\/\]\*\\\/\)\*\?/g) ?? []).length <= 1, `more than one lazy run of folders: ${source}`);
      assert.equal(glob.regex.test(misses), false);
      assert.equal(glob.regex.test(hits), true);
      if (!withoutDot) return;
      const matcher = filePatternMatcher(pattern, { dot: false });
      assert.equal(matcher(misses), false);
      assert.equal(matcher(hits), true);
    });
  }

  it('agrees with picomatch on those patterns where picomatch is still quick', () => {
    for (const [pattern] of cases) {
      const ours = compileGlob(pattern).glob!;
      const theirs = picomatchGlobTsRegex(pattern, false)!;
      for (const path of ['a'.repeat(12), `${'a'.repeat(11)}b`, `${'a/'.repeat(6)}b`, `${'a/'.repeat(6)}c`, 'ab'.repeat(6), `${'ab'.repeat(5)}ac`, `${'a/'.repeat(3)}${'a'.repeat(8)}b`]) {
        assert.equal(ours.regex.test(path), theirs.test(path), `${pattern} on ${path}`);
      }
    }
  });
});

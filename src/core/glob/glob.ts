import { GlobSyntaxError, globToRegexSource } from './globSyntax';

/**
 * Gitignore / CODEOWNERS-style path patterns, compiled once to a single regular
 * expression each (globSyntax.ts does the glob syntax; this module adds the gitignore
 * rules around it). Paths are repo-relative and `/`-separated, without a leading `/`.
 *
 * - A pattern without a `/` (other than a trailing one) matches a name at any depth:
 *   `*.md`, `Dockerfile`, `node_modules/`.
 * - A leading `/`, or a `/` in the middle, anchors the pattern to the repository root.
 * - A pattern that matches a directory matches everything under it (`src/api`, `build/`);
 *   a trailing `/` matches directories only. As GitHub documents for CODEOWNERS, a last
 *   segment that is just `*` (`docs/*`) matches the files directly inside, not deeper.
 * - `**` as a whole segment spans any number of folders; `*`, `?`, `[abc]`, `{a,b}` work
 *   within a segment. Dotfiles match like any file. Matching is case-sensitive by default.
 * - A leading `!` negates; in a list of patterns the last one that matches decides.
 *   (Unlike git, a file can be re-included under an excluded folder: lists are evaluated
 *   per path, which is what people expect from `["src/**", "!src/gen/", "src/gen/api.ts"]`.)
 * - `\` escapes the next character (`\!important.md`, `\#notes`); parentheses are literal
 *   (route groups such as `app/(auth)/` are common), there are no extglobs.
 */

export interface GlobOptions {
  readonly caseInsensitive?: boolean;
}

export interface CompiledGlob {
  /** The pattern as written (trimmed). */
  readonly source: string;
  readonly negated: boolean;
  /** Tests a whole repo-relative path, ancestors included (see the module comment). */
  readonly regex: RegExp;
  /*
   * Cheap necessary conditions, so a matcher can skip the regular expression for most
   * paths. Lower-cased when matching ignores case. At most one of the three is set.
   */
  /** For an anchored pattern starting with literal segments: they (`src/api` for `src/api/*.ts`); every match equals it or lies under it. */
  readonly literalPrefix: string | undefined;
  /** Otherwise, a literal name every match has as one of its segments (`node_modules` for `**\/node_modules/**`). */
  readonly requiredSegment: string | undefined;
  /** Otherwise, an extension (`ts` for `**\/*.test.ts`) some segment of every match ends with. */
  readonly requiredExtension: string | undefined;
  /**
   * Set when the literal prefix is the whole pattern (`src/api`, `src/api/**`, `docs/`):
   * then a path under it matches, and the path itself matches unless `under-only`.
   */
  readonly prefixOnly: 'self-or-under' | 'under-only' | undefined;
}

export interface GlobProblem {
  readonly source: string;
  readonly message: string;
  /** A corrected pattern when the mistake is unambiguous (`./src/**` → `src/**`). */
  readonly suggestion?: string;
}

export type GlobCompileResult = { readonly glob: CompiledGlob; readonly problem?: undefined } | { readonly glob?: undefined; readonly problem: GlobProblem };

const GLOB_SPECIAL = /[*?[\]{}\\]/;

export function compileGlob(pattern: string, options: GlobOptions = {}): GlobCompileResult {
  const source = pattern.trim();
  const fail = (message: string, suggestion?: string): GlobCompileResult => ({ problem: suggestion === undefined ? { source, message } : { source, message, suggestion } });
  const negated = source.startsWith('!');
  let body = negated ? source.slice(1) : source;
  if (body.trim() === '') return fail(negated ? 'A "!" needs a pattern after it.' : 'The pattern is empty.');

  const mistake = findMistake(body, negated);
  if (mistake) return fail(mistake.message, mistake.suggestion);

  const anchored = body.startsWith('/') || body.replace(/\/+$/, '').includes('/');
  const directoryOnly = body.endsWith('/');
  body = body.replace(/^\/+/, '').replace(/\/+$/, '');
  if (body === '') return fail('The pattern names the repository root; use "**" to match every file.', negated ? '!**' : '**');

  const glob = anchored ? body : `**/${body}`;
  let inner: string;
  try {
    inner = globToRegexSource(glob, { dot: true });
  } catch (err) {
    // Only the user's pattern is reported; anything else is a bug in the translator and must surface.
    if (!(err instanceof GlobSyntaxError)) throw err;
    return fail(`The pattern is not a valid glob: ${err.message}`);
  }
  const lastSegment = body.slice(body.lastIndexOf('/') + 1);
  // What may follow the part the glob matched: a directory's contents, or nothing.
  const tail = directoryOnly ? '\\/.+' : lastSegment === '*' && anchored ? '' : body.endsWith('/**') ? '' : '(?:\\/.*)?';
  // The translator checks sets itself, so its output always compiles.
  const regex = new RegExp(`^(?:${inner})${tail}$`, options.caseInsensitive ? 'i' : '');
  const fold = (s: string) => (options.caseInsensitive ? s.toLowerCase() : s);
  const segments = body.split('/');
  const isLiteral = (segment: string) => segment !== '' && !GLOB_SPECIAL.test(segment);
  const leading = anchored ? segments.slice(0, firstIndex(segments, (seg) => !isLiteral(seg))) : [];
  const rest = segments.slice(leading.length);
  const literalPrefix = leading.length > 0 ? fold(leading.join('/')) : undefined;
  // Otherwise the longest literal segment, likely the rarest; on a tie, the deeper one.
  let literal: string | undefined;
  if (literalPrefix === undefined) for (const seg of segments) if (isLiteral(seg) && (literal === undefined || seg.length >= literal.length)) literal = seg;
  const extension = literalPrefix === undefined && literal === undefined ? literalExtension(lastSegment) : undefined;
  const wholeIsPrefix = literalPrefix !== undefined && (rest.length === 0 || (rest.length === 1 && rest[0] === '**' && !directoryOnly));
  return {
    glob: {
      source,
      negated,
      regex,
      literalPrefix,
      requiredSegment: literal === undefined ? undefined : fold(literal),
      requiredExtension: extension === undefined ? undefined : fold(extension),
      prefixOnly: wholeIsPrefix ? (directoryOnly ? 'under-only' : 'self-or-under') : undefined,
    },
  };
}

function firstIndex<T>(list: readonly T[], test: (x: T) => boolean): number {
  const i = list.findIndex(test);
  return i < 0 ? list.length : i;
}

/** Compiles a list of patterns, keeping the valid ones in order and the problems apart. */
export function compileGlobList(patterns: readonly string[], options: GlobOptions = {}): { globs: CompiledGlob[]; problems: GlobProblem[] } {
  const globs: CompiledGlob[] = [];
  const problems: GlobProblem[] = [];
  for (const p of patterns) {
    const r = compileGlob(p, options);
    if (r.glob) globs.push(r.glob);
    else problems.push(r.problem);
  }
  return { globs, problems };
}

/** Whether a list of patterns selects a path: the last pattern that matches decides. */
export function matchesGlobList(globs: readonly CompiledGlob[], path: string): boolean {
  for (let i = globs.length - 1; i >= 0; i--) {
    const g = globs[i]!;
    if (g.regex.test(path)) return !g.negated;
  }
  return false;
}

/** `*.test.ts` → `ts`: the text after the last dot, when it is literal and the only thing after it. */
function literalExtension(segment: string): string | undefined {
  const dot = segment.lastIndexOf('.');
  if (dot < 0) return undefined;
  const ext = segment.slice(dot + 1);
  return ext !== '' && !GLOB_SPECIAL.test(ext) && !ext.includes('\\') ? ext : undefined;
}

/** Common ways a pattern is wrong although it would compile. */
function findMistake(body: string, negated: boolean): { message: string; suggestion?: string } | undefined {
  const bang = negated ? '!' : '';
  // `\` before a name character is a Windows separator, not an escape (those precede glob syntax).
  if (/\\[\w-]/.test(body)) {
    return { message: 'Paths use "/" as the separator; "\\" escapes the next character.', suggestion: bang + body.replace(/\\/g, '/') };
  }
  if (/^\.\.?(?:\/|$)|\/\.\.?(?:\/|$)/.test(body)) {
    if (/(?:^|\/)\.\.(?:\/|$)/.test(body)) return { message: 'Patterns are relative to the repository root and cannot go up with "..".' };
    const fixed = body.replace(/^(?:\.\/)+/, '').replace(/\/(?:\.\/)+/g, '/');
    return { message: 'Patterns are relative to the repository root; "./" never matches.', ...(fixed ? { suggestion: bang + fixed } : {}) };
  }
  if (/^[A-Za-z]:[\\/]|^~/.test(body)) return { message: 'Patterns are relative to the repository root, not absolute paths.' };
  if (unbalanced(body, '[', ']')) return { message: 'The pattern has a "[" without a closing "]".' };
  if (unbalanced(body, '{', '}')) return { message: 'The pattern has unbalanced "{" and "}".' };
  return undefined;
}

function unbalanced(s: string, open: string, close: string): boolean {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (c === open) depth++;
    else if (c === close) {
      if (depth === 0) return open === '{';
      depth--;
    }
  }
  return depth !== 0;
}

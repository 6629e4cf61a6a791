import { GlobSyntaxError, globToRegexSource } from './globSyntax';

/**
 * Matchers for file patterns in settings (`techlead.risks.files`), on our own glob
 * translator, so the bundle carries no glob library. They behave as picomatch 4 does with
 * `{ dot, ignore }` (the library the patterns were first matched with; the unit tests
 * compare the two): wildcards skip names starting
 * with a dot unless `dot`; a leading `!` negates; a leading `./` is dropped; an empty path never
 * matches and a path equal to the pattern text always does; a pattern that does not compile
 * (unbalanced braces) matches nothing.
 *
 * Where it differs (none of it is in the default risk patterns): what globSyntax.ts leaves
 * out, which for picomatch's defaults includes extglobs (`+(a|b)`) and groups in parentheses;
 * `[!a]` means "not a", as in gitignore and the shell, where picomatch without `posix` read the
 * set of `!` and `a`; and picomatch's fast path for a few whole patterns, which read `**.md` as
 * spanning folders and `*.*` as not matching `a.`: here they read as any other pattern
 * (`**.md` is `*.md`). Separators are always `/`.
 */

export interface FilePatternOptions {
  /** Let wildcards match names that start with a dot. */
  readonly dot?: boolean;
  /** Paths these patterns match are not matched. */
  readonly ignore?: string | readonly string[];
}

export type PathMatcher = (path: string) => boolean;

export function filePatternMatcher(globs: string | readonly string[], options: FilePatternOptions = {}): PathMatcher {
  const matchers = (typeof globs === 'string' ? [globs] : globs).map((glob) => globMatcher(glob, options.dot === true));
  const ignored = options.ignore === undefined ? undefined : filePatternMatcher(options.ignore, { dot: options.dot === true });
  return (path) => matchers.some((matches) => matches(path)) && !ignored?.(path);
}

/** Whether the pattern has glob syntax before a scan stops (picomatch's `scan(glob).isGlob`). */
export function isGlobPattern(glob: string): boolean {
  return scanIsGlob(glob);
}

function globMatcher(glob: string, dot: boolean): PathMatcher {
  if (glob === '') throw new TypeError('Expected pattern to be a non-empty string');
  // picomatch drops one `./` before it looks for `!`, and any after.
  let body = glob.startsWith('./') ? glob.slice(2) : glob;
  const bangs = /^!*/.exec(body)![0].length;
  const negated = bangs % 2 === 1;
  body = body.slice(bangs);
  while (body.startsWith('./')) body = body.slice(2);
  let regex: RegExp | undefined;
  try {
    regex = new RegExp(`^(?:${globToRegexSource(body, { dot })})$`);
  } catch (err) {
    if (!(err instanceof GlobSyntaxError)) throw err;
  }
  return (path) => path !== '' && (path === glob || (regex !== undefined && regex.test(path) !== negated));
}

/**
 * picomatch's scan, as far as `isGlob` goes: it reads up to the first glob syntax, and stops
 * early (saying no) at the first brace group or an unclosed `[`.
 */
function scanIsGlob(input: string): boolean {
  let start = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (c === '\\') {
      if (input[i + 1] === '{') return false;
      i++;
    } else if (c === '{') {
      return braceGroupIsGlob(input, i + 1);
    } else if (c === '/') {
      if (input[i - 1] === '.' && i === start + 1) start += 2;
    } else if ('+@*?!'.includes(c!) && input[i + 1] === '(') {
      return true;
    } else if (c === '*' || c === '?' || c === '(') {
      return true;
    } else if (c === '[') {
      for (let j = i + 1; j < input.length; j++) {
        if (input[j] === '\\') j++;
        else if (input[j] === ']') return true;
      }
      return false;
    } else if (c === '!' && i === start) {
      start++;
    }
  }
  return false;
}

/** A brace group makes a glob when it has a `,` or a `..` before its `}`. */
function braceGroupIsGlob(input: string, from: number): boolean {
  let depth = 1;
  for (let i = from; i < input.length; i++) {
    let c = input[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') {
      depth++;
      continue;
    }
    // picomatch's scan reads the character after a `.` in place of it.
    if (c === '.') {
      c = input[++i];
      if (c === '.') return true;
    }
    if (c === ',') return true;
    if (c === '}' && --depth === 0) return false;
  }
  return false;
}

/**
 * Glob syntax → regular-expression source. This reads a glob the way picomatch 4 read it for
 * us, and writes an equivalent expression. picomatch's parser also handles extglobs, POSIX
 * classes and Windows paths, which we never use; dropping it took about 24 KB off the bundle.
 *
 * - `*` matches any run of characters within a segment, `?` one character, and `[abc]`, `[a-c]`,
 *   `[!a]`/`[^a]` one character of a set (a negated set never matches `/`). A set with no range
 *   or other special character also matches its own text, so `app/[id]/**` matches the folder
 *   `[id]` (Next.js routes), as with picomatch.
 * - `{a,b}` matches either alternative; braces nest and may contain `/`. Braces without a comma
 *   are literal text.
 * - `**` as a whole segment spans any number of folders (`**\/x`, `a/**\/x`, `a/**`). Elsewhere it
 *   is a plain `*` (`a**` is `a*`), except where picomatch let it span folders: right inside
 *   braces (`{**,x}`) and before a `/` or a `{`.
 * - `\` makes the next character literal. Everything else is literal too: `(`, `)`, `|`, `+`, `!`,
 *   `@`, `"`. (picomatch read `|`, `"`, `+` after `]` or `}`, `{1..3}` ranges and `\d`-style escapes
 *   in its own ways. Those are left out here; no pattern we have seen relies on them.)
 * - Unless `dot` is set, a wildcard does not match a name that starts with a dot.
 *
 * Paths are repo-relative and normalized: no empty, `.` or `..` segments, no `/` at either end.
 * On such paths, and apart from the syntax left out above, the expression matches exactly what
 * picomatch's did (test/unit/glob/globSyntax.test.ts compares the two on thousands of random
 * patterns). picomatch added lookaheads that only make a difference on other paths; not here.
 *
 * Backtracking: a run of wildcards such as `*a*a*a*b` or `**\/a/**\/a/**\/b` written the plain
 * way takes time that grows with the path length to the power of the number of wildcards
 * (picomatch's `*a*a*a*a*b` took 0.13 s on a 60-character name that does not match; 200
 * characters take 120 times that). Where only the leftmost place a wildcard can stop at
 * matters, it is written to stop there, `(?:(?!a)[^/])*a` rather than `[^/]*?a`: the engine has
 * nothing to try again, and the time stays close to linear. `chunkBeforeNextStar` and
 * `folders` say when that holds.
 */

export interface GlobSyntaxOptions {
  /** Whether wildcards match names that start with a dot (`*` matching `.env`). */
  readonly dot: boolean;
}

/** A pattern that has no regular expression: unbalanced braces, an invalid set. */
export class GlobSyntaxError extends Error {}

/** Longer globs are refused: no real path pattern comes near this, and the bound keeps the written expression small. */
export const MAX_GLOB_LENGTH = 4096;
/**
 * Longer expressions are refused: V8 compiles large ones lazily and throws on first use
 * (`a/**\/` repeated 12,000 times wrote 264,000 characters), which would crash the caller
 * far from the pattern. Wildcards write more than they read (`*a` becomes 15 characters).
 */
export const MAX_REGEX_SOURCE_LENGTH = 16 * 1024;
/** Braces are read (and written out) recursively: a bound keeps a pathological pattern from overflowing the stack. */
const MAX_BRACE_DEPTH = 100;

/**
 * The source of a regular expression that matches the whole of a path the glob matches, to be
 * wrapped in `^(?:…)$`. It has no capturing groups. Throws a GlobSyntaxError. A leading `./`,
 * which picomatch dropped, is the caller's to drop or refuse.
 */
export function globToRegexSource(glob: string, options: GlobSyntaxOptions): string {
  if (glob.length > MAX_GLOB_LENGTH) throw new GlobSyntaxError(`it is ${glob.length} characters long; at most ${MAX_GLOB_LENGTH} are supported.`);
  const source = writeRegex(parseGlob(glob, options.dot), options.dot);
  if (source.length > MAX_REGEX_SOURCE_LENGTH) {
    throw new GlobSyntaxError(`its wildcards and braces make a ${source.length}-character regular expression; at most ${MAX_REGEX_SOURCE_LENGTH} are supported.`);
  }
  return source;
}

/**
 * A lookahead some wildcards start with (picomatch's rules):
 * - `segmentStart`: a wildcard at the start of a segment does not match a dotfile unless `dot`;
 * - `afterDot`: a `*` right after a `.` that starts a segment (`.*`) or stands in braces
 *   (`{a,.*}`) does not match an empty or a `.` rest of the segment, whatever `dot` says.
 */
type Guard = 'none' | 'segmentStart' | 'afterDot';

type GlobNode =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'slash' }
  /** `?` or a set: one character. */
  | { readonly kind: 'oneChar'; readonly source: string; readonly matchesSlash: boolean }
  /**
   * `*`: any run of characters within a segment. `notAtEnd`: a lone `*` that starts a segment
   * does not match nothing at the end of the path (after `a/**\/`, picomatch's `.x/**\/*`
   * does not match `.x`).
   */
  | { readonly kind: 'star'; readonly guard: Guard; readonly notAtEnd?: boolean }
  /** `**` where it is not a whole segment but still spans folders (`{**,x}`, `**{a,b}`). */
  | { readonly kind: 'anyText'; readonly guard: Guard }
  /** `**\/` at the start: zero or more leading folders. */
  | { readonly kind: 'leadingFolders' }
  /** `/**\/` between segments: a `/`, or folders between two. `orEnd`: picomatch also let it match at the end of the path. */
  | { readonly kind: 'innerFolders'; readonly orEnd: boolean }
  /** `/**` at the end: nothing more, or anything under. */
  | { readonly kind: 'trailingFolders' }
  | { readonly kind: 'alternatives'; readonly branches: readonly (readonly GlobNode[])[] };

/** The kind of the previous token, which picomatch's rules for `.`, `*` and `**` look back at. */
type TokenKind = 'start' | 'slash' | 'dot' | 'star' | 'globstar' | 'brace' | 'comma' | 'other';

const SLASH: GlobNode = { kind: 'slash' };
const literal = (text: string): GlobNode => ({ kind: 'literal', text });
/** Characters that make a set a real set rather than text that may also be meant literally (picomatch's list). */
const SET_SYNTAX = /[-*+?.^${}(|)[\]]/;

/** Reads a glob into nodes, following picomatch's rules for what each token means where. */
function parseGlob(input: string, dot: boolean): GlobNode[] {
  let pos = 0;
  let braceDepth = 0;
  let previous: TokenKind = 'start';
  let beforePrevious: TokenKind = 'start';

  const saw = (kind: TokenKind): void => {
    beforePrevious = previous;
    previous = kind;
  };

  /** Tokens up to the end, or inside braces up to the `,` or `}` that ends the alternative. */
  const sequence = (): GlobNode[] => {
    const nodes: GlobNode[] = [];
    while (pos < input.length) {
      const c = input[pos]!;
      if (braceDepth > 0 && (c === ',' || c === '}')) break;
      if (c === '*') stars(nodes);
      else if (c === '[') set(nodes);
      else if (c === '{') braces(nodes);
      else {
        pos++;
        // The character after a `\`; a `\` at the very end stands for itself.
        const escaped = c === '\\' && pos < input.length;
        character(escaped ? input[pos++]! : c, escaped, nodes);
      }
    }
    return nodes;
  };

  /** One character that is not `*`, `[` or `{`, or any escaped character. */
  const character = (c: string, escaped: boolean, nodes: GlobNode[]): void => {
    // picomatch dropped the `\` before `/` and `.`, so those keep their meaning.
    if (c === '/') {
      nodes.push(SLASH);
      saw('slash');
    } else if (c === '.') {
      nodes.push(literal(c));
      saw(braceDepth > 0 || previous === 'start' || previous === 'slash' ? 'dot' : 'other');
    } else if (c === '?' && !escaped) {
      const atSegmentStart = previous === 'start' || previous === 'slash';
      nodes.push({ kind: 'oneChar', source: !dot && atSegmentStart ? '[^./]' : '[^/]', matchesSlash: false });
      saw('other');
    } else {
      nodes.push(literal(c));
      saw('other');
    }
  };

  const stars = (nodes: GlobNode[]): void => {
    const first = pos;
    while (input[pos] === '*') pos++;
    const prior = previous;
    const atSegmentStart = prior === 'start' || prior === 'slash';
    const guard: Guard = atSegmentStart ? 'segmentStart' : prior === 'dot' ? 'afterDot' : 'none';
    const atAlternativeStart = braceDepth > 0 && (prior === 'brace' || prior === 'comma');
    // Three or more stars, and `**` inside a name (`a**`), are one `*`.
    if (pos - first !== 2 || !(atSegmentStart || atAlternativeStart)) {
      nodes.push({ kind: 'star', guard, notAtEnd: atSegmentStart && pos - first === 1 });
      saw('star');
      return;
    }
    // `**/**/x` is `**/x`.
    while (input.startsWith('/**', pos) && (pos + 3 === input.length || input[pos + 3] === '/')) pos += 3;
    const next = input[pos];
    const afterLeadingSlash = prior === 'slash' && beforePrevious === 'start';
    if (prior === 'start' && next === undefined) {
      nodes.push({ kind: 'anyText', guard: 'none' });
      saw('globstar');
    } else if (prior === 'slash' && !afterLeadingSlash && next === undefined && beforePrevious !== 'star' && beforePrevious !== 'globstar') {
      replaceSlash(nodes, { kind: 'trailingFolders' });
      saw('globstar');
    } else if (prior === 'slash' && !afterLeadingSlash && next === '/') {
      replaceSlash(nodes, { kind: 'innerFolders', orEnd: pos + 1 < input.length });
      pos++;
      saw('globstar');
      saw('slash');
    } else if (prior === 'start' && next === '/') {
      nodes.push({ kind: 'leadingFolders' });
      pos++;
      saw('globstar');
      saw('slash');
    } else {
      // picomatch kept such a `**` spanning folders only before these; before anything else it became a `*`.
      const keepsSpanning = next === undefined || next === '/' || next === '{' || input.startsWith('\\/', pos) || (braceDepth > 0 && (next === ',' || next === '}'));
      nodes.push({ kind: keepsSpanning ? 'anyText' : 'star', guard });
      saw(keepsSpanning ? 'globstar' : 'star');
    }
  };

  /**
   * The `/` before a `**` segment is part of how the segment matches (`a/**` matches `a`). That
   * `/` is always the last node: the only `/` without a node of its own is the one a `**\/` took
   * in, and a `**` segment right after it (`**\/**`) was folded into the first.
   */
  const replaceSlash = (nodes: GlobNode[], folders: GlobNode): void => {
    nodes[nodes.length - 1] = folders;
  };

  /** `[...]`, or a literal `[` when no `]` closes it. */
  const set = (nodes: GlobNode[]): void => {
    const open = pos;
    let i = open + 1;
    const negated = input[i] === '!' || input[i] === '^';
    if (negated) i++;
    let members = '';
    /** The set's own text, escapes resolved: what it also matches when `plain`. */
    let text = '';
    let plain = !negated;
    for (let first = true; i < input.length; first = false) {
      let c = input[i++]!;
      if (c === ']' && !first) {
        const source = negated ? `[^${members}\\/]` : `[${members}]`;
        let regex: RegExp;
        try {
          regex = new RegExp(source);
        } catch {
          throw new GlobSyntaxError(`"${input.slice(open, i)}" is not a valid set of characters.`);
        }
        const oneChar: GlobNode = { kind: 'oneChar', source, matchesSlash: regex.test('/') };
        nodes.push(plain ? { kind: 'alternatives', branches: [[literal(`[${text}]`)], [oneChar]] } : oneChar);
        pos = i;
        saw('other');
        return;
      }
      const escaped = c === '\\' && i < input.length;
      if (escaped) c = input[i++]!;
      text += c;
      plain &&= !SET_SYNTAX.test(c);
      if (escaped) members += /\w/.test(c) ? c : `\\${c}`;
      else if (c === '[' || c === ']' || (c === '-' && input[i] === ']')) members += `\\${c}`;
      else members += c;
    }
    pos = open + 1;
    nodes.push(literal('['));
    saw('other');
  };

  /** `{a,b}` alternatives; braces without a comma are literal. */
  const braces = (nodes: GlobNode[]): void => {
    const open = pos++;
    if (++braceDepth > MAX_BRACE_DEPTH) throw new GlobSyntaxError(`its braces nest more than ${MAX_BRACE_DEPTH} deep.`);
    saw('brace');
    const branches = [sequence()];
    while (input[pos] === ',') {
      pos++;
      saw('comma');
      branches.push(sequence());
    }
    if (input[pos] !== '}') throw new GlobSyntaxError(`the "{" at position ${open + 1} has no closing "}".`);
    pos++;
    braceDepth--;
    saw('brace');
    if (branches.length > 1) nodes.push({ kind: 'alternatives', branches });
    else nodes.push(literal('{'), ...branches[0]!, literal('}'));
  };

  return sequence();
}

function writeRegex(glob: readonly GlobNode[], dot: boolean): string {
  /** A name and its `/`: one folder that `**` spans; without `dot`, not a name that starts with a dot. */
  const folder = dot ? '[^/]*\\/' : '(?!\\.)[^/]*\\/';

  const sequence = (nodes: readonly GlobNode[], topLevel: boolean): string => {
    let out = '';
    for (let i = 0; i < nodes.length; i++) out += write(nodes, i, topLevel);
    return out;
  };

  const write = (nodes: readonly GlobNode[], i: number, topLevel: boolean): string => {
    const node = nodes[i]!;
    switch (node.kind) {
      case 'literal':
        return escapeRegex(node.text);
      case 'slash':
        return '\\/';
      case 'oneChar':
        return node.source;
      case 'alternatives':
        return `(?:${node.branches.map((branch) => sequence(branch, false)).join('|')})`;
      case 'star': {
        const chunk = chunkBeforeNextStar(nodes, i);
        return guard(node.guard) + (node.notAtEnd ? '(?=.)' : '') + (chunk ? `(?:(?!${sequence(chunk, false)})[^/])*` : '[^/]*?');
      }
      case 'anyText':
        return guard(node.guard) + (dot ? '.*?' : '(?:(?!(?:^|\\/)\\.).)*?');
      case 'leadingFolders':
        return folders(nodes, i, topLevel);
      case 'innerFolders':
        return matchesAtEnd(nodes, i) ? `(?:\\/${folders(nodes, i, topLevel)}|$)` : `\\/${folders(nodes, i, topLevel)}`;
      case 'trailingFolders':
        return dot ? '(?:\\/.*?|$)' : '(?:\\/(?!\\.)(?:[^/]|\\/(?!\\.))*?|$)';
    }
  };

  const guard = (kind: Guard): string => {
    if (kind === 'afterDot') return '(?!\\.?(?:\\/|$))';
    return kind === 'segmentStart' && !dot ? '(?!\\.)' : '';
  };

  /**
   * Whole folders for a `**` segment. Between two `**` segments, say `**\/a/**\/b`, the first
   * can stop at the leftmost `a/`: the second `**` spans whatever a later `a/` would have left
   * it. Only at the top level and with `dot` (without it a `**` cannot span a dot folder that
   * the part in between may match); and not when the second `**` may match at the very end
   * (see `matchesAtEnd`).
   */
  const folders = (nodes: readonly GlobNode[], i: number, topLevel: boolean): string => {
    const lazy = `(?:${folder})*?`;
    if (!topLevel || !dot) return lazy;
    let j = i + 1;
    while (j < nodes.length && nodes[j]!.kind !== 'innerFolders' && nodes[j]!.kind !== 'trailingFolders') j++;
    const next = nodes[j];
    if (j === i + 1 || next === undefined || matchesAtEnd(nodes, j)) return lazy;
    const between = sequence(nodes.slice(i + 1, j), true);
    const stop = next.kind === 'innerFolders' ? `${between}\\/` : `${between}(?:\\/|$)`;
    return `(?:(?!${stop})${folder})*`;
  };

  return sequence(glob, true);
}

/**
 * `*a*` → the first `*` can stop at the leftmost `a`: the run between two stars of one
 * segment always has the same width and no `/`, so the second star takes up whatever a later
 * place would have left it. The run, when there is one.
 */
function chunkBeforeNextStar(nodes: readonly GlobNode[], i: number): readonly GlobNode[] | undefined {
  let j = i + 1;
  while (j < nodes.length && slashFreeWidth([nodes[j]!]) !== undefined) j++;
  const next = nodes[j];
  return j > i + 1 && next?.kind === 'star' && next.guard === 'none' ? nodes.slice(i + 1, j) : undefined;
}

/** How many characters the nodes always match, when that is fixed and none of them is `/`. */
function slashFreeWidth(nodes: readonly GlobNode[]): number | undefined {
  let width = 0;
  for (const node of nodes) {
    if (node.kind === 'literal') width += node.text.length;
    else if (node.kind === 'oneChar' && !node.matchesSlash) width += 1;
    else if (node.kind === 'alternatives') {
      const widths = node.branches.map(slashFreeWidth);
      if (widths[0] === undefined || widths.some((w) => w !== widths[0])) return undefined;
      width += widths[0];
    } else return undefined;
  }
  return width;
}

/**
 * Whether the `/**\/` at `i` can match at the end of the path (`a/**\/{,b}` matches `a`, as
 * picomatch had it): only when what follows it can match nothing.
 */
function matchesAtEnd(nodes: readonly GlobNode[], i: number): boolean {
  const node = nodes[i]!;
  return node.kind === 'innerFolders' && node.orEnd && nodes.slice(i + 1).every(canMatchNothingAtEnd);
}

/** Whether the node can match the empty string at the end of the path. */
function canMatchNothingAtEnd(node: GlobNode): boolean {
  switch (node.kind) {
    case 'literal':
    case 'slash':
    case 'oneChar':
      return false;
    case 'innerFolders':
      return node.orEnd;
    case 'star':
      return !node.notAtEnd && node.guard !== 'afterDot';
    case 'alternatives':
      return node.branches.some((branch) => branch.every(canMatchNothingAtEnd));
    default:
      return true;
  }
}

function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

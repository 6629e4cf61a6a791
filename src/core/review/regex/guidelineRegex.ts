import { backtrackingRegex, linearRegex, type LineRegex } from './lineRegex';
import { provablyFastForBacktracking } from './linearCost';
import { parseRegex } from './regexSyntax';

/**
 * A guideline's `match:` entry compiled for use: a plain pattern (`req\.(body|query)`) or
 * a literal with flags (`/todo|fixme/i`). Patterns run on V8's engine only when proven
 * fast for it, and otherwise on a linear-time engine; a pattern neither can run safely
 * (a back-reference or lookaround in a pattern not proven fast) is never run, and
 * neither is an invalid one: the lint rules report them instead.
 */
export type GuidelineRegex =
  | { readonly status: 'ok'; readonly source: string; readonly regex: LineRegex }
  | { readonly status: 'invalid'; readonly source: string; readonly message: string }
  | { readonly status: 'unsafe'; readonly source: string; readonly message: string };

/**
 * Longer patterns are refused: V8 compiles patterns over about 32,000 characters lazily
 * and throws on first use, and no guideline needs a pattern of this size.
 */
export const MAX_PATTERN_LENGTH = 4096;

/** Flags that change what a line-by-line test matches; `g`, `y` and `d` only change how, so they are dropped. */
const MEANINGFUL_FLAGS = /^[imsu]*$/;
const LITERAL = /^\/(.+)\/([a-z]*)$/s;

export function compileGuidelineRegex(text: string): GuidelineRegex {
  const literal = LITERAL.exec(text);
  const pattern = literal ? literal[1]! : text;
  const flags = literal ? [...new Set(literal[2]!.replace(/[gyd]/g, ''))].join('') : '';
  if (!MEANINGFUL_FLAGS.test(flags)) {
    return { status: 'invalid', source: text, message: `Unsupported flag "${flags.replace(/[imsu]/g, '')}": use i, m, s or u.` };
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    return { status: 'invalid', source: text, message: `The pattern is ${pattern.length} characters long; at most ${MAX_PATTERN_LENGTH} are supported.` };
  }
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, flags);
  } catch (err) {
    const reason = err instanceof Error ? err.message.replace(/^Invalid regular expression: /, '') : String(err);
    return { status: 'invalid', source: text, message: `Not a valid regular expression: ${reason}.` };
  }
  let fast: boolean;
  try {
    fast = provablyFastForBacktracking(parseRegex(pattern, flags), pattern.length);
  } catch {
    fast = false; // the parser has a bug for this pattern: the linear-time engine is the safe side
  }
  if (fast) return { status: 'ok', source: text, regex: backtrackingRegex(regex) };
  try {
    return { status: 'ok', source: text, regex: linearRegex(pattern, flags) };
  } catch (err) {
    const reason = (err instanceof Error ? err.message : String(err)).replace(/^error parsing regexp: /, '');
    return {
      status: 'unsafe',
      source: text,
      message: `The pattern is not provably fast for JavaScript's backtracking engine (a quantifier applies to more than one character, or several quantifiers combine), and the linear-time engine cannot run it (${reason}).`,
    };
  }
}

import { findBacktrackingRisk } from './backtrackingRisk';

/**
 * A guideline's `match:` entry compiled for use: a plain pattern (`req\.(body|query)`) or
 * a literal with flags (`/todo|fixme/i`). Invalid patterns and patterns open to
 * catastrophic backtracking are never run; the lint rules report them instead.
 */
export type GuidelineRegex =
  | { readonly status: 'ok'; readonly source: string; readonly regex: RegExp }
  | { readonly status: 'invalid'; readonly source: string; readonly message: string }
  | { readonly status: 'unsafe'; readonly source: string; readonly message: string };

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
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, flags);
  } catch (err) {
    const reason = err instanceof Error ? err.message.replace(/^Invalid regular expression: /, '') : String(err);
    return { status: 'invalid', source: text, message: `Not a valid regular expression: ${reason}.` };
  }
  let risk: string | undefined;
  try {
    risk = findBacktrackingRisk(pattern, flags);
  } catch (err) {
    // The analysis has a bug for this pattern; not running it is the safe side.
    risk = `The pattern could not be checked for catastrophic backtracking (${err instanceof Error ? err.message : String(err)}), so it is not run.`;
  }
  if (risk) return { status: 'unsafe', source: text, message: risk };
  return { status: 'ok', source: text, regex };
}

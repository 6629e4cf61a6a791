import { RE2JS } from 're2js';

/**
 * A compiled `match:` pattern as the review runs it over added lines: V8's `RegExp` when
 * the pattern is provably fast for a backtracking engine (linearCost.ts), otherwise the
 * linear-time engine re2js, so that no single line can hold a review up, whatever the
 * pattern. Both report where the first match starts (UTF-16) and what it matched.
 */
export interface LineRegex {
  /** The pattern and flags as JavaScript writes them; with the engine, they identify the regex. */
  readonly source: string;
  readonly flags: string;
  readonly engine: 'backtracking' | 'linear';
  exec(text: string): LineMatchResult | null;
}

export interface LineMatchResult {
  readonly index: number;
  readonly 0: string;
}

/** Compiles for the linear-time engine; throws re2js's syntax error for what it does not support (back-references, lookarounds). */
export function linearRegex(source: string, flags: string): LineRegex {
  let options = 0;
  if (flags.includes('i')) options |= RE2JS.CASE_INSENSITIVE;
  if (flags.includes('m')) options |= RE2JS.MULTILINE;
  if (flags.includes('s')) options |= RE2JS.DOTALL;
  const re = RE2JS.compile(RE2JS.translateRegExp(source), options);
  return {
    source,
    flags,
    engine: 'linear',
    exec(text) {
      // Most lines do not match: the boolean test runs on the fast DFA, the matcher only on hits.
      if (!re.test(text)) return null;
      const m = re.matcher(text);
      if (!m.find()) return null;
      return { index: m.start(), 0: m.group() ?? '' };
    },
  };
}

/** V8's engine, for patterns proven fast for it. */
export function backtrackingRegex(regex: RegExp): LineRegex {
  return { source: regex.source, flags: regex.flags, engine: 'backtracking', exec: (text) => regex.exec(text) };
}

import type { RegexNode } from './regexSyntax';

/**
 * A proof, for the patterns it accepts, that JavaScript's backtracking engine runs them
 * fast: such patterns keep V8's `RegExp` (about 15 times faster than the linear-time
 * engine on simple patterns); every other pattern goes to the linear-time engine.
 *
 * The proof counts the ways a match attempt at one start position can proceed, as a
 * polynomial in the line length L of which only the degree and the constant are kept:
 * - a quantifier may only apply to one character (`a`, `.`, `[^"]`, `\w`, a group holding
 *   just one), so it never repeats anything that can match the empty string or match in
 *   several ways; `a{m,n}` gives n - m + 1 ways, a wider or unbounded one L ways;
 * - a sequence multiplies its parts' ways, an alternation adds them (the degree is the
 *   highest), a lookaround or a group counts like its body, a back-reference as L ways.
 * Each way costs at most one step per pattern character, so one attempt costs at most
 * ways × pattern length steps, and the whole search L times that. Accepted: degree 0
 * with ways × length ≤ 65,536 (linear in L), or degree 1 with ways × length ≤ 256
 * (quadratic in L: at the default 2,000-character line cap, about 10⁹ steps in the
 * contrived worst case, microseconds on real lines). `\w+\s*x` (degree 2) and nested
 * quantifiers such as `((a?){2}){2}` are refused, whatever the count.
 */

/** A bounded quantifier this wide costs about as much as an unbounded one on a long line. */
const WIDE_REPEAT = 64;
const MAX_LINEAR_COST = 65_536;
const MAX_QUADRATIC_COST = 256;

interface Ways {
  readonly degree: number;
  readonly count: number;
}

export function provablyFastForBacktracking(node: RegexNode, sourceLength: number): boolean {
  const ways = waysOf(node);
  if (ways === undefined) return false;
  const cost = ways.count * Math.max(1, sourceLength);
  return (ways.degree === 0 && cost <= MAX_LINEAR_COST) || (ways.degree === 1 && cost <= MAX_QUADRATIC_COST);
}

/** undefined: not provable (a quantifier over more than one character). */
function waysOf(node: RegexNode): Ways | undefined {
  switch (node.type) {
    case 'chars':
    case 'assertion':
      return { degree: 0, count: 1 };
    case 'backreference':
      return { degree: 1, count: 1 };
    case 'group':
      return waysOf(node.body);
    case 'sequence':
      return combine(node.items, (a, b) => ({ degree: a.degree + b.degree, count: a.count * b.count }), { degree: 0, count: 1 });
    case 'alternation':
      return combine(node.branches, (a, b) => ({ degree: Math.max(a.degree, b.degree), count: a.count + b.count }), { degree: 0, count: 0 });
    case 'quantified': {
      if (!isOneCharacter(node.body)) return undefined;
      const width = node.max - node.min;
      return width > WIDE_REPEAT ? { degree: 1, count: 1 } : { degree: 0, count: width + 1 };
    }
  }
}

function combine(nodes: readonly RegexNode[], join: (a: Ways, b: Ways) => Ways, start: Ways): Ways | undefined {
  let total = start;
  for (const n of nodes) {
    const ways = waysOf(n);
    if (ways === undefined) return undefined;
    total = join(total, ways);
  }
  return total;
}

function isOneCharacter(node: RegexNode): boolean {
  if (node.type === 'chars') return true;
  return node.type === 'group' && !node.lookaround && isOneCharacter(node.body);
}

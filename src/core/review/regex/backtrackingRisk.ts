import { CharSet } from './charSet';
import { parseRegex, type RegexNode } from './regexSyntax';

/**
 * A static check for regular expressions that JavaScript's backtracking engine can take
 * exponential or high-polynomial time on. It looks for three shapes:
 *
 * 1. A repeated group holding a variable quantifier that can match the same text in
 *    several ways across iterations: `(a+)+`, `(.*)*`, `(\w+\s?)+`, `(a\w+)*`. A group
 *    is spared when it must also consume a character the inner quantifier cannot, such
 *    as the separator in `(\w+,)*` or the dots in `(\d+\.){3}`.
 * 2. A repeated alternation whose branches can start with the same character:
 *    `(a|a)*`, `(\w|\d)+`, `(a|ab)*`.
 * 3. Two unbounded quantifiers over overlapping characters with nothing but optional
 *    parts between them: `\w+\w+`, `.*\s+`, `\s*\w+\s*\w+`. On a 2,000-character line
 *    that fails to match, V8 needs billions of steps for these (cubic with the implicit
 *    retry at every start position).
 * 4. More than two unbounded quantifiers in a row that can each consume what must follow
 *    them: `a.*b.*c.*d` (quartic). Two, as in `.*foo.*bar`, are allowed: cubic only on
 *    contrived lines, and bounded by the line length limit and the time budget.
 * It also flags a backreference inside a repeated group, which defeats every reasoning
 * about what an iteration can match.
 *
 * Limits, deliberately: it reasons about character sets, not about full languages, so it
 * errs on the side of warning (`(a|ab)*` is flagged although it is linear); Unicode
 * property escapes and case folding outside ASCII count as "any character"; lookarounds
 * are checked like groups; quantifiers repeated at most twice are ignored (quadratic at
 * worst). It cannot prove a pattern fast, so matching also truncates long lines and
 * keeps a time budget.
 */

/** Repetitions up to this count are cheap even when ambiguous. */
const MAX_HARMLESS_REPEAT = 2;
/** A bounded quantifier this wide behaves like an unbounded one on a 2,000-character line. */
const UNBOUNDED_WIDTH = 64;

export function findBacktrackingRisk(source: string, flags = ''): string | undefined {
  return riskIn(parseRegex(source, flags));
}

function riskIn(node: RegexNode): string | undefined {
  switch (node.type) {
    case 'chars':
    case 'assertion':
    case 'backreference':
      return undefined;
    case 'group':
      return riskIn(node.body);
    case 'alternation':
      return firstOf(node.branches, riskIn);
    case 'sequence':
      return adjacentQuantifierRisk(flatten(node.items)) ?? firstOf(node.items, riskIn);
    case 'quantified':
      return (node.max > MAX_HARMLESS_REPEAT ? repeatedBodyRisk(node) : undefined) ?? riskIn(node.body);
  }
}

function repeatedBodyRisk(repeat: Extract<RegexNode, { type: 'quantified' }>): string | undefined {
  const body = unwrap(repeat.body);
  if (containsBackreference(body)) return `"${repeat.text}" repeats a backreference, which can take exponential time.`;
  const branches = body.type === 'alternation' ? body.branches : [body];
  for (let i = 0; i < branches.length; i++) {
    for (let j = i + 1; j < branches.length; j++) {
      const a = branches[i]!;
      const b = branches[j]!;
      if (!isNullable(a) && !isNullable(b) && firstChars(a).intersects(firstChars(b))) {
        return `"${repeat.text}" repeats alternatives that can start with the same character, so a line can be split between them in exponentially many ways.`;
      }
    }
  }
  for (const branch of branches) {
    const items = flatten(branch.type === 'sequence' ? branch.items : [branch]);
    for (let k = 0; k < items.length; k++) {
      for (const inner of variableQuantifiers(items[k]!)) {
        const innerChars = allChars(inner.body);
        const others = items.filter((_, idx) => idx !== k);
        // An iteration boundary can move into `inner` unless something else in the
        // iteration must consume a character `inner` cannot.
        const separated = others.some((o) => !isNullable(o) && !allChars(o).intersects(innerChars));
        if (!separated) {
          return `"${repeat.text}" nests the quantifier "${inner.text}" inside a repetition, so the same text can be matched in exponentially many ways.`;
        }
      }
    }
  }
  return undefined;
}

/** Quantifiers that can each stop at many places in one sequence before the cost explodes. */
const MAX_OVERLAPPING_QUANTIFIERS = 2;

function adjacentQuantifierRisk(items: readonly RegexNode[]): string | undefined {
  // Each unbounded quantifier that can also consume what must follow it (`.*` before
  // `foo`) multiplies the work by the line length: `a.*b.*c.*d` is quartic.
  const stoppers = items.filter((item, i): item is Quantified => isLongQuantifier(item) && followingChars(items, i + 1).intersects(allChars(item.body)));
  if (stoppers.length > MAX_OVERLAPPING_QUANTIFIERS) {
    return `${stoppers.map((q) => `"${q.text}"`).join(', ')} can each stop at many places, which takes polynomial time of high degree on long lines.`;
  }
  for (let i = 0; i < items.length; i++) {
    const a = items[i]!;
    if (!isLongQuantifier(a)) continue;
    const aChars = allChars(a.body);
    for (let j = i + 1; j < items.length; j++) {
      const b = items[j]!;
      if (isLongQuantifier(b) && aChars.intersects(allChars(b.body))) {
        return `"${a.text}" and "${b.text}" can match the same characters one after the other, which takes polynomial time on long lines.`;
      }
      if (!isNullable(b)) break;
    }
  }
  return undefined;
}

type Quantified = Extract<RegexNode, { type: 'quantified' }>;

/** The characters the items from `from` on can start with; empty when they can all match nothing. */
function followingChars(items: readonly RegexNode[], from: number): CharSet {
  let acc = CharSet.EMPTY;
  for (let i = from; i < items.length; i++) {
    acc = acc.union(firstChars(items[i]!));
    if (!isNullable(items[i]!)) return acc;
  }
  return CharSet.EMPTY;
}

function isLongQuantifier(n: RegexNode): n is Quantified {
  return n.type === 'quantified' && (n.max === Infinity || n.max - n.min >= UNBOUNDED_WIDTH) && !isNullable(n.body);
}

/** Quantifiers (the node itself or inside it) that match a variable number of times. */
function variableQuantifiers(node: RegexNode): Quantified[] {
  const out: Quantified[] = [];
  const visit = (n: RegexNode) => {
    switch (n.type) {
      case 'quantified':
        if (n.max > n.min && n.max >= 2 && !isNullable(n.body)) out.push(n);
        visit(n.body);
        break;
      case 'group':
        visit(n.body);
        break;
      case 'sequence':
        n.items.forEach(visit);
        break;
      case 'alternation':
        n.branches.forEach(visit);
        break;
      default:
        break;
    }
  };
  visit(node);
  return out;
}

/** Splices plain groups holding a sequence into the parent sequence: `(?:a\w+)b` → `a \w+ b`. */
function flatten(items: readonly RegexNode[]): RegexNode[] {
  const out: RegexNode[] = [];
  for (const item of items) {
    const inner = item.type === 'group' && !item.lookaround ? unwrap(item) : item;
    if (inner.type === 'sequence') out.push(...flatten(inner.items));
    else out.push(inner);
  }
  return out;
}

/** Removes plain groups and one-item sequences around a node. */
function unwrap(node: RegexNode): RegexNode {
  let n = node;
  for (;;) {
    if (n.type === 'group' && !n.lookaround) n = n.body;
    else if (n.type === 'sequence' && n.items.length === 1) n = n.items[0]!;
    else return n;
  }
}

function isNullable(n: RegexNode): boolean {
  switch (n.type) {
    case 'chars':
      return false;
    case 'assertion':
    case 'backreference':
      return true;
    case 'group':
      return n.lookaround || isNullable(n.body);
    case 'sequence':
      return n.items.every(isNullable);
    case 'alternation':
      return n.branches.some(isNullable);
    case 'quantified':
      return n.min === 0 || isNullable(n.body);
  }
}

/** Every character the node can consume, anywhere in what it matches. */
function allChars(n: RegexNode): CharSet {
  return charsOf(n, false);
}

/** The characters the node's match can start with. */
function firstChars(n: RegexNode): CharSet {
  return charsOf(n, true);
}

function charsOf(n: RegexNode, firstOnly: boolean): CharSet {
  switch (n.type) {
    case 'chars':
      return n.set;
    case 'assertion':
      return CharSet.EMPTY;
    case 'backreference':
      return CharSet.ALL;
    case 'group':
      return n.lookaround ? CharSet.EMPTY : charsOf(n.body, firstOnly);
    case 'quantified':
      return charsOf(n.body, firstOnly);
    case 'alternation':
      return n.branches.reduce((acc, b) => acc.union(charsOf(b, firstOnly)), CharSet.EMPTY);
    case 'sequence': {
      let acc = CharSet.EMPTY;
      for (const item of n.items) {
        acc = acc.union(charsOf(item, firstOnly));
        // A match starts within the first item that must consume something.
        if (firstOnly && !isNullable(item)) break;
      }
      return acc;
    }
  }
}

function containsBackreference(n: RegexNode): boolean {
  switch (n.type) {
    case 'backreference':
      return true;
    case 'group':
    case 'quantified':
      return containsBackreference(n.body);
    case 'sequence':
      return n.items.some(containsBackreference);
    case 'alternation':
      return n.branches.some(containsBackreference);
    default:
      return false;
  }
}

function firstOf<T>(list: readonly T[], f: (x: T) => string | undefined): string | undefined {
  for (const x of list) {
    const r = f(x);
    if (r !== undefined) return r;
  }
  return undefined;
}

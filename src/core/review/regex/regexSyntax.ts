/**
 * A small parser for JavaScript regular expressions, just detailed enough for the safety
 * analysis (linearCost.ts): structure (sequences, alternations, groups, quantifiers) and
 * where an atom consumes one character (a literal, `.`, a class, an escape such as `\w`),
 * without which characters: the analysis counts the ways a match can proceed, not what
 * it matches. It expects a pattern that `new RegExp` already accepted, so it does not
 * report syntax errors.
 */

export type RegexNode =
  /** One character (a literal, `.`, a class or a character escape). */
  | { readonly type: 'chars' }
  | { readonly type: 'assertion' }
  | { readonly type: 'backreference' }
  | { readonly type: 'group'; readonly body: RegexNode; readonly lookaround: boolean }
  | { readonly type: 'sequence'; readonly items: readonly RegexNode[] }
  | { readonly type: 'alternation'; readonly branches: readonly RegexNode[] }
  /** `text` is the quantified part as written (`(a+)+`), for messages. */
  | { readonly type: 'quantified'; readonly body: RegexNode; readonly min: number; readonly max: number; readonly text: string };

const CHARACTER: RegexNode = { type: 'chars' };

/** What follows the letter of these escapes: `\p{L}`, `\x41`, `\u0041` or `\u{1F600}`, `\cA` (without it, the letter stands alone). */
const ESCAPE_OPERANDS: ReadonlyMap<string, RegExp> = new Map([
  ['p', /^\{[^}]*\}/],
  ['P', /^\{[^}]*\}/],
  ['x', /^[0-9a-fA-F]{2}/],
  ['u', /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]+\})/],
  ['c', /^[A-Za-z]/],
]);

export function parseRegex(source: string, flags: string): RegexNode {
  return new RegexParser(source, flags.includes('u')).parse();
}

class RegexParser {
  private pos = 0;
  private readonly groupCount: number;
  private readonly hasNamedGroups: boolean;

  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
  ) {
    this.groupCount = (src.match(/\((?!\?)|\(\?<(?![=!])/g) ?? []).length;
    this.hasNamedGroups = /\(\?<(?![=!])/.test(src);
  }

  parse(): RegexNode {
    const node = this.alternation();
    // A stray `)` cannot occur in a pattern RegExp accepted; keep going defensively.
    while (this.pos < this.src.length) {
      this.pos++;
      this.alternation();
    }
    return node;
  }

  private alternation(): RegexNode {
    const branches = [this.sequence()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0]! : { type: 'alternation', branches };
  }

  private sequence(): RegexNode {
    const items: RegexNode[] = [];
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const start = this.pos;
      const atom = this.atom();
      items.push(this.quantifier(atom, start));
    }
    return { type: 'sequence', items };
  }

  private quantifier(atom: RegexNode, start: number): RegexNode {
    const c = this.src[this.pos];
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!m) return atom; // a literal `{` (allowed without the u flag)
      min = +m[1]!;
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : +m[3]!;
      this.pos += m[0].length - 1;
    } else return atom;
    this.pos++;
    if (this.src[this.pos] === '?') this.pos++; // lazy: same worst case
    return { type: 'quantified', body: atom, min, max, text: this.src.slice(start, this.pos) };
  }

  private atom(): RegexNode {
    const c = this.src[this.pos]!;
    this.pos++;
    switch (c) {
      case '^':
      case '$':
        return { type: 'assertion' };
      case '.':
        return CHARACTER;
      case '[':
        this.skipCharacterClass();
        return CHARACTER;
      case '(':
        return this.group();
      case '\\':
        return this.escape();
      default: {
        // With the u flag a character outside the BMP is one atom, as a quantifier after it applies to both halves.
        if (this.src.codePointAt(this.pos - 1)! > 0xffff && this.unicode) this.pos++;
        return CHARACTER;
      }
    }
  }

  private group(): RegexNode {
    let lookaround = false;
    if (this.src[this.pos] === '?') {
      const rest = this.src.slice(this.pos);
      const m = /^\?(?:[=!]|<[=!])/.exec(rest);
      if (m) {
        lookaround = true;
        this.pos += m[0].length;
      } else {
        // `(?:`, `(?<name>`, or inline modifiers such as `(?i:`: skip to the body.
        const named = /^\?<[^>]*>/.exec(rest);
        const other = /^\?[^:)]*:/.exec(rest);
        this.pos += named ? named[0].length : other ? other[0].length : 1;
      }
    }
    const body = this.alternation();
    if (this.src[this.pos] === ')') this.pos++;
    return { type: 'group', body, lookaround };
  }

  private escape(): RegexNode {
    const c = this.src[this.pos];
    if (c === undefined) return CHARACTER;
    if (c === 'b' || c === 'B') {
      this.pos++;
      return { type: 'assertion' };
    }
    if (/[1-9]/.test(c)) {
      const digits = /^\d+/.exec(this.src.slice(this.pos))![0];
      if (+digits <= this.groupCount || this.unicode) {
        this.pos += digits.length;
        return { type: 'backreference' };
      }
    }
    if (c === 'k' && (this.hasNamedGroups || this.unicode)) {
      const m = /^k<[^>]*>/.exec(this.src.slice(this.pos));
      if (m) {
        this.pos += m[0].length;
        return { type: 'backreference' };
      }
    }
    this.skipEscape();
    return CHARACTER;
  }

  /** Steps over an escape (after the backslash), inside or outside a class: one character and the operand some take. */
  private skipEscape(): void {
    const operand = ESCAPE_OPERANDS.get(this.src[this.pos++]!);
    if (operand) this.pos += operand.exec(this.src.slice(this.pos))?.[0].length ?? 0;
  }

  /** Steps over a class (after the `[`); in JavaScript `[]` matches nothing and `[^]` anything, so a `]` right away closes it. */
  private skipCharacterClass(): void {
    if (this.src[this.pos] === '^') this.pos++;
    while (this.pos < this.src.length && this.src[this.pos] !== ']') {
      if (this.src[this.pos++] === '\\' && this.pos < this.src.length) this.skipEscape();
    }
    this.pos++; // the closing `]`
  }
}

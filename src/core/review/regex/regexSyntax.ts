import { CharSet, DIGITS, SPACE, WORD } from './charSet';

/**
 * A small parser for JavaScript regular expressions, just detailed enough for the safety
 * analysis: structure (sequences, alternations, groups, quantifiers) and, for every
 * character-consuming atom, the set of characters it can match. It expects a pattern
 * that `new RegExp` already accepted, so it does not report syntax errors; anything it
 * does not model precisely (Unicode properties, unknown escapes) becomes "any character",
 * which only makes the analysis more cautious.
 */

export type RegexNode =
  | { readonly type: 'chars'; readonly set: CharSet }
  | { readonly type: 'assertion' }
  | { readonly type: 'backreference' }
  | { readonly type: 'group'; readonly body: RegexNode; readonly lookaround: boolean }
  | { readonly type: 'sequence'; readonly items: readonly RegexNode[] }
  | { readonly type: 'alternation'; readonly branches: readonly RegexNode[] }
  /** `text` is the quantified part as written (`(a+)+`), for messages. */
  | { readonly type: 'quantified'; readonly body: RegexNode; readonly min: number; readonly max: number; readonly text: string };

export function parseRegex(source: string, flags: string): RegexNode {
  return new RegexParser(source, flags.includes('i'), flags.includes('u')).parse();
}

class RegexParser {
  private pos = 0;
  private readonly groupCount: number;
  private readonly hasNamedGroups: boolean;

  constructor(
    private readonly src: string,
    private readonly ignoreCase: boolean,
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
        return this.chars(CharSet.ALL);
      case '[':
        return this.chars(this.characterClass());
      case '(':
        return this.group();
      case '\\':
        return this.escape();
      default: {
        const code = this.src.codePointAt(this.pos - 1)!;
        if (code > 0xffff && this.unicode) this.pos++;
        return this.chars(CharSet.char(code));
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
    if (c === undefined) return this.chars(CharSet.char(0x5c));
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
    return this.chars(this.escapedSet());
  }

  /** The set of an escape (after the backslash) inside or outside a class. */
  private escapedSet(): CharSet {
    const c = this.src[this.pos]!;
    this.pos++;
    switch (c) {
      case 'd': return DIGITS;
      case 'D': return DIGITS.complement();
      case 'w': return WORD;
      case 'W': return WORD.complement();
      case 's': return SPACE;
      case 'S': return SPACE.complement();
      case 't': return CharSet.char(9);
      case 'n': return CharSet.char(10);
      case 'v': return CharSet.char(11);
      case 'f': return CharSet.char(12);
      case 'r': return CharSet.char(13);
      case '0': return CharSet.char(0);
      case 'p':
      case 'P': {
        const m = /^\{[^}]*\}/.exec(this.src.slice(this.pos));
        if (m) this.pos += m[0].length;
        return CharSet.ALL;
      }
      case 'x': {
        const m = /^[0-9a-fA-F]{2}/.exec(this.src.slice(this.pos));
        if (!m) return CharSet.char(0x78);
        this.pos += 2;
        return CharSet.char(parseInt(m[0], 16));
      }
      case 'u': {
        const m = /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]+\})/.exec(this.src.slice(this.pos));
        if (!m) return CharSet.char(0x75);
        this.pos += m[0].length;
        return CharSet.char(parseInt(m[0].replace(/[{}]/g, ''), 16));
      }
      case 'c': {
        const letter = this.src[this.pos];
        if (letter && /[A-Za-z]/.test(letter)) {
          this.pos++;
          return CharSet.char(letter.charCodeAt(0) % 32);
        }
        return CharSet.char(0x5c);
      }
      default:
        return CharSet.char(c.codePointAt(0)!);
    }
  }

  private characterClass(): CharSet {
    let negated = false;
    if (this.src[this.pos] === '^') {
      negated = true;
      this.pos++;
    }
    let set = CharSet.EMPTY;
    // In JavaScript `[]` matches nothing and `[^]` anything: a `]` right away closes the class.
    while (this.pos < this.src.length && this.src[this.pos] !== ']') {
      const low = this.classAtom();
      if (this.src[this.pos] === '-' && this.src[this.pos + 1] !== ']' && this.pos + 1 < this.src.length) {
        this.pos++;
        const high = this.classAtom();
        const lo = low.singleCode;
        const hi = high.singleCode;
        set = set.union(lo !== undefined && hi !== undefined ? CharSet.of([lo, hi]) : low.union(high).union(CharSet.char(0x2d)));
      } else {
        set = set.union(low);
      }
    }
    this.pos++; // the closing `]`
    return negated ? set.complement() : set;
  }

  private classAtom(): CharSet {
    const c = this.src[this.pos]!;
    if (c === '\\') {
      this.pos++;
      if (this.src[this.pos] === 'b') {
        this.pos++;
        return CharSet.char(8); // backspace inside a class
      }
      return this.escapedSet();
    }
    const code = this.src.codePointAt(this.pos)!;
    this.pos += code > 0xffff && this.unicode ? 2 : 1;
    return CharSet.char(code);
  }

  private chars(set: CharSet): RegexNode {
    return { type: 'chars', set: this.ignoreCase ? set.withAsciiCaseVariants() : set };
  }
}

import { decline } from './lines';

/**
 * Scalars as `yaml` resolves them with its YAML 1.2 core schema (the default `parseDocument`
 * uses): null and boolean words, decimal integers, everything else a string. Other number
 * forms (floats, hex, octal, infinity) are declined rather than re-implemented.
 */
export function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // Only these first letters can start a null or boolean word; most values skip the comparisons.
  if (c === 126 /* ~ */ || c === 110 /* n */ || c === 78 /* N */ || c === 116 /* t */ || c === 84 /* T */ || c === 102 /* f */ || c === 70 /* F */) {
    switch (s) {
      case '~': case 'null': case 'Null': case 'NULL':
        return null;
      case 'true': case 'True': case 'TRUE':
        return true;
      case 'false': case 'False': case 'FALSE':
        return false;
    }
  }
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) {
    // `yaml` reads decimal integers with parseInt, so so do we (same value for huge ones).
    if (isDecimal(s)) return parseInt(s, 10);
    if (OTHER_NUMBER.test(s)) decline('a number that is not a decimal integer');
  }
  return s;
}

/** `[-+]?[0-9]+`, without a regular expression: most registers' numbers are one digit. */
function isDecimal(s: string): boolean {
  const signed = s.charCodeAt(0) === 43 || s.charCodeAt(0) === 45;
  if (s.length === (signed ? 1 : 0)) return false;
  for (let i = signed ? 1 : 0; i < s.length; i++) {
    const d = s.charCodeAt(i);
    if (d < 48 || d > 57) return false;
  }
  return true;
}

const OTHER_NUMBER = /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

/** Declines a plain key `<<`: a merge key to `yaml` (parseYamlDocument turns them on), which merges another mapping in. */
export function declineMergeKey(text: string, start: number, end: number): void {
  if (end - start === 2 && text.startsWith('<<', start)) decline('a merge key (<<)');
}

/** Characters that may not start a plain scalar (some of them start something else). */
export function isIndicator(c: number): boolean {
  // , [ ] { } # & * ! | > ' " % @ `
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125 || c === 35 || c === 38 || c === 42 || c === 33 ||
    c === 124 || c === 62 || c === 39 || c === 34 || c === 37 || c === 64 || c === 96;
}

/** `-`, `?` or `:` followed by a space (or the end) is an indicator, not the start of a plain scalar. */
export function isIndicatorPair(text: string, at: number, end: number): boolean {
  const c = text.charCodeAt(at);
  if (c !== 45 && c !== 63 && c !== 58) return false;
  return at + 1 === end || text.charCodeAt(at + 1) === 32;
}

export interface Quoted {
  readonly value: string;
  /** Offset just after the closing quote. */
  readonly close: number;
}

/** A single- or double-quoted scalar that closes on its own line; one that spans lines is declined. */
export function readQuoted(text: string, at: number, end: number): Quoted {
  return text.charCodeAt(at) === 39 ? readSingle(text, at, end) : readDouble(text, at, end);
}

function readSingle(text: string, at: number, end: number): Quoted {
  let value = '';
  let from = at + 1;
  for (;;) {
    const q = text.indexOf("'", from);
    if (q === -1 || q >= end) decline('a single-quoted scalar spanning lines');
    value += text.slice(from, q);
    if (text.charCodeAt(q + 1) === 39 && q + 1 < end) {
      value += "'";
      from = q + 2;
      continue;
    }
    return { value, close: q + 1 };
  }
}

const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0', 'a': '\x07', 'b': '\b', 'e': '\x1b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v',
  'N': '\u0085', '_': '\u00a0', 'L': '\u2028', 'P': '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};

function readDouble(text: string, at: number, end: number): Quoted {
  let value = '';
  let from = at + 1;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) return { value: value + text.slice(from, i), close: i + 1 };
    if (c !== 92) continue;
    value += text.slice(from, i);
    const e = text[i + 1];
    if (e === undefined || i + 1 >= end) decline('a line-continuation escape');
    const simple = ESCAPES[e];
    if (simple !== undefined) {
      value += simple;
      i++;
    } else if (e === 'x' || e === 'u') {
      const len = e === 'x' ? 2 : 4;
      const hex = text.slice(i + 2, i + 2 + len);
      if (hex.length !== len || i + 2 + len > end || !/^[0-9a-fA-F]+$/.test(hex)) decline('a malformed escape');
      value += String.fromCodePoint(parseInt(hex, 16));
      i += 1 + len;
    } else {
      decline('an escape the scanner does not read');
    }
    from = i + 1;
  }
  return decline('a double-quoted scalar spanning lines');
}

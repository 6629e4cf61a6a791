/**
 * The line table the fast scanner walks, and the one way it gives up. Anything the
 * scanner is not sure it reads exactly as `yaml` does ends in {@link decline}, and the
 * text is parsed by `yaml` instead: declining is always correct, only slower.
 */

/** Thrown (and caught in `scanSimpleYaml.ts`) when the text leaves the subset the scanner reads. */
export class Declined {
  constructor(readonly reason: string) {}
}

export function decline(reason: string): never {
  throw new Declined(reason);
}

export const BLANK = 0;
export const COMMENT = 1;
export const CONTENT = 2;

export interface Line {
  /** Offset of the first character. */
  readonly start: number;
  /** Offset of the line break (`\r\n` or `\n`), or the end of the text. */
  readonly end: number;
  /** Offset of the next line, or the end of the text. */
  readonly next: number;
  /** Leading spaces. */
  readonly indent: number;
  readonly kind: typeof BLANK | typeof COMMENT | typeof CONTENT;
}

/**
 * Tabs (indentation or not), lone `\r`, control characters and line or byte-order marks
 * inside the text: `yaml` treats each in its own way, and real registers do not use them.
 */
const UNSUPPORTED: readonly string[] = [
  ...Array.from({ length: 0x20 }, (_, c) => String.fromCharCode(c)).filter((c) => c !== '\n' && c !== '\r'),
  '\x7F',
  '\x85',
  '\u2028',
  '\u2029',
  '\uFEFF',
];

/**
 * Whether the text holds any of the characters above. One search per character: the
 * engine looks for a single character far faster than a regular expression tests a class
 * at each position (a 60 KB register: about a third of the time).
 */
function hasUnsupported(text: string): boolean {
  for (const c of UNSUPPORTED) if (text.includes(c)) return true;
  return false;
}

export function splitLines(text: string): Line[] {
  // Two simple tests: one regular expression with a lookahead for lone `\r` is several times slower.
  if (hasUnsupported(text)) decline('tab or control character');
  for (let r = text.indexOf('\r'); r >= 0; r = text.indexOf('\r', r + 1)) if (text.charCodeAt(r + 1) !== 10) decline('a lone carriage return');
  const lines: Line[] = [];
  const n = text.length;
  for (let start = 0; start < n;) {
    const nl = text.indexOf('\n', start);
    const next = nl === -1 ? n : nl + 1;
    const end = nl === -1 ? n : nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    let i = start;
    while (i < end && text.charCodeAt(i) === 32) i++;
    const kind = i === end ? BLANK : text.charCodeAt(i) === 35 /* # */ ? COMMENT : CONTENT;
    if (kind === CONTENT && i === start && isDocumentMarker(text, i, end)) decline('document marker or directive');
    lines.push({ start, end, next, indent: i - start, kind });
    start = next;
  }
  return lines;
}

/** `---`, `...` and `%` directives at the start of a line: several documents, or a header. */
function isDocumentMarker(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 37 /* % */) return true;
  return end - i >= 3 && (text.startsWith('---', i) || text.startsWith('...', i));
}

/** A `- ` (or a lone `-`) at a line's indentation: a block sequence item. */
export function isSeqItem(text: string, line: Line): boolean {
  const at = line.start + line.indent;
  return text.charCodeAt(at) === 45 /* - */ && (at + 1 === line.end || text.charCodeAt(at + 1) === 32);
}

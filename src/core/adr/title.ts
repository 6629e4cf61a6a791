/**
 * Separates a record number and label from a title heading: `7. Use Postgres`,
 * `ADR-0007: Use Postgres`, `ADR 7 - Use Postgres`, `[ADR-007] Use Postgres`,
 * `0007 - Use Postgres`, `A27: xDS`, `TEP-0002: Custom Tasks`, `Aries RFC 0003: Protocols`,
 * `ODH-ADR-MS-0002: MaaS`, `Architecture Decision Record: Use Postgres`. Also takes off what
 * wraps or trails the text and is not part of the title: bold around the whole heading and a
 * `{#anchor}`.
 */
export interface TitleParts {
  /** The number in the prefix. */
  readonly number?: number;
  /** Offsets of the number's digits within the heading text. */
  readonly numberStart?: number;
  readonly numberEnd?: number;
  /** Offsets of the title proper within the heading text. */
  readonly titleStart: number;
  readonly titleEnd: number;
  /** The title as read: Markdown escapes (`\_`, `\*`) resolved. */
  readonly title: string;
}

/** The words that name a record kind, after which a number and a space are enough (`ADR 7 Use Postgres`). */
const RECORD_LABEL = /^(?:adr|rfc|decision)[-_ ]?$/i;
/**
 * An ID: up to three words of letters (`Aries RFC `, `ODH-ADR-MS-`, `A`, `SLEP`) then a number
 * or a placeholder for one (`XXX`). Bounded repeats: the match cannot backtrack far.
 */
const ID = /^\[?((?:[A-Za-z]{1,12}[-_ ]?){0,3}?)#?(\d{1,6}|X{2,6}|x{2,6}|N{2,6}|n{2,6})\]?/;
/** What ends an ID prefix: `.`, `:`, `)`, ` -` (en and em dashes too). */
const ID_END = /^(?:\s*[.:)]|\s+[-–—])(?:\s+|$)|^\s*:/;
const MAY_HOLD_ID = /\d|XX|xx|NN|nn/;
const LONG_LABEL = /^(?:architecture decision record|architectural decision record|decision record)\s*[:\-–—]\s*/i;
const ANCHOR = /^\{#[\w-]+\}$/;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|<>~])/g;

/**
 * @param fileNumber the number the file name gives: a bare number followed by a space only
 * (`23 Logging`) is taken for a prefix in a numbered record (even when copied from another
 * record and so not its own), as it could be a title's first word otherwise (`3 ways to cache`).
 */
export function splitTitle(heading: string, fileNumber?: number): TitleParts {
  let start = 0;
  let end = heading.length;
  const bold = /^(\*\*|__)(?!\s)/.exec(heading);
  if (bold && end > 4 && heading.endsWith(bold[1]!) && !heading.slice(2, -2).includes(bold[1]!)) {
    start = 2;
    end -= 2;
  }
  end = withoutAnchor(heading, start, end);
  while (start < end && /\s/.test(heading[start]!)) start++;
  const body = heading.slice(start, end);
  const prefix = idPrefix(body, fileNumber);
  const titleStart = start + (prefix?.length ?? 0);
  const written = heading.slice(titleStart, end).trimEnd();
  const titleEnd = titleStart + written.length;
  const title = unescapeMarkdown(written);
  // Literals rather than a spread of the first into the second: a spread copies slowly, once per record.
  if (prefix?.number === undefined) return { titleStart, titleEnd, title };
  const numberStart = start + prefix.numberStart;
  return { titleStart, titleEnd, title, number: prefix.number, numberStart, numberEnd: numberStart + prefix.digits.length };
}

function idPrefix(text: string, fileNumber: number | undefined): { length: number; number?: number | undefined; numberStart: number; digits: string } | undefined {
  // Most titles have no ID: a look for a digit or a placeholder near the start spares the regex.
  const id = MAY_HOLD_ID.test(text.slice(0, 48)) ? ID.exec(text) : null;
  if (id) {
    const label = id[1]!;
    const digits = id[2]!;
    const isNumber = /^\d/.test(digits);
    const rest = text.slice(id[0].length);
    const end = ID_END.exec(rest);
    const numberStart = id[0].indexOf(digits, label.length);
    const result = (length: number) => ({ length, numberStart, digits, number: isNumber ? Number(digits) : undefined });
    const bracketed = id[0].startsWith('[') && id[0].endsWith(']');
    if (label && !isIdLabel(label)) return longLabel(text);
    if (end && (label || isNumber)) return result(id[0].length + end[0].length);
    const space = /^\s+/.exec(rest);
    if (space && rest.length > space[0].length) {
      if (bracketed || (label && RECORD_LABEL.test(label))) return result(id[0].length + space[0].length);
      if (!label && isNumber && fileNumber !== undefined) return result(id[0].length + space[0].length);
    }
  }
  return longLabel(text);
}

/** Where the text ends without a trailing `{#anchor}` (found from the end: no regex scan of the whole heading). */
function withoutAnchor(heading: string, start: number, end: number): number {
  const trimmed = heading.slice(start, end).trimEnd();
  if (!trimmed.endsWith('}')) return end;
  const at = trimmed.lastIndexOf('{#');
  return at >= 0 && ANCHOR.test(trimmed.slice(at)) ? start + trimmed.slice(0, at).trimEnd().length : end;
}

function longLabel(text: string): { length: number; numberStart: number; digits: string } | undefined {
  const long = LONG_LABEL.exec(text);
  return long ? { length: long[0].length, numberStart: 0, digits: '' } : undefined;
}

/** An ID's letters end in a capitalised code (`RFC `, `MS-`, `A`) or a record word (`adr-`): `Phase 2:` is a title. */
function isIdLabel(label: string): boolean {
  if (RECORD_LABEL.test(label)) return true;
  const words = label.split(/[-_ ]/).filter(Boolean);
  const last = words[words.length - 1] ?? '';
  return last.length > 0 && last === last.toUpperCase();
}

/** `\_` → `_`, `\*` → `*`: the text a reader sees. */
export function unescapeMarkdown(text: string): string {
  return text.includes('\\') ? text.replace(ESCAPE, '$1') : text;
}

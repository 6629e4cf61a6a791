/**
 * Separates a record number and label from a title heading: `7. Use Postgres`,
 * `ADR-0007: Use Postgres`, `ADR 7 - Use Postgres`, `[ADR-007] Use Postgres`,
 * `0007 - Use Postgres`, `Architecture Decision Record: Use Postgres`.
 */
export interface TitleParts {
  /** The number in the prefix. */
  readonly number?: number;
  /** Offsets of the number's digits within the heading text. */
  readonly numberStart?: number;
  readonly numberEnd?: number;
  /** Offset where the title proper starts within the heading text. */
  readonly titleStart: number;
  readonly title: string;
}

const LABEL = '(?:architecture decision record|architectural decision record|decision record|adr|decision|rfc)';
/** A label with a number: `ADR-0007:`, `[ADR 7]`, `Decision 12 -`. */
const LABELLED_NUMBER = new RegExp(`^\\[?${LABEL}\\s*[-_#]?\\s*(\\d{1,6})\\]?(?:\\s*[.:)|\\-–—]\\s*|\\s+|$)`, 'i');
/** A bare number followed by punctuation: `7.`, `0007 -`, `#12:`. */
const BARE_NUMBER = /^#?(\d{1,6})\s*[.:)\-–—]\s+/;
/**
 * Another project's upper-case ID before a colon: `SLEP004:`, `A27:`, `TEP-0002:`,
 * `ODH-ADR-MS-0002:`. Case-sensitive, so a title that starts with a word and a number
 * ("Python3: ...") keeps it.
 */
const ID_PREFIX = /^[A-Z]{1,10}(?:-[A-Z]{1,10}){0,3}[-_ ]?(\d{1,6})[ \t]*:[ \t]+/;
/** A label without a number: `ADR:`, `Architecture Decision Record:`. */
const LABEL_ONLY = new RegExp(`^${LABEL}\\s*[:\\-–—]\\s*`, 'i');

export function splitTitle(heading: string): TitleParts {
  const labelled = LABELLED_NUMBER.exec(heading) ?? BARE_NUMBER.exec(heading) ?? ID_PREFIX.exec(heading);
  if (labelled) {
    const digits = labelled[1]!;
    const numberStart = labelled[0].indexOf(digits);
    return { number: Number(digits), numberStart, numberEnd: numberStart + digits.length, titleStart: labelled[0].length, title: heading.slice(labelled[0].length).trim() };
  }
  const label = LABEL_ONLY.exec(heading);
  if (label) return { titleStart: label[0].length, title: heading.slice(label[0].length).trim() };
  return { titleStart: 0, title: heading.trim() };
}

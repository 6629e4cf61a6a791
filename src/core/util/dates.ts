import { isoParts, isRealDay, type CivilDate } from './civilDays';

/**
 * The one place that says what a date is. Documents write dates as `YYYY-MM-DD` (risk
 * registers, front matter, `--today`) or as people write them in prose ("Feb 23rd, 2021",
 * "11-April-2023", "2019 Oct 22", "04/07/2023"); everything that checks or reads a date
 * comes here, so `2026-02-31` is refused by the schema, the risk parser, the CLI and the
 * editor alike instead of by some of them.
 */

/** `YYYY-MM-DD` that names a real day (no 2026-02-31, no month 13, a year from 100 on). */
export function isIsoDate(text: string): boolean {
  const parts = isoParts(text);
  return parts !== undefined && isRealDay(parts);
}

/** Whether year, month and day name a real day. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  return isRealDay({ year, month, day });
}

/** `YYYY-MM-DD` for a real day; undefined otherwise. */
export function isoDateOf(year: number, month: number, day: number): string | undefined {
  if (!isCalendarDate(year, month, day)) return undefined;
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** What a piece of text says as a date. */
export interface DateReading {
  /** `YYYY-MM-DD` when the text starts with a real calendar date. */
  readonly value?: string;
  /**
   * Why there is no value: `impossible` (2026-02-31, the parts are there but name no day),
   * `month-only` (2024-01, "January, 2026": too vague to age), `not-a-date` (anything else,
   * placeholders included).
   */
  readonly problem?: 'impossible' | 'month-only' | 'not-a-date';
  /** The date in all-number form with its first two parts both ≤ 12 (`04/07/2023`), read per `dayFirst`. */
  readonly ambiguous?: boolean;
}

export interface DateOptions {
  /**
   * How `04/07/2023` is read: day first (the default, as most of the world and adr-tools'
   * early records wrote it) or month first (US). A part above 12 decides on its own.
   */
  readonly dayFirst?: boolean;
}

/** Markup that may wrap a date: emphasis, code, brackets, quotes (as a set of characters, trimmed by a loop: no regex backtracking). */
const WRAPPING = new Set([...' \t*_`"\'[]()']);
/** What may follow a date in the same value: nothing, or a separator before a remark ("2019-05-13, updated …", "2026-01-04 (v2.0.0)"). */
const END = '(?=$|[\\s,;:(\\[|]|\\.\\s|\\.$)';
const ISO = new RegExp(`^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?${END}`);
const NUMERIC = new RegExp(`^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})${END}`);
const ORDINAL = '(?:st|nd|rd|th)?';
/** "February 12, 2016", "Feb 23rd, 2021", "July 15 2021", "Sep. 5th 2023". */
const MONTH_DAY_YEAR = new RegExp(`^([a-z]{3,9})\\.?\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})${END}`, 'i');
/** "12 Feb 2016", "8 Jun 2024", "11-April-2023", "5th of May, 2020". */
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})${ORDINAL}\\.?(?:\\s+of)?[\\s-]+([a-z]{3,9})\\.?,?[\\s-]+(\\d{4})${END}`, 'i');
/** "2019 Oct 22". */
const YEAR_MONTH_DAY = new RegExp(`^(\\d{4})\\s+([a-z]{3,9})\\.?\\s+(\\d{1,2})${ORDINAL}${END}`, 'i');
/** "2024-01", "January, 2026", "Jan 2024": a month, not a day. */
const MONTH_ONLY = new RegExp(`^(?:\\d{4}[-/]\\d{1,2}|[a-z]{3,9}\\.?,?\\s+\\d{4}|\\d{1,2}[-/]\\d{4})${END}`, 'i');

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * Reads the date a value starts with; a remark after it ("2019-05-13, updated 2020-01-02",
 * "[2022-10-05]", "2026-01-04 (v2.0.0)") is left alone. Two-digit years are 20xx.
 */
export function readDate(raw: string, options: DateOptions = {}): DateReading {
  const text = unwrap(raw);
  let m = ISO.exec(text);
  if (m) return reading(+m[1]!, +m[2]!, +m[3]!);
  m = NUMERIC.exec(text);
  if (m) {
    const a = +m[1]!;
    const b = +m[2]!;
    const year = m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!;
    const ambiguous = a <= 12 && b <= 12 && a !== b;
    const monthFirst = a <= 12 && b > 12 ? true : a > 12 ? false : options.dayFirst === false;
    const r = monthFirst ? reading(year, a, b) : reading(year, b, a);
    return ambiguous && r.value ? { ...r, ambiguous } : r;
  }
  m = MONTH_DAY_YEAR.exec(text);
  if (m && monthOf(m[1]!)) return reading(+m[3]!, monthOf(m[1]!)!, +m[2]!);
  m = DAY_MONTH_YEAR.exec(text);
  if (m && monthOf(m[2]!)) return reading(+m[3]!, monthOf(m[2]!)!, +m[1]!);
  m = YEAR_MONTH_DAY.exec(text);
  if (m && monthOf(m[2]!)) return reading(+m[1]!, monthOf(m[2]!)!, +m[3]!);
  if (MONTH_ONLY.test(text)) return { problem: 'month-only' };
  return { problem: 'not-a-date' };
}

/** All-number dates (`25/04/2022`, `02-19-2019`) and the placeholders templates write for them (`dd/mm/YYYY`). */
const NUMERIC_ANYWHERE = /(?<![\d/.-])(\d{1,2})[-/.](\d{1,2})[-/.]\d{2,4}(?![\d/-]|\.\d)|\b([dm])\3?[-/.]([dm])\4?[-/.]y{2,4}\b/gi;

/**
 * Which way a text writes all-number dates, from the dates in it that can only be read
 * one way (`25/04/2022` is day first, `02-19-2019` month first) or a template's
 * `dd/mm/YYYY`: true for day first, false for month first, undefined when nothing says.
 * For `04/07/2023`, whose reading depends on who wrote it.
 */
export function dayFirstIn(text: string): boolean | undefined {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const m of text.matchAll(NUMERIC_ANYWHERE)) {
    if (m[3] !== undefined) {
      if (m[3].toLowerCase() === 'd' && m[4]!.toLowerCase() === 'm') dayFirst++;
      else if (m[3].toLowerCase() === 'm' && m[4]!.toLowerCase() === 'd') monthFirst++;
    } else if (+m[1]! > 12 && +m[2]! <= 12) dayFirst++;
    else if (+m[2]! > 12 && +m[1]! <= 12) monthFirst++;
  }
  return dayFirst === monthFirst ? undefined : dayFirst > monthFirst;
}

/** The `YYYY-MM-DD` a value starts with, or undefined (see {@link readDate}). */
export function dateValueOf(raw: string, options?: DateOptions): string | undefined {
  return readDate(raw, options).value;
}

/** The month a name or its abbreviation names (`Feb`, `Sept`, `february`); undefined for other words. */
export function monthOf(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w.length < 3) return undefined;
  const i = MONTH_NAMES.findIndex((name) => name.startsWith(w) || (w === 'sept' && name === 'september'));
  return i < 0 ? undefined : i + 1;
}

/** The parts of a `YYYY-MM-DD` date that names a real day. */
export function isoDateParts(text: string): CivilDate | undefined {
  const parts = isoParts(text);
  return parts && isRealDay(parts) ? parts : undefined;
}

function reading(year: number, month: number, day: number): DateReading {
  const value = isoDateOf(year, month, day);
  return value ? { value } : { problem: 'impossible' };
}

function unwrap(raw: string): string {
  let start = 0;
  let end = raw.length;
  while (start < end && WRAPPING.has(raw[start]!)) start++;
  while (end > start && WRAPPING.has(raw[end - 1]!)) end--;
  return raw.slice(start, end);
}

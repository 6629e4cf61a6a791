import type { AdrNamingStyle, RecordFileName } from '../model';
import { parseRecordFileName } from '../naming';

/** The file name a new record gets, and its number (none for date-slug names). */
export interface NewRecordFileName {
  readonly fileName: string;
  readonly number: number | undefined;
}

export interface RecordNameRequest {
  readonly naming: AdrNamingStyle;
  /** Every file name in the folder now (records, templates, images...). */
  readonly existingNames: Iterable<string>;
  readonly slug: string;
  /** `YYYY-MM-DD`, for date-slug names. */
  readonly today: string;
  /** A number the new record must not go below (the index may know records the listing missed). */
  readonly minimumNumber?: number;
}

/**
 * Names a new record like its neighbours: `0007-slug.md`, `ADR-0012-slug.md`,
 * `adr_012_slug.md`, or `20261121-slug.md` in log4brains folders. Numbered names take one
 * more than the highest number in the folder and skip any number already used; date-slug
 * names get `-2`, `-3`... when the same slug was already written that day. Names are
 * compared case-insensitively, as macOS and Windows file systems do.
 */
export function newRecordFileName(request: RecordNameRequest): NewRecordFileName {
  const names = [...request.existingNames];
  const taken = new Set(names.map((n) => n.toLowerCase()));
  const records = names.map(parseRecordFileName).filter((r): r is RecordFileName => r !== undefined);
  const extension = predominant(records.map((r) => r.extension.toLowerCase())) ?? '.md';
  const { naming, slug } = request;

  if (naming.style === 'date-slug') {
    const dashedDates = records.filter((r) => r.style === 'date-slug' && /^\d{4}-/.test(r.baseName)).length;
    const compactDates = records.filter((r) => r.style === 'date-slug').length - dashedDates;
    const date = dashedDates > compactDates ? request.today : request.today.replace(/-/g, '');
    let fileName = `${date}-${slug}${extension}`;
    for (let n = 2; taken.has(fileName.toLowerCase()); n++) fileName = `${date}-${slug}-${n}${extension}`;
    return { fileName, number: undefined };
  }

  const usedNumbers = new Set(records.flatMap((r) => (r.number === undefined ? [] : [r.number])));
  let number = Math.max(request.minimumNumber ?? 1, 1 + Math.max(0, ...usedNumbers));
  const separator = naming.style === 'prefixed' ? separatorOf(records, naming.prefix) : '-';
  const format = (n: number) => `${naming.prefix}${String(n).padStart(naming.padding, '0')}${separator}${slug}${extension}`;
  while (usedNumbers.has(number) || taken.has(format(number).toLowerCase())) number++;
  return { fileName: format(number), number };
}

/** The character after the number in prefixed names (`ADR-0001-x`, `adr_001_x`); `-` by default. */
function separatorOf(records: readonly RecordFileName[], prefix: string): string {
  const seen = records
    .filter((r) => r.style === 'prefixed' && r.prefix === prefix && r.slug)
    .map((r) => r.baseName.charAt(r.prefix.length + (r.digits ?? '').length));
  const sep = predominant(seen);
  return sep === '_' || sep === '-' ? sep : '-';
}

function predominant(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}

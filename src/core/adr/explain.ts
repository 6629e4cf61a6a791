import type { Range } from '../model/text';
import type { AdrField, DecisionRecord, FieldOrigin } from './model';
import { statusTextOf } from './status';

/**
 * Where each of a record's fields was read from, for `techlead adr list --explain`: when a
 * title, status or date is not what someone expects, this says which line of the file the
 * toolkit believed, and what kind of place that was.
 */
export interface FieldExplanation {
  readonly field: 'number' | 'title' | 'status' | 'date';
  /** The value as the toolkit uses it (`accepted`, `2024-03-15`); undefined when it could not be read. */
  readonly value: string | undefined;
  /** The text the value was read from. */
  readonly written: string | undefined;
  /** 1-based line; undefined for values from the file name. */
  readonly line: number | undefined;
  /** Where in the file the value was read (what the editor selects); undefined for values from the file name. */
  readonly range: Range | undefined;
  readonly source: string;
}

const SOURCES: Readonly<Record<FieldOrigin, string>> = {
  'file-name': 'file name',
  heading: 'heading',
  'front-matter': 'front matter',
  bullet: 'field line',
  line: 'field line',
  table: 'table',
  section: 'section',
  changelog: 'changelog',
};

export function explainRecord(record: DecisionRecord): FieldExplanation[] {
  const out: FieldExplanation[] = [];
  const add = (field: FieldExplanation['field'], f: AdrField<unknown> | undefined, value: string | undefined, written: string | undefined) => {
    if (!f) return;
    const inText = f.origin !== 'file-name';
    out.push({ field, value, written, line: inText ? f.range.start.line + 1 : undefined, range: inText ? f.range : undefined, source: SOURCES[f.origin] });
  };
  add('number', record.number, record.number ? String(record.number.value) : undefined, record.number?.raw);
  add('title', record.title, record.title?.value, record.title?.raw);
  add('status', record.status, record.status?.value, record.status ? statusTextOf(record.status.raw) : undefined);
  if (!record.status && record.statusPlaceholder) {
    const p = record.statusPlaceholder;
    out.push({ field: 'status', value: undefined, written: record.text.slice(p.start, p.end), line: p.range.start.line + 1, range: p.range, source: 'template placeholder' });
  }
  add('date', record.date, record.date?.value, record.date?.raw);
  return out;
}

import type { TextEdit } from '../../model/text';
import { insertLines } from '../edits/textInsert';
import { meaningOfKey, type MetadataKey } from '../metadataKeys';
import type { DecisionRecord, Located } from '../model';
import { yamlScalar } from './wording';

/**
 * Sets a front-matter field to `value`: in place when the front matter writes it under a
 * key of its own, as a key of its own when the value was reached through a merge
 * (`<<: *defaults`). Rewriting the anchor's value would change every mapping that merges
 * it, and the anchor's own key with it; a key in the record's mapping overrides the merge.
 */
export function setFrontMatterField(record: DecisionRecord, field: MetadataKey, span: Pick<Located, 'start' | 'end'>, value: string): TextEdit {
  if (ownKeyHolds(record, field, span)) return replaceFrontMatterScalar(record, span, value);
  return insertLines(record, record.frontMatter!.content.end, [`${field}: ${yamlScalar(value)}`]);
}

/**
 * Whether a key of the record's own mapping that names `field` holds the value at `span`.
 * A key brought in by a merge is listed with the spans it has where the anchor writes it,
 * inside another key's value.
 */
function ownKeyHolds(record: DecisionRecord, field: MetadataKey, span: Pick<Located, 'start' | 'end'>): boolean {
  const entries = Object.entries(record.frontMatter?.entries ?? {});
  const within = (inner: Pick<Located, 'start' | 'end'>, outer: Pick<Located, 'start' | 'end'>) => outer.start <= inner.start && inner.end <= outer.end;
  return entries.some(([key, entry]) => {
    const meaning = meaningOfKey(key);
    if (meaning === undefined || !('field' in meaning) || meaning.field !== field || !within(span, entry.value)) return false;
    return !entries.some(([, other]) => other !== entry && within(entry.key, other.value));
  });
}

/**
 * Replaces a front-matter scalar's value and nothing else: inside its quotes when it was
 * quoted (in the same quote style), as a plain scalar when it can be one, double-quoted
 * otherwise. Comments and the other keys keep every byte.
 */
export function replaceFrontMatterScalar(record: DecisionRecord, span: Pick<Located, 'start' | 'end'>, value: string): TextEdit {
  const text = record.text;
  const before = text.charAt(span.start - 1);
  const after = text.charAt(span.end);
  if (before === '"' && after === '"') return { start: span.start, end: span.end, newText: JSON.stringify(value).slice(1, -1) };
  if (before === "'" && after === "'") return { start: span.start, end: span.end, newText: value.replace(/'/g, "''") };
  return { start: span.start, end: span.end, newText: yamlScalar(value) };
}

import type { TextEdit } from '../../model/text';
import { insertLines } from '../edits/textInsert';
import type { DecisionRecord, Located } from '../model';
import { yamlScalar } from './wording';

/**
 * Sets the front-matter value at `span` to `value`: in place when a key of the record's own
 * mapping writes it, as a key of its own (under the same name) when the value was reached
 * through a merge (`<<: *defaults`). Rewriting the anchor's value would change every mapping
 * that merges it, and the anchor's own key with it; a key in the record's mapping overrides
 * the merge.
 */
export function setFrontMatterValue(record: DecisionRecord, span: Pick<Located, 'start' | 'end'>, value: string): TextEdit {
  const merged = mergedKeyHolding(record, span);
  if (merged === undefined) return replaceFrontMatterScalar(record, span, value);
  return insertLines(record, record.frontMatter!.content.end, [`${merged}: ${yamlScalar(value)}`]);
}

/**
 * The key that holds the value at `span` when a merge brought it into the record's mapping,
 * else undefined. The holder is the entry with the narrowest value around `span`; a merged
 * one is listed with the spans it has where the anchor writes it, inside another key's value.
 */
function mergedKeyHolding(record: DecisionRecord, span: Pick<Located, 'start' | 'end'>): string | undefined {
  const entries = Object.entries(record.frontMatter?.entries ?? {});
  const within = (inner: Pick<Located, 'start' | 'end'>, outer: Pick<Located, 'start' | 'end'>) => outer.start <= inner.start && inner.end <= outer.end;
  const holders = entries.filter(([, entry]) => within(span, entry.value));
  if (holders.length === 0) return undefined;
  const [key, holder] = holders.reduce((a, b) => (b[1].value.end - b[1].value.start < a[1].value.end - a[1].value.start ? b : a));
  return entries.some(([, other]) => other !== holder && within(holder.key, other.value)) ? key : undefined;
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

import type { TextEdit } from '../../model/text';
import type { DecisionRecord, Located } from '../model';
import { yamlScalar } from './wording';

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

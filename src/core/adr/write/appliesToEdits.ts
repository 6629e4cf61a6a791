import type { TextEdit } from '../../model/text';
import { insertLines } from '../edits/textInsert';
import type { DecisionRecord } from '../model';

/**
 * Writes `applies-to` into a record in its own style: a front-matter list in records with
 * front matter, else an `Applies to:` metadata line (a bullet among bullets) after the
 * date or with the other metadata lines. The parser reads either back as the same globs.
 */
export function appliesToEdits(record: DecisionRecord, globs: readonly string[]): TextEdit[] {
  if (globs.length === 0 || record.appliesTo.length > 0) return [];
  const layout = record.metadata;
  if (layout.style === 'front-matter' && record.frontMatter?.valid) {
    // Double-quoted YAML strings: `!src/x/` or `*.ts` would mean something else unquoted.
    return [insertLines(record, layout.insertAt, ['applies-to:', ...globs.map((g) => `  - ${JSON.stringify(g)}`)])];
  }
  const value = `Applies to: ${globs.join(', ')}`;
  const date = record.date;
  if (date && (date.origin === 'line' || date.origin === 'bullet')) {
    const lineEnd = record.text.indexOf('\n', date.end);
    const at = lineEnd < 0 ? record.text.length : lineEnd + 1;
    const bullet = date.origin === 'bullet' ? `${layout.bulletMarker ?? '*'} ` : '';
    return [insertLines(record, at, [`${bullet}${value}`])];
  }
  if (layout.style === 'bullets') return [insertLines(record, layout.insertAt, [`${layout.bulletMarker ?? '*'} ${value}`])];
  return [insertLines(record, layout.insertAt, [value])];
}

import type { DecisionRecord } from '../model';

const CONTEXT_SECTION_KEYS = new Set(['context', 'context and problem statement', 'problem statement', 'background']);

/**
 * Where the caret goes in a new record: the first line of text in its Context section
 * (the first section when there is no such heading), so the author starts writing where a
 * record starts. The end of the title line when there are no sections.
 */
export function cursorOffset(record: DecisionRecord): number {
  const section = record.sections.find((s) => CONTEXT_SECTION_KEYS.has(s.key)) ?? record.sections[0];
  if (!section) return record.heading?.line.end ?? 0;
  const body = record.text.slice(section.body.start, section.body.end);
  const firstText = /\S/.exec(body);
  if (!firstText) return section.body.start;
  return section.body.start + body.lastIndexOf('\n', firstText.index) + 1;
}

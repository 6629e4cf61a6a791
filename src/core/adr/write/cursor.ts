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

/**
 * What a new record's editor selects: the first paragraph of its Context section (the
 * first section when there is none), which in a template is the guidance telling the
 * author what to write there, so typing replaces it. A caret where {@link cursorOffset}
 * puts it when the section is empty.
 */
export function placeholderSelection(record: DecisionRecord): { readonly start: number; readonly end: number } {
  const section = record.sections.find((s) => CONTEXT_SECTION_KEYS.has(s.key)) ?? record.sections[0];
  const caret = cursorOffset(record);
  if (!section) return { start: caret, end: caret };
  const body = record.text.slice(section.body.start, section.body.end);
  const firstText = /\S/.exec(body);
  if (!firstText) return { start: caret, end: caret };
  // The paragraph ends at a blank line (CRLF or LF) or where the section does.
  const blank = /\r?\n[ \t]*\r?\n/g;
  blank.lastIndex = firstText.index;
  const paragraphEnd = blank.exec(body)?.index ?? body.length;
  const paragraph = body.slice(firstText.index, paragraphEnd).trimEnd();
  const start = section.body.start + firstText.index;
  return { start, end: start + paragraph.length };
}

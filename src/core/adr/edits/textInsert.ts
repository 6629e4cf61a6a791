import type { TextEdit } from '../../model/text';
import type { DecisionRecord } from '../model';

/**
 * Inserts whole lines at a line start (`at`), in the record's own line endings. When `at`
 * is the end of a file without a final line break, one is added first so the new lines
 * do not run into the last one.
 */
export function insertLines(record: DecisionRecord, at: number, lines: readonly string[]): TextEdit {
  const eol = record.eol;
  const text = record.text;
  const needsBreak = at > 0 && at === text.length && !text.endsWith('\n');
  return { start: at, end: at, newText: `${needsBreak ? eol : ''}${lines.join(eol)}${eol}` };
}

/** Inserts lines as a paragraph of their own: blank lines around them unless there already are. */
export function insertParagraph(record: DecisionRecord, at: number, lines: readonly string[]): TextEdit {
  const out = [...lines];
  if (!blankLineBefore(record, at)) out.unshift('');
  if (!blankLineAt(record, at)) out.push('');
  return insertLines(record, at, out);
}

/** Whether the line before `at` is blank (or `at` is the start of the file). */
export function blankLineBefore(record: DecisionRecord, at: number): boolean {
  const before = record.text.slice(0, at).replace(/\r?\n$/, '');
  return before === '' || /\n[ \t]*$/.test(before);
}

/** Whether the line starting at `at` is blank or there is none. */
export function blankLineAt(record: DecisionRecord, at: number): boolean {
  const rest = record.text.slice(at);
  return rest === '' || /^[ \t]*\r?\n/.test(rest);
}

/** A path from one folder to a file, for a Markdown link (`0009-x.md`, `../adr/0009-x.md`). */
export function relativeHref(fromFolder: string, toPath: string): string {
  const from = fromFolder ? fromFolder.split('/') : [];
  const to = toPath.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const ups = from.length - common;
  const href = [...Array<string>(ups).fill('..'), ...to.slice(common)].join('/');
  return href.replace(/ /g, '%20');
}

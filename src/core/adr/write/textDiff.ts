import type { TextEdit } from '../../model/text';

/**
 * The one edit that turns `before` into `after`: the span between their common start and
 * common end. Used when a change is planned in steps on a record (add a status, then link
 * it), so the front end still gets edits against the text it has, with every byte outside
 * the changed span untouched.
 */
export function editBetween(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return [{ start, end: before.length - end, newText: after.slice(start, after.length - end) }];
}

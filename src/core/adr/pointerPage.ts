import type { DecisionRecord, RecordFileName } from './model';

/** A heading's underline (setext) or a thematic break: layout, not text a reader reads. */
const RULE_LINE = /^\s{0,3}(?:=+|(?:[-*_][ \t]*){3,})\s*$/;
const ATX_HEADING = /^\s{0,3}#{1,6}(?:\s|$)/;

/**
 * Whether a file named like a record is a pointer page: an index or a "moved to" note
 * kept in the slot before the series (number 0: `000-PENDING-…md`, `0000-index.md`),
 * whose text mostly sends the reader on to other records of its folder. Such a page has
 * a title and may carry `Status:`/`Date:` lines, but the decisions live elsewhere, so it
 * is not listed as a record.
 *
 * Mostly links: the lines with a link to another record are at least as many as the
 * lines of text without one (headings, metadata lines and rules are not counted). A
 * record numbered 0 that argues its decision (the usual "use ADRs" record, even one
 * named `000-index.md`) has paragraphs of text and stays a record; so does a sign-post
 * record numbered in the series whose decision is kept elsewhere.
 * @param isOtherRecord whether a workspace path is another record of the page's folder.
 */
export function isPointerPage(record: DecisionRecord, isOtherRecord: (path: string) => boolean): boolean {
  if (!record.fileNameInfo || !mayBePointerPage(record.fileNameInfo)) return false;
  const linkLines = new Set<number>();
  for (const r of record.references) if (r.path !== record.path && isOtherRecord(r.path)) linkLines.add(r.range.start.line);
  for (const l of record.links) {
    const path = l.target.path;
    if (path !== undefined && path !== record.path && isOtherRecord(path)) linkLines.add(l.target.range.start.line);
  }
  if (linkLines.size === 0) return false;

  const skipped = new Set<number>();
  const skip = (from: number, to: number) => {
    for (let l = from; l <= to; l++) skipped.add(l);
  };
  if (record.frontMatter) skip(record.frontMatter.block.range.start.line, record.frontMatter.block.range.end.line);
  if (record.heading) skip(record.heading.line.range.start.line, record.heading.line.range.end.line);
  if (record.metadata.block) skip(record.metadata.block.range.start.line, record.metadata.block.range.end.line);
  for (const s of record.sections) skip(s.heading.range.start.line, s.heading.range.end.line);

  let textLines = 0;
  const lines = record.text.split(/\r?\n/);
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l]!;
    if (linkLines.has(l) || skipped.has(l) || !line.trim() || RULE_LINE.test(line) || ATX_HEADING.test(line)) continue;
    // Only the count matters: past the links' count the page is a record whatever follows.
    if (++textLines > linkLines.size) return false;
  }
  return true;
}

/** Whether a record-like name is in the slot pointer pages are kept in (number 0), so its text is worth a look. */
export function mayBePointerPage(name: RecordFileName): boolean {
  return name.number === 0;
}

import { rstTitleLines, rstTitleStyleOf, sameTitleStyle, type RstTitleStyle } from '../../text/rstWrite';
import type { DecisionRecord } from '../model';

/**
 * What fixes write into reStructuredText records instead of Markdown. Titles and section
 * headings are adorned so they read at the right level: rst levels come from the order
 * adornment styles first appear, so a new section copies the style of the record's
 * sections, and a new title takes one they do not use.
 */

const SECTION_DEFAULT: RstTitleStyle = { char: '-', overline: false };
const TITLE_CANDIDATES: readonly RstTitleStyle[] = [
  { char: '=', overline: true },
  { char: '#', overline: true },
  { char: '*', overline: true },
];

/** Lines of a new section heading `name`, in the style of the record's sections. */
export function rstSectionLines(record: DecisionRecord, name: string): string[] {
  const first = record.sections[0];
  const style = (first && rstTitleStyleOf(record.text.slice(first.heading.start, first.heading.end))) ?? SECTION_DEFAULT;
  return rstTitleLines(name, style);
}

/** Lines of a new document title, in a style none of the record's sections uses. */
export function rstDocumentTitleLines(record: DecisionRecord, title: string): string[] {
  const used = record.sections.map((s) => rstTitleStyleOf(record.text.slice(s.heading.start, s.heading.end)));
  const style = TITLE_CANDIDATES.find((c) => !used.some((u) => u && sameTitleStyle(u, c))) ?? TITLE_CANDIDATES[TITLE_CANDIDATES.length - 1]!;
  return rstTitleLines(title, style);
}

/** Whether the record keeps its metadata in an rst field list (`:Status: Accepted`). */
export function hasRstFieldList(record: DecisionRecord): boolean {
  const block = record.metadata.block;
  return record.metadata.style === 'lines' && block !== undefined && record.text.charCodeAt(block.start) === 58 /* : */;
}

/**
 * How an rst record names another in a relation: its id ("ADR-0026") or slug, as plain
 * text. A Markdown link would show as written; an rst `:doc:` link needs the Sphinx
 * project's layout, which a record does not tell. The parser reads the id back.
 */
export function rstRecordReference(to: DecisionRecord): string {
  return to.number !== undefined ? to.id : to.fileNameInfo?.baseName ?? to.slug;
}

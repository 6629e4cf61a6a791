import { editOf, type Fix } from '../../model/findings';
import type { DecisionRecord } from '../model';
import { rstDocumentTitleLines } from '../edits/rstEdits';
import { insertLines } from '../edits/textInsert';
import { isReStructuredText } from '../../text/rstStructure';
import { recordAnchor, type AdrRule } from './ruleSupport';

/** A record needs a title: a level-1 heading (or front matter `title` when the body has none). */
export const missingTitle: AdrRule = {
  id: 'adr/missing-title',
  kind: 'decision',
  description: 'The record has no title: no level-1 heading with text, and no front matter "title".',
  defaultSeverity: 'error',
  check(record, context) {
    if (record.title) return;
    const fix = titleFix(record);
    context.report({
      message: record.heading
        ? 'The title heading has no text after the record number.'
        : isReStructuredText(record.path)
          ? 'The record has no title: add one at the top, over- and underlined ("=====").'
          : 'The record has no title: add a level-1 heading ("# Use PostgreSQL for storage") at the top.',
      range: recordAnchor(record),
      ...(fix ? { fixes: [fix] } : {}),
    });
  },
};

/** Proposes a title made from the file name ("0007-use-postgres.md" → "Use postgres"). */
function titleFix(record: DecisionRecord): Fix | undefined {
  const words = titleFromSlug(record);
  if (!words) return undefined;
  if (record.heading) {
    const at = record.heading.text.start;
    const needsSpace = !/\s$/.test(record.text.slice(record.heading.line.start, at));
    return { title: `Use "${words}" as the title`, changes: [editOf(record, [{ start: at, end: at, newText: `${needsSpace ? ' ' : ''}${words}` }])] };
  }
  const at = record.frontMatter ? Math.min(record.text.length, record.frontMatter.block.end + record.eol.length) : 0;
  const title = isReStructuredText(record.path) ? rstDocumentTitleLines(record, words) : [`# ${words}`];
  return { title: `Add the title "${words}"`, changes: [editOf(record, [insertLines(record, at, [...title, ''])])] };
}

function titleFromSlug(record: DecisionRecord): string | undefined {
  const slug = record.fileNameInfo?.style === 'date-slug' ? record.slug.replace(/^\d{4}-?\d{2}-?\d{2}[-_]?/, '') : record.slug;
  const words = slug.replace(/[-_]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : undefined;
}

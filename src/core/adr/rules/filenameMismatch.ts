import type { DecisionRecord } from '../model';
import type { AdrRule } from './ruleSupport';
import { editOf } from '../../model/findings';

/**
 * The file name and the heading disagree: the number (`0007-…md` titled `# 8. …`), or the
 * words (`0003-use-mysql.md` titled "Use PostgreSQL"), usually after a copy or a rename.
 */
export const filenameMismatch: AdrRule = {
  id: 'adr/filename-mismatch',
  kind: 'decision',
  description: 'The number or the words in the file name disagree with the title heading.',
  defaultSeverity: 'warning',
  check(record, context) {
    const fileNumber = record.fileNameInfo?.number;
    const headingNumber = record.heading?.number;
    if (fileNumber !== undefined && headingNumber && headingNumber.value !== fileNumber) {
      const digits = headingNumber.raw.length > 1 && headingNumber.raw.startsWith('0') ? String(fileNumber).padStart(headingNumber.raw.length, '0') : String(fileNumber);
      context.report({
        message: `The file name says number ${fileNumber}, the heading says ${headingNumber.value}.`,
        range: headingNumber.range,
        fixes: [{ title: `Change the heading number to ${digits}`, isPreferred: true, changes: [editOf(record, [{ start: headingNumber.start, end: headingNumber.end, newText: digits }])] }],
      });
    }
    const slug = fileSlugWords(record);
    if (record.title?.origin === 'heading' && slug.length > 0 && !titleMatchesSlug(record.title.value, slug)) {
      context.report({ message: `The file name ("${record.fileName}") does not match the title "${record.title.value}".`, range: record.title.range });
    }
  },
};

function fileSlugWords(record: DecisionRecord): string[] {
  const info = record.fileNameInfo;
  if (!info) return [];
  const slug = info.style === 'date-slug' ? info.slug.replace(/^\d{4}-?\d{2}-?\d{2}[-_]?/, '') : info.slug;
  return words(splitCamelCase(slug));
}

/** `ExceptionMarkerInterface`, `APIKeyEncryption`: file names that glue capitalised words are read word by word. */
function splitCamelCase(s: string): string {
  // Nearly every slug is lower case: nothing to split.
  if (!/\p{Lu}/u.test(s)) return s;
  return s.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2');
}

/**
 * Lenient: the same letters ignoring punctuation ("meta-data" / "metadata") match, and so
 * does a title that shares at least half of the file name's words (or their beginnings).
 */
function titleMatchesSlug(title: string, slugWords: readonly string[]): boolean {
  const titleWords = words(title);
  if (titleWords.join('') === slugWords.join('')) return true;
  const significant = slugWords.filter((w) => w.length > 2);
  const wanted = significant.length > 0 ? significant : slugWords;
  const found = wanted.filter((w) => titleWords.some((t) => t.startsWith(w) || (t.length > 2 && w.startsWith(t)))).length;
  return found * 2 >= wanted.length;
}

function words(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

import { LineIndex } from '../text/lineIndex';
import { scanStructure, stripHtmlComments } from '../text/markdownStructure';
import { isReStructuredText, scanRstStructure } from '../text/rstStructure';
import type { DecisionRecord } from './model';

const CONTEXT_SECTIONS = new Set(['context', 'context and problem statement', 'problem statement', 'background', 'context and problem']);
const SUMMARY_LINES = 3;
const SUMMARY_CHARS = 280;

/**
 * The first lines of a record's Context section, for tooltips: up to three lines of
 * prose, without code blocks, HTML comments or sub-headings, cut to 280 characters.
 * Worked out when asked, not kept per record: tooltips, hovers and completion details are
 * made for the one record the user is on, and 10,000 kept summaries would be 2 MB.
 */
export function contextSummaryOf(record: DecisionRecord): string | undefined {
  const context = record.sections.find((s) => CONTEXT_SECTIONS.has(s.key));
  if (!context) return undefined;
  // A section starts outside any code block or comment (a heading inside one is not a
  // heading), so its body can be scanned on its own.
  const lines = new LineIndex(record.text.slice(context.body.start, context.body.end));
  const rst = isReStructuredText(record.path);
  const { skipped, headings } = rst ? scanRstStructure(lines, 0) : scanStructure(lines, 0);
  // Prose ends at the first sub-heading: a line starting with `#`, or an rst title.
  const end = rst && headings.length > 0 ? headings[0]!.firstLine ?? headings[0]!.line : lines.lineCount;
  const parts: string[] = [];
  for (let l = 0; l < end && parts.length < SUMMARY_LINES; l++) {
    if (skipped[l]) continue;
    const line = (rst ? lines.lineText(l) : stripHtmlComments(lines.lineText(l))).trim();
    if (!line) continue;
    if (!rst && line.startsWith('#')) break;
    parts.push(line);
  }
  const summary = parts.join(' ');
  return summary.length > SUMMARY_CHARS ? `${summary.slice(0, SUMMARY_CHARS - 1).trimEnd()}…` : summary || undefined;
}

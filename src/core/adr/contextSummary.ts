import { LineIndex } from '../text/lineIndex';
import { scanStructure, stripHtmlComments } from '../text/markdownStructure';
import { isReStructuredText, scanRstStructure } from '../text/rstStructure';
import type { DecisionRecord } from './model';

const CONTEXT_SECTIONS = new Set(['context', 'context and problem statement', 'problem statement', 'background', 'context and problem']);
const SUMMARY_LINES = 3;
const SUMMARY_CHARS = 280;
/** Lists read as lists: an excerpt may hold a few more lines when they are list items. */
const EXCERPT_LINES = 6;

/** A line of a Context excerpt; `listMarker` (`-`, `*`, `1.`) when it is a list item. */
export interface ExcerptLine {
  readonly text: string;
  readonly listMarker?: string;
}

/**
 * The first lines of a record's Context section, for tooltips: up to three lines of
 * prose, without code blocks, HTML comments or sub-headings, cut to 280 characters.
 * Worked out when asked, not kept per record: tooltips, hovers and completion details are
 * made for the one record the user is on, and 10,000 kept summaries would be 2 MB.
 */
export function contextSummaryOf(record: DecisionRecord): string | undefined {
  const summary = contextLines(record, SUMMARY_LINES).map((l) => l.text).join(' ');
  return summary.length > SUMMARY_CHARS ? `${summary.slice(0, SUMMARY_CHARS - 1).trimEnd()}…` : summary || undefined;
}

/**
 * The same start of the Context section line by line, list items marked, so a tooltip
 * can show a list as a list rather than run its items together. At most 280 characters
 * of text; the line that reaches the limit is cut with "…".
 */
export function contextExcerptOf(record: DecisionRecord): ExcerptLine[] {
  const out: ExcerptLine[] = [];
  let budget = SUMMARY_CHARS;
  for (const { text: line, indented } of contextLines(record, EXCERPT_LINES)) {
    if (budget <= 0) break;
    const item = /^([-*+]|\d{1,9}[.)])\s+(.*)$/.exec(line);
    const previous = out[out.length - 1];
    let text = item ? item[2]! : line;
    // An indented line after an item continues that item.
    if (!item && indented && previous?.listMarker) text = `${previous.text} ${text}`;
    if (text.length > budget) text = `${text.slice(0, Math.max(budget - 1, 0)).trimEnd()}…`;
    if (!item && indented && previous?.listMarker) {
      budget -= text.length - previous.text.length;
      out[out.length - 1] = { text, listMarker: previous.listMarker };
      continue;
    }
    if (text.length > budget) text = `${text.slice(0, Math.max(budget - 1, 0)).trimEnd()}…`;
    budget -= text.length;
    out.push(item ? { text, listMarker: item[1]! } : { text });
  }
  return out;
}

/** Up to `max` non-blank lines of the Context section's prose, trimmed; `indented` when they were. */
function contextLines(record: DecisionRecord, max: number): { text: string; indented: boolean }[] {
  const context = record.sections.find((s) => CONTEXT_SECTIONS.has(s.key));
  if (!context) return [];
  // A section starts outside any code block or comment (a heading inside one is not a
  // heading), so its body can be scanned on its own.
  const lines = new LineIndex(record.text.slice(context.body.start, context.body.end));
  const rst = isReStructuredText(record.path);
  const { skipped, headings } = rst ? scanRstStructure(lines, 0) : scanStructure(lines, 0);
  // Prose ends at the first sub-heading: a line starting with `#`, or an rst title.
  const end = rst && headings.length > 0 ? headings[0]!.firstLine ?? headings[0]!.line : lines.lineCount;
  const parts: { text: string; indented: boolean }[] = [];
  for (let l = 0; l < end && parts.length < max; l++) {
    if (skipped[l]) continue;
    const raw = rst ? lines.lineText(l) : stripHtmlComments(lines.lineText(l));
    const line = raw.trim();
    if (!line) continue;
    if (!rst && line.startsWith('#')) break;
    parts.push({ text: line, indented: /^\s/.test(raw) });
  }
  return parts;
}

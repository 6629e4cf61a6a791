import type { LineIndex } from '../text/lineIndex';

/**
 * The line-level structure of a Markdown record: its headings, and which lines are code
 * or HTML comments (where nothing is metadata). A scan of lines, not a Markdown AST:
 * records are small but there may be ten thousand of them.
 */
export interface HeadingLine {
  readonly level: number;
  readonly line: number;
  /** Heading text without `#` markers, closing hashes or HTML comments. */
  readonly text: string;
  /** Offset of `text` in the record. */
  readonly textStart: number;
}

export interface BodyStructure {
  readonly headings: readonly HeadingLine[];
  /** 1 for lines inside fenced code blocks (fences included) or multi-line HTML comments. */
  readonly skipped: Uint8Array;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const SETEXT_H1 = /^ {0,3}=+[ \t]*$/;
const SETEXT_H2 = /^ {0,3}-+[ \t]*$/;
/** Lines that cannot be the text of a setext heading (list items, tables, quotes, headings). */
const NOT_PARAGRAPH = /^\s*(?:[*+-]\s|\d+[.)]\s|\||>|#|<)/;

export function scanStructure(lines: LineIndex, startLine: number): BodyStructure {
  const count = lines.lineCount;
  const skipped = new Uint8Array(count);
  const headings: HeadingLine[] = [];
  let fence: string | undefined;
  let inComment = false;
  for (let l = startLine; l < count; l++) {
    const text = lines.lineText(l);
    if (fence !== undefined) {
      skipped[l] = 1;
      const close = FENCE.exec(text);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length && text.trim() === close[1]) fence = undefined;
      continue;
    }
    if (inComment) {
      skipped[l] = 1;
      if (text.includes('-->')) inComment = false;
      continue;
    }
    const open = FENCE.exec(text);
    if (open) {
      fence = open[1]!;
      skipped[l] = 1;
      continue;
    }
    const trimmed = text.trimStart();
    if (trimmed.startsWith('<!--') && !trimmed.includes('-->')) {
      inComment = true;
      skipped[l] = 1;
      continue;
    }
    const atx = ATX_HEADING.exec(text);
    if (atx) {
      headings.push(heading(atx[1]!.length, l, text, atx[0].length, lines));
      continue;
    }
    const next = l + 1 < count ? lines.lineText(l + 1) : '';
    const isParagraphLine = trimmed !== '' && !NOT_PARAGRAPH.test(text) && (l === startLine || lines.lineText(l - 1).trim() === '');
    if (isParagraphLine && (SETEXT_H1.test(next) || (SETEXT_H2.test(next) && next.trim().length >= 2))) {
      headings.push(heading(SETEXT_H1.test(next) ? 1 : 2, l, text, text.length - trimmed.length, lines));
      l++;
    }
  }
  return { headings, skipped };
}

function heading(level: number, line: number, text: string, contentStart: number, lines: LineIndex): HeadingLine {
  const content = text.slice(contentStart);
  const cleaned = stripClosingHashes(stripHtmlComments(content)).trimEnd();
  const lead = cleaned.length - cleaned.trimStart().length;
  return { level, line, text: cleaned.trim(), textStart: lines.lineStart(line) + contentStart + lead };
}

export function stripHtmlComments(s: string): string {
  return s.includes('<!--') ? s.replace(/<!--.*?(-->|$)/g, '') : s;
}

function stripClosingHashes(s: string): string {
  if (/^#+\s*$/.test(s)) return '';
  return s.replace(/[ \t]+#+[ \t]*$/, '');
}

/** A heading's text as a comparison key: lower case, no numbering, emphasis or trailing colon. */
export function sectionKey(name: string): string {
  return name
    .replace(/[*_`]/g, '')
    .replace(/^\s*(?:\d+(?:\.\d+)*[.)]?|[ivx]+\.)\s+/i, '')
    .replace(/[:.]\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

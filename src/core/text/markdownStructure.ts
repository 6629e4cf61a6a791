import type { LineIndex } from './lineIndex';
import { ownCopy } from './sharedNames';

/**
 * The line-level structure of a Markdown file (a decision record, a guideline's body): its
 * headings, and which lines are code or HTML comments (where nothing is metadata or a
 * checklist item). A scan of lines, not a Markdown AST: files are small but there may be
 * ten thousand of them.
 */
export interface HeadingLine {
  readonly level: number;
  readonly line: number;
  /** Heading text without `#` markers, closing hashes or HTML comments. */
  readonly text: string;
  /** Offset of `text` in the record. */
  readonly textStart: number;
  /**
   * The heading's first and last line where they are not `line` (a reStructuredText
   * title's overline and underline); absent for Markdown headings.
   */
  readonly firstLine?: number;
  readonly lastLine?: number;
}

export interface BodyStructure {
  readonly headings: readonly HeadingLine[];
  /** 1 for lines inside fenced code blocks (fences included) or multi-line HTML comments. */
  readonly skipped: Uint8Array;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const SETEXT_H1 = /^ {0,3}=+[ \t]*$/;
const SETEXT_H2 = /^ {0,3}-+[ \t]*$/;
/** Lines that cannot be the text of a setext heading (list items, tables, quotes, headings). */
const NOT_PARAGRAPH = /^\s*(?:[*+-]\s|\d+[.)]\s|\||>|#|<)/;

export function scanStructure(lines: LineIndex, startLine: number): BodyStructure {
  const count = lines.lineCount;
  const all = lines.text;
  const skipped = new Uint8Array(count);
  const headings: HeadingLine[] = [];
  let fence: string | undefined;
  let nestedFences = 0;
  /**
   * Inside a multi-line HTML comment: where its first `-->` is (searched once, when the
   * comment opens, so a long comment costs one pass), -1 when it is never closed.
   */
  let commentClose: number | undefined;
  for (let l = startLine; l < count; l++) {
    // Most lines are prose, which none of the patterns below can match: they are told
    // apart by a character or two before the line is cut out of the text and matched.
    const start = lines.lineStart(l);
    const end = lines.lineEnd(l);
    if (fence !== undefined) {
      skipped[l] = 1;
      if (charAt(all, afterSpaces(all, start, end, 3)) !== fence.charCodeAt(0)) continue;
      const text = all.slice(start, end);
      const close = FENCE.exec(text);
      if (!close || close[1]![0] !== fence[0] || close[1]!.length < fence.length) continue;
      // A fence with an info string cannot close a block: inside a Markdown sample it opens a
      // nested one (authors write ```markdown ... ```dlang ... ``` ... ```), whose bare fence
      // is its own, not the outer block's.
      if (text.trim() !== close[1]) nestedFences++;
      else if (nestedFences > 0) nestedFences--;
      else fence = undefined;
      continue;
    }
    if (commentClose !== undefined) {
      skipped[l] = 1;
      if (commentClose >= 0 && commentClose + 3 <= end) commentClose = undefined;
      continue;
    }
    if (isPlainLine(all, start, end) && !mayUnderline(lines, l + 1)) continue;
    const text = all.slice(start, end);
    const open = FENCE.exec(text);
    if (open) {
      fence = open[1]!;
      skipped[l] = 1;
      continue;
    }
    const trimmed = text.trimStart();
    if (trimmed.startsWith('<!--') && !trimmed.includes('-->')) {
      commentClose = all.indexOf('-->', end);
      skipped[l] = 1;
      continue;
    }
    const atx = atxOpening(text);
    if (atx) {
      headings.push(heading(atx.level, l, text, atx.contentStart, lines));
      continue;
    }
    const next = l + 1 < count ? lines.lineText(l + 1) : '';
    const isParagraphLine = trimmed !== '' && !NOT_PARAGRAPH.test(text) && (l === startLine || lines.lineText(l - 1).trim() === '');
    if (isParagraphLine && (SETEXT_H1.test(next) || (SETEXT_H2.test(next) && next.trim().length >= 2))) {
      // The underline is part of the heading: a section's body starts after it.
      headings.push({ ...heading(SETEXT_H1.test(next) ? 1 : 2, l, text, text.length - trimmed.length, lines), lastLine: l + 1 });
      l++;
    }
  }
  return { headings, skipped };
}

/** Offset of the first character after at most `max` spaces from `from` (`end` if the line ends first). */
function afterSpaces(text: string, from: number, end: number, max: number): number {
  let i = from;
  while (i < end && i - from < max && text.charCodeAt(i) === 32) i++;
  return i;
}

/**
 * A blank line, or one whose first character after its leading spaces is printable ASCII
 * that starts no fence (`` ` `` `~`), comment (`<`) or ATX heading (`#`). Such a line is
 * a heading only when the next line underlines it (see `mayUnderline`).
 */
function isPlainLine(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && text.charCodeAt(i) === 32) i++;
  if (i === end) return true;
  const c = text.charCodeAt(i);
  return c > 32 && c < 127 && c !== 96 /* ` */ && c !== 126 /* ~ */ && c !== 60 /* < */ && c !== 35 /* # */;
}

/** Whether line `l` could be a setext underline: `=` or `-` after at most three spaces. */
function mayUnderline(lines: LineIndex, l: number): boolean {
  if (l >= lines.lineCount) return false;
  const text = lines.text;
  const c = charAt(text, afterSpaces(text, lines.lineStart(l), lines.lineEnd(l), 3));
  return c === 61 /* = */ || c === 45 /* - */;
}

/**
 * The character code at `i`, -1 past the end. Optimised code that reads past a string's
 * end is thrown away and compiled again, once per such function; the last line of every
 * record ends there.
 */
function charAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1;
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
  // The look-behind starts a match only where a run of blanks starts: tried at every blank
  // of a long run, the pattern would be quadratic.
  return s.replace(/(?<![ \t])[ \t]+#+[ \t]*$/, '');
}

/** One line read as an ATX heading (`## Text ##`): its level and text, or undefined. */
export function atxHeading(line: string): { readonly level: number; readonly text: string } | undefined {
  const atx = atxOpening(line);
  if (!atx) return undefined;
  return { level: atx.level, text: stripClosingHashes(line.slice(atx.contentStart)).trim() };
}

/**
 * The level of an ATX heading line (up to three spaces, one to six `#`, then spaces or
 * tabs or the end) and where its content starts. Read by hand: every record has a score
 * of headings, and a match array apiece was a tenth of what reading them allocated.
 */
function atxOpening(line: string): { level: number; contentStart: number } | undefined {
  let i = 0;
  while (i < 3 && i < line.length && line.charCodeAt(i) === SPACE) i++;
  const hashes = i;
  while (i < line.length && line.charCodeAt(i) === HASH) i++;
  const level = i - hashes;
  if (level < 1 || level > 6) return undefined;
  if (i < line.length && line.charCodeAt(i) !== SPACE && line.charCodeAt(i) !== TAB) return undefined;
  while (i < line.length && (line.charCodeAt(i) === SPACE || line.charCodeAt(i) === TAB)) i++;
  return { level, contentStart: i };
}

const SPACE = 0x20;
const TAB = 0x09;
const HASH = 0x23;

/** A heading's text, and its key for comparisons. */
export interface SectionName {
  readonly name: string;
  readonly key: string;
}

/**
 * Headings seen before. Records repeat the same few headings ("Context", "Decision
 * Outcome"...), so in a big folder nearly every lookup is a hit, and the records share
 * one string per name and key instead of holding copies.
 */
const SECTION_NAMES = new Map<string, SectionName>();
/** Headings are written by people: past this many distinct ones, names are not kept. */
const MAX_REMEMBERED_NAMES = 2000;

/**
 * The heading text `name` (shared with other records that use it) and its key for
 * comparisons: lower case, no numbering, emphasis or trailing colon.
 */
export function sectionName(name: string): SectionName {
  const known = SECTION_NAMES.get(name);
  if (known !== undefined) return known;
  const key = sectionKey(name);
  if (SECTION_NAMES.size >= MAX_REMEMBERED_NAMES) return { name, key };
  // Own copies: a string cut from a record's text can keep that whole text alive.
  const kept = { name: ownCopy(name), key: ownCopy(key) };
  SECTION_NAMES.set(kept.name, kept);
  return kept;
}

/** What a heading may hold that its key leaves out: emphasis, numbering, a trailing colon or stop, runs of spaces or tabs. */
const NOT_PLAIN = /[*_`:.]|^\s*\d|\s\s|[^\S ]/;

/** A heading's key for comparisons (see {@link sectionName}), without remembering it. */
export function sectionKey(name: string): string {
  // Most headings are plain words ("Decision Outcome", an option's name): past the
  // remembered names every heading gets here, so they skip the replacements.
  if (!NOT_PLAIN.test(name)) return name.trim().toLowerCase();
  return name
    .replace(/[*_`]/g, '')
    .replace(/^\s*(?:\d+(?:\.\d+)*[.)]?|[ivx]+\.)\s+/i, '')
    .replace(/[:.]\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}


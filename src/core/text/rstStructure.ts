import type { LineIndex } from './lineIndex';
import type { BodyStructure, HeadingLine } from './markdownStructure';

/**
 * The line-level structure of a reStructuredText file, the counterpart of
 * `scanStructure` for Markdown: section titles with levels, the lines that are not
 * content (comments, directives, targets, literal blocks, title adornments) and the
 * field lists (`:Status: Accepted`) where rst records keep their metadata. A scan of
 * lines, not a docutils tree: only what a record's metadata and sections need.
 */

/** One `:Name: value` field, its value continued on the indented lines under it. */
export interface RstField {
  /** The field's first and last line. */
  readonly line: number;
  readonly endLine: number;
  readonly name: string;
  /** The value as written, its lines joined with one space (roles and links kept). */
  readonly raw: string;
  /** The value as read: roles and hyperlinks reduced to their text (see `rstInlineText`). */
  readonly text: string;
  /** Offsets of the value in the file, from its first character to its last (empty value: both at the line's end). */
  readonly valueStart: number;
  readonly valueEnd: number;
}

export interface RstStructure extends BodyStructure {
  readonly headings: readonly HeadingLine[];
  /** Field-list lines at the left margin outside comments and literal blocks, in order. */
  readonly fields: readonly RstField[];
}

/** A line of one punctuation character repeated: a title's over- or underline. */
const ADORNMENT = /^([!-/:-@[-`{-~])\1+[ \t]*$/;
/** Explicit markup: comments, directives (`.. include::`), targets (`.. _label:`), footnotes. */
const EXPLICIT_MARKUP = /^[ \t]*\.\.(?:[ \t]|$)/;
/** `:Name: value`; a line that starts with a role (`:ref:`x``) is prose, not a field. */
const FIELD = /^:([^:`\s][^:`]*):(?:[ \t]+(.*)|[ \t]*)$/;
/** Shorter adornments are too easily something else (`::`, `..`, `--`). */
const MIN_ADORNMENT = 3;

export function isReStructuredText(path: string): boolean {
  return /\.rst$/i.test(path);
}

export function scanRstStructure(lines: LineIndex, startLine: number): RstStructure {
  const count = lines.lineCount;
  const skipped = new Uint8Array(count);
  const headings: HeadingLine[] = [];
  const fields: RstField[] = [];
  /** Heading styles ("=" underlined, "o=" over- and underlined) in order of first use: its index + 1 is the level. */
  const styles: string[] = [];
  /** Indentation of the construct whose more indented lines are not content (a directive, a literal block), else -1. */
  let blockIndent = -1;
  /** Indentation of a paragraph that ended in `::` and announces a literal block, else -1. */
  let literalAfter = -1;
  let previousBlank = true;

  const levelOf = (style: string): number => {
    let i = styles.indexOf(style);
    if (i < 0) i = styles.push(style) - 1;
    return i + 1;
  };
  const addHeading = (style: string, firstLine: number, l: number, lastLine: number, text: string): void => {
    const lead = text.length - text.trimStart().length;
    headings.push({ level: levelOf(style), line: l, text: text.trim(), textStart: lines.lineStart(l) + lead, firstLine, lastLine });
  };

  for (let l = startLine; l < count; l++) {
    const text = lines.lineText(l);
    const blank = text.trim() === '';
    const indent = blank ? -1 : indentOf(text);
    if (blockIndent >= 0) {
      if (blank || indent > blockIndent) {
        skipped[l] = 1;
        previousBlank = blank;
        continue;
      }
      blockIndent = -1;
    }
    if (blank) {
      previousBlank = true;
      continue;
    }
    if (literalAfter >= 0) {
      const opensLiteral = indent > literalAfter;
      const base = literalAfter;
      literalAfter = -1;
      if (opensLiteral) {
        skipped[l] = 1;
        blockIndent = base;
        continue;
      }
    }
    if (EXPLICIT_MARKUP.test(text)) {
      skipped[l] = 1;
      blockIndent = indent;
      previousBlank = false;
      continue;
    }
    const wasBlank = previousBlank;
    previousBlank = false;

    // `====` / ` Title` / `====`: a title over- and underlined with the same character.
    const over = ADORNMENT.exec(text);
    if (over && wasBlank && text.trimEnd().length >= MIN_ADORNMENT && l + 2 < count) {
      const title = lines.lineText(l + 1);
      const under = lines.lineText(l + 2);
      if (title.trim() !== '' && under.trimEnd() === text.trimEnd()) {
        addHeading(`o${over[1]}`, l, l + 1, l + 2, title);
        skipped[l] = 1;
        skipped[l + 2] = 1;
        l += 2;
        continue;
      }
    }
    // `Title` / `=====`: underlined only, the title at the left margin.
    if (wasBlank && indent === 0 && !over && l + 1 < count) {
      const under = ADORNMENT.exec(lines.lineText(l + 1));
      if (under && lines.lineText(l + 1).trimEnd().length >= MIN_ADORNMENT) {
        addHeading(under[1]!, l, l, l + 1, text);
        skipped[l + 1] = 1;
        l += 1;
        continue;
      }
    }

    if (indent === 0 && text.charCodeAt(0) === 58 /* : */) {
      const field = FIELD.exec(text.trimEnd());
      if (field) {
        l = readField(lines, l, field, fields);
        continue;
      }
    }
    if (text.trimEnd().endsWith('::')) literalAfter = indent;
  }
  return { headings: withoutFalseTitle(headings), skipped, fields };
}

/**
 * Docutils makes the first section the document's title only when it is the lone
 * section of its level; where the first style is used again, every heading of it is a
 * section, and there is no title (level 1) at all.
 */
function withoutFalseTitle(headings: HeadingLine[]): HeadingLine[] {
  if (headings.filter((h) => h.level === 1).length < 2) return headings;
  return headings.map((h) => ({ ...h, level: h.level + 1 }));
}

/** Reads the field on line `l` and its indented continuation lines; returns its last line. */
function readField(lines: LineIndex, l: number, field: RegExpExecArray, out: RstField[]): number {
  const first = lines.lineText(l).trimEnd();
  const value = field[2] ?? '';
  const lineStart = lines.lineStart(l);
  let valueStart = lineStart + (value ? first.length - value.length : first.length);
  let valueEnd = lineStart + first.length;
  const parts = value ? [value] : [];
  let last = l;
  for (let c = l + 1; c < lines.lineCount; c++) {
    const next = lines.lineText(c);
    if (next.trim() === '' || indentOf(next) === 0) break;
    const part = next.trim();
    if (parts.length === 0) valueStart = lines.lineStart(c) + indentOf(next);
    parts.push(part);
    valueEnd = lines.lineStart(c) + next.trimEnd().length;
    last = c;
  }
  const raw = parts.join(' ');
  out.push({ line: l, endLine: last, name: field[1]!.trim(), raw, text: rstInlineText(raw), valueStart, valueEnd });
  return last;
}

function indentOf(text: string): number {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}

/** `:role:`content`` (`:ref:`, `:doc:`, `:php:`…). */
const ROLE = /:[A-Za-z][\w.+-]*:`([^`]*)`/g;
/** `` `text <url>`_ ``, `` `text <url>`__ ``, `` `name`_ ``. */
const HYPERLINK = /`([^`]+)`__?(?![\w])/g;

/**
 * Inline text as a reader sees it: roles and hyperlink references reduced to their text
 * (`:ref:`SLEP006 <slep_006>`` → SLEP006, `:ref:`adr-065`` → adr-065,
 * `` `docs <https://…>`_ `` → docs). Literals (``` ``x`` ```) and emphasis stay.
 */
export function rstInlineText(s: string): string {
  if (!s.includes('`')) return s;
  return s.replace(ROLE, (_, content: string) => textOfReference(content)).replace(HYPERLINK, (whole: string, content: string, at: number, all: string) => (all[at - 1] === '`' ? whole : textOfReference(content)));
}

/** `text <target>` → text; `target` alone → target. */
function textOfReference(content: string): string {
  const c = content.trim();
  if (!c.endsWith('>')) return c;
  const open = c.lastIndexOf('<');
  if (open < 0) return c;
  const text = c.slice(0, open).trim();
  return text || c.slice(open + 1, -1).trim();
}

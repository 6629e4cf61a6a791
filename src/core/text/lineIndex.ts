import type { Position, Range } from '../model/text';

/**
 * Maps between UTF-16 offsets and line/character positions of one text. Built once per
 * parsed file; lookups are binary searches in a table of line starts, or, once the
 * table is released, a count of the line breaks before the offset.
 */
export class LineIndex {
  /**
   * Offset at which each line starts. Exactly as long as the text has lines: the index
   * keeps one per indexed file, and an array grown by `push` holds up to half as many
   * unused slots again. Undefined after {@link release}.
   */
  private starts: readonly number[] | undefined;

  constructor(readonly text: string) {
    this.starts = lineStartsOf(text);
  }

  /**
   * Lets go of the line table once a small text has been parsed. A record the index keeps
   * is asked for a position only now and then (a finding, a hover): counting the line
   * breaks before it costs about what a lookup does, in a text of a few kilobytes. The
   * table comes back if a line-based method is called.
   */
  release(): void {
    this.starts = undefined;
  }

  private get lineStarts(): readonly number[] {
    return (this.starts ??= lineStartsOf(this.text));
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    if (!this.starts) return countedPosition(this.text, o);
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.lineStarts[lo]! };
  }

  offsetAt(pos: Position): number {
    if (pos.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[Math.max(0, pos.line)]!;
    return Math.min(start + pos.character, this.lineEnd(pos.line));
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /**
   * The range of a problem a parser reported at `start..end`: inside the text, one character
   * wide when it was empty and the line has one, and never ending inside a line break (on a
   * CRLF line, the offset of "\n" would be a column past the line's last character).
   */
  problemRange(start: number, end: number): Range {
    const length = this.text.length;
    let s = Math.max(0, Math.min(start, length));
    const startContentEnd = this.lineEnd(this.positionAt(s).line);
    if (s > startContentEnd) s = startContentEnd;
    let e = Math.max(s, Math.min(end, length));
    if (e === s && s < startContentEnd) e = s + 1;
    const endContentEnd = this.lineEnd(this.positionAt(e).line);
    if (e > endContentEnd) e = Math.max(s, endContentEnd);
    return this.rangeOf(s, e);
  }

  lineStart(line: number): number {
    return this.lineStarts[line] ?? this.text.length;
  }

  /** Offset of the end of a line's content (before its line break). */
  lineEnd(line: number): number {
    const next = this.lineStarts[line + 1];
    if (next === undefined) return this.text.length;
    let end = next - 1;
    if (this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** Range covering a whole line's content. */
  lineRange(line: number): Range {
    return this.rangeOf(this.lineStart(line), this.lineEnd(line));
  }

  /** The line break this text uses most ("\r\n" when it has any CRLF, else "\n"). */
  get eol(): string {
    return /\r\n/.test(this.text) ? '\r\n' : '\n';
  }
}

function lineStartsOf(text: string): number[] {
  return text.indexOf('\r') < 0 ? lfLineStarts(text) : anyLineStarts(text);
}

/** The position of offset `o` found by counting line breaks before it, as the table would place it. */
function countedPosition(text: string, o: number): Position {
  let line = 0;
  let start = 0;
  if (text.lastIndexOf('\r', o) < 0) {
    for (let i = text.indexOf('\n'); i >= 0 && i < o; i = text.indexOf('\n', i + 1)) {
      line++;
      start = i + 1;
    }
    return { line, character: o - start };
  }
  for (let i = 0; i < o; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */ && text.charCodeAt(i + 1) === 10) {
      // Between "\r" and "\n" is still the line before the break.
      if (i + 1 >= o) break;
      i++;
    } else if (c !== 10 && c !== 13) continue;
    line++;
    start = i + 1;
  }
  return { line, character: o - start };
}

/** Line starts of a text whose only line breaks are "\n", found by the engine's own search. */
function lfLineStarts(text: string): number[] {
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  // Allocated at its final length (a typed array would be smaller still, but its
  // separate backing store makes building one per file slower).
  const starts = new Array<number>(count);
  starts[0] = 0;
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[n++] = i + 1;
  return starts;
}

/** Line starts where "\r\n", "\r" and "\n" all break lines. */
function anyLineStarts(text: string): number[] {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) starts.push(i + 1);
    else if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts.slice();
}

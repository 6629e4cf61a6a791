/**
 * Finds GitHub-flavoured Markdown tables in a text and splits them into cells with their
 * offsets. Knows nothing about what the columns mean: the readers of risk registers and
 * decision records give them meaning.
 */

export interface TableCell {
  /** The cell text, trimmed. */
  readonly text: string;
  /** Offsets of the trimmed text (an empty cell has `start === end`). */
  readonly start: number;
  readonly end: number;
}

export interface TableRow {
  readonly cells: readonly TableCell[];
  readonly start: number;
  readonly end: number;
  /** 0-based line number. */
  readonly line: number;
}

export interface MarkdownTable {
  readonly header: TableRow;
  readonly rows: readonly TableRow[];
}

/**
 * `|---|:--:|`, the row under a table's header. Each run of blanks has one place in the
 * pattern (`\s*(?:\|\s*)?$`, not `\s*\|?\s*$`): two `\s*` in a row split a long run every
 * way before failing, 18 ms a line for 4,000 blanks followed by more cells (fuzz seed 2871).
 */
export const DELIMITER_ROW = /^\s*(?:\|\s*)?:?-+:?\s*(?:\|\s*:?-+:?\s*)*(?:\|\s*)?$/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

export function findMarkdownTables(text: string): MarkdownTable[] {
  const lines = splitLines(text);
  const tables: MarkdownTable[] = [];
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fenceMatch = FENCE.exec(line.text);
    if (fenceMatch) {
      const marker = fenceMatch[1]!;
      if (fence === undefined) fence = marker[0]!.repeat(marker.length);
      else if (marker.startsWith(fence)) fence = undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const next = lines[i + 1];
    if (!line.text.includes('|') || !next || !next.text.includes('-') || !DELIMITER_ROW.test(next.text)) continue;
    const header = splitTableRow(line.text, line.start, i);
    const rows: TableRow[] = [];
    let j = i + 2;
    for (; j < lines.length && lines[j]!.text.includes('|') && lines[j]!.text.trim() !== ''; j++) {
      rows.push(splitTableRow(lines[j]!.text, lines[j]!.start, j));
    }
    tables.push({ header, rows });
    i = j - 1;
  }
  return tables;
}

interface Line {
  readonly text: string;
  readonly start: number;
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ text: text.slice(start, m.index), start });
    start = m.index + m[0].length;
  }
  out.push({ text: text.slice(start), start });
  return out;
}

/**
 * Splits a row on `|` that is neither escaped (`\|`) nor inside a code span; the closing
 * pipe may be missing. `lineStart` is the offset of `line` in the text.
 */
export function splitTableRow(line: string, lineStart: number, lineNumber: number): TableRow {
  // The offsets of the pipes that separate cells; cell k runs from after pipe k-1 to pipe k.
  // Offsets rather than pairs: every metadata row of every record comes through here.
  const pipes: number[] = [];
  let inCode = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === BACKTICK) inCode = !inCode;
    else if (c === PIPE && !inCode) pipes.push(i);
  }
  const cellStart = (k: number) => (k === 0 ? 0 : pipes[k - 1]! + 1);
  const cellEnd = (k: number) => (k === pipes.length ? line.length : pipes[k]!);
  const isBlank = (k: number) => line.slice(cellStart(k), cellEnd(k)).trim() === '';
  // A leading or trailing pipe leaves an empty piece outside the table.
  let first = 0;
  let last = pipes.length;
  if (last > first && isBlank(first)) first++;
  if (last > first && isBlank(last) && line.trimEnd().endsWith('|')) last--;
  const cells: TableCell[] = [];
  for (let k = first; k <= last; k++) {
    const raw = line.slice(cellStart(k), cellEnd(k));
    const text = raw.trim();
    // The trimmed text starts at its first occurrence: what precedes it is white space.
    const start = lineStart + cellStart(k) + (text ? raw.indexOf(text) : raw.length);
    cells.push({ text: text.includes('\\|') ? text.replace(/\\\|/g, '|') : text, start, end: start + text.length });
  }
  return { cells, start: lineStart, end: lineStart + line.length, line: lineNumber };
}

const BACKSLASH = 0x5c;
const BACKTICK = 0x60;
const PIPE = 0x7c;

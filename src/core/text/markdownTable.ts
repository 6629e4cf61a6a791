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
  const cells: TableCell[] = [];
  let cellStart = 0;
  let inCode = false;
  const bounds: [number, number][] = [];
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\') i++;
    else if (c === '`') inCode = !inCode;
    else if (c === '|' && !inCode) {
      bounds.push([cellStart, i]);
      cellStart = i + 1;
    }
  }
  bounds.push([cellStart, line.length]);
  // A leading or trailing pipe leaves an empty piece outside the table.
  if (bounds.length > 1 && line.slice(bounds[0]![0], bounds[0]![1]).trim() === '') bounds.shift();
  const last = bounds[bounds.length - 1];
  if (bounds.length > 1 && last && line.slice(last[0], last[1]).trim() === '' && line.trimEnd().endsWith('|')) bounds.pop();
  for (const [s, e] of bounds) {
    const raw = line.slice(s, e);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    const start = lineStart + s + lead;
    cells.push({ text: text.replace(/\\\|/g, '|'), start, end: start + text.length });
  }
  return { cells, start: lineStart, end: lineStart + line.length, line: lineNumber };
}

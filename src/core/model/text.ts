/**
 * Positions, ranges and text edits, in the same terms as VS Code (0-based lines,
 * UTF-16 columns) so the extension maps them 1:1; the CLI adds 1 when printing.
 */

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** Replaces `[start, end)` (UTF-16 offsets into the text the edit was computed from). */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export function range(startLine: number, startChar: number, endLine: number, endChar: number): Range {
  return { start: { line: startLine, character: startChar }, end: { line: endLine, character: endChar } };
}

export const DOCUMENT_START: Range = range(0, 0, 0, 0);

/**
 * Applies non-overlapping edits to a text (in any order). Insertions at one offset land in
 * the order they are given, as VS Code's `WorkspaceEdit` applies them, so the CLI and the
 * editor write the same file.
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  // Back to front; at one offset the last given goes in first, so the first ends up first.
  const sorted = edits.map((edit, order) => ({ edit, order })).sort((a, b) => b.edit.start - a.edit.start || b.edit.end - a.edit.end || b.order - a.order);
  let out = text;
  let lastStart = Number.POSITIVE_INFINITY;
  for (const { edit: e } of sorted) {
    if (e.end > lastStart) throw new Error(`overlapping edits at offset ${e.start}`);
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    lastStart = e.start;
  }
  return out;
}

/**
 * A decision's `applies-to`: the globs naming the code it governs, in the review
 * guidelines' syntax (src/core/glob). Written as a front-matter list, or on one line
 * (`Applies to: src/payments/**, src/ledger/**`) in formats without front matter.
 */

/** One glob as written, with its UTF-16 offsets in the text it was cut from. */
export interface GlobPiece {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Cuts a one-line list of globs at commas and semicolons, except inside `{a,b}` or
 * `[…]` (which are glob syntax), and drops the backticks that set a glob as code.
 * @param offset where `text` starts in its file, so each piece keeps its place.
 */
export function splitGlobList(text: string, offset = 0): GlobPiece[] {
  const pieces: GlobPiece[] = [];
  let depth = 0;
  let from = 0;
  const cut = (to: number) => {
    let start = from;
    let end = to;
    while (start < end && /[\s`]/.test(text[start]!)) start++;
    while (end > start && /[\s`]/.test(text[end - 1]!)) end--;
    if (end > start) pieces.push({ text: text.slice(start, end), start: offset + start, end: offset + end });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && depth > 0) depth--;
    else if ((c === ',' || c === ';') && depth === 0) {
      cut(i);
      from = i + 1;
    }
  }
  cut(text.length);
  return pieces;
}

/**
 * Which lines of `after` are lines of `before` that stayed: for each line of `after`
 * (0-based), the 0-based line of `before` it is, or -1 for a line that is new. The
 * lines kept are a longest common subsequence, as a diff editor shows them.
 *
 * The common start and end are matched first, in linear time: typing changes one place
 * at a time, so what is left is small. What is left is matched by dynamic programming
 * when it has at most {@link MAX_CELLS} pairs of lines; beyond that every remaining line
 * of `after` counts as new (a hint too many, never a line of `after` left without one).
 */
export function matchLines(before: readonly string[], after: readonly string[]): Int32Array {
  const match = new Int32Array(after.length).fill(-1);
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) {
    match[start] = start;
    start++;
  }
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    match[--endAfter] = --endBefore;
  }
  matchMiddle(before, after, start, endBefore, start, endAfter, match);
  return match;
}

/** Pairs of lines the middle part may compare (about 8 MB of lengths at most). */
const MAX_CELLS = 4_000_000;

function matchMiddle(before: readonly string[], after: readonly string[], b0: number, b1: number, a0: number, a1: number, match: Int32Array): void {
  const rows = b1 - b0;
  const cols = a1 - a0;
  if (rows === 0 || cols === 0 || rows * cols > MAX_CELLS) return;
  // lcs[i][j]: the longest common subsequence of before[b0+i..b1) and after[a0+j..a1).
  const width = cols + 1;
  const lcs = new Uint16Array((rows + 1) * width);
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      lcs[i * width + j] = before[b0 + i] === after[a0 + j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < rows && j < cols) {
    if (before[b0 + i] === after[a0 + j]) {
      match[a0 + j] = b0 + i;
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) i++;
    else j++;
  }
}

/** A text's lines without their line breaks (`\n` or `\r\n`); a final line break ends the last line. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

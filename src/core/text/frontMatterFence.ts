/**
 * The one reader of `---` front-matter fences, for decision records, guidelines and any
 * Markdown the core reads: where the YAML is, where the body starts, and whether the
 * block was closed. What the YAML says is read elsewhere (`adr/frontMatter.ts`,
 * `guidelines/frontMatter.ts`); where a block starts and ends is decided only here, so
 * a file reads the same whichever kind of document it is.
 */
export interface FrontMatterFence {
  /** First offset of the YAML (just after the opening `---` line). */
  readonly yamlStart: number;
  /** Offset just past the YAML: the start of the closing fence line (the end of the text when unclosed). */
  readonly yamlEnd: number;
  /** Offset just past the closing fence line, without its line break (unclosed: 0). */
  readonly blockEnd: number;
  /**
   * Where the Markdown body starts: just after the closing fence line. A block that is
   * never closed is not front matter: the whole file is read as Markdown (0).
   */
  readonly bodyStart: number;
  /** False when no closing `---` (or `...`) line was found. */
  readonly closed: boolean;
}

/** The problem every reader reports for an opening fence with no closing one. */
export const UNCLOSED_FRONT_MATTER = 'The front matter starting here is never closed: add a line with "---" after it. It was read as Markdown.';

/** `---` alone on the first line (trailing spaces or tabs allowed), then a line break or the end. */
const OPENING_FENCE = /^---[ \t]*(?:\r\n|\r|\n|$)/;
/** `---` or `...` alone on a line, trailing spaces or tabs allowed. */
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

/** Finds the front matter at the very start of a text (without a BOM), if it opens there. */
export function findFrontMatterFence(text: string): FrontMatterFence | undefined {
  const opening = OPENING_FENCE.exec(text);
  if (!opening) return undefined;
  const yamlStart = opening[0].length;
  let lineStart = yamlStart;
  while (lineStart < text.length) {
    let next = text.indexOf('\n', lineStart);
    if (next < 0) next = text.length;
    const lineEnd = next > lineStart && text.charCodeAt(next - 1) === 13 ? next - 1 : next;
    if (CLOSING_FENCE.test(text.slice(lineStart, lineEnd))) {
      return { yamlStart, yamlEnd: lineStart, blockEnd: lineEnd, bodyStart: Math.min(text.length, next + 1), closed: true };
    }
    lineStart = next + 1;
  }
  return { yamlStart, yamlEnd: text.length, blockEnd: 0, bodyStart: 0, closed: false };
}

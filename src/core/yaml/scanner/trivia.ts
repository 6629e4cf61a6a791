import { CONTENT, COMMENT, type Line } from './lines';

/**
 * Where comment and blank lines between two content lines end up in `yaml`'s node ranges
 * (`range[2]` is a tree node's `nodeEnd`). It matters because a collection's `range[1]` is
 * its last value's `range[2]`, and the risk spans come from those. `yaml`'s parser (2.x)
 * does this:
 *
 * - A comment line indented deeper than the collection holding the value just read, with
 *   only blank lines since that value, is appended to the value (`atIndentedComment`), so
 *   the value's `range[2]` runs to the end of that comment line.
 * - Every other line waits at the innermost open collection. When that collection closes,
 *   the waiting lines move to its parent if the collection is at column 0 or all their
 *   comments are indented less than it; otherwise they stay and become its `range[2]`
 *   (`commentEnd`), up to the first character of the next content line.
 */
export interface Trivia {
  /** Index of the next content line (`lines.length` at the end). */
  readonly next: number;
  /** End of the last comment appended to the value, or -1. */
  readonly attachedEnd: number;
  /** Whether any comment line was seen. */
  readonly hasComment: boolean;
  /** The first character of the next content line, or the end of the text. */
  readonly end: number;
  readonly pending: Pending;
}

/** Comment lines waiting for a collection to close. */
export interface Pending {
  /** The deepest indentation among them, -1 when there are none. */
  readonly maxIndent: number;
  /** Where they end: the first character of the next content line, or the end of the text. */
  readonly end: number;
}

export const NO_PENDING: Pending = { maxIndent: -1, end: -1 };

/**
 * @param from the line after the value
 * @param indent the indentation of the collection holding the value
 * @param attachable whether the value can take trailing comments (plain, quoted and flow values can; block scalars and empty values cannot)
 */
export function scanTrivia(text: string, lines: readonly Line[], from: number, indent: number, attachable: boolean): Trivia {
  let attachedEnd = -1;
  let maxIndent = -1;
  let hasComment = false;
  let attaching = attachable;
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === CONTENT) break;
    if (line.kind !== COMMENT) continue;
    hasComment = true;
    if (attaching && line.indent > indent) {
      attachedEnd = line.next;
      continue;
    }
    attaching = false;
    if (line.indent > maxIndent) maxIndent = line.indent;
  }
  const end = i < lines.length ? lines[i]!.start + lines[i]!.indent : text.length;
  return { next: i, attachedEnd, hasComment, end, pending: maxIndent < 0 ? NO_PENDING : { maxIndent, end } };
}

/**
 * Closes a collection at `indent`: the waiting comments either stay (giving its
 * `commentEnd`) or travel on to the parent.
 */
export function closeCollection(pending: Pending, indent: number): { commentEnd: number; pending: Pending } {
  if (pending.maxIndent < 0 || indent === 0 || pending.maxIndent < indent) return { commentEnd: -1, pending };
  return { commentEnd: pending.end, pending: NO_PENDING };
}

/**
 * `range[2]` of an empty value (`owner:` with nothing after it) at offset `at` on line
 * `keyLine`: the value's node end takes in the comments that follow, up to the next
 * content line. But when the next key of the same mapping follows, `yaml` hands it the
 * lines after the second line break, counted afresh after the last comment indented
 * deeper than the mapping ("newline-separated not indented empty tokens").
 */
export function emptyValueEnd(lines: readonly Line[], keyLine: number, at: number, indent: number, trivia: Trivia): number {
  const sameLineComment = at < lines[keyLine]!.end;
  const nextIsKey = trivia.next < lines.length && lines[trivia.next]!.indent === indent;
  if (nextIsKey) {
    let lastDeeper = keyLine;
    for (let k = keyLine + 1; k < trivia.next; k++) if (lines[k]!.kind === COMMENT && lines[k]!.indent > indent) lastDeeper = k;
    const split = lastDeeper + 1;
    if (split < trivia.next) {
      let comment = sameLineComment;
      for (let k = keyLine + 1; k <= split; k++) if (lines[k]!.kind === COMMENT) comment = true;
      return comment ? lines[split]!.end : at;
    }
  }
  return sameLineComment || trivia.hasComment ? trivia.end : at;
}

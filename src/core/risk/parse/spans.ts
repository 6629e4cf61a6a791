import type { Node } from 'yaml';
import type { LineIndex } from '../../text/lineIndex';
import type { SourceSpan } from '../model';

export function spanOf(lines: LineIndex, start: number, end: number): SourceSpan {
  return { start, end, range: lines.rangeOf(start, end) };
}

/** The span of a YAML node's own text (without the comment or line break after it). */
export function nodeSpan(lines: LineIndex, node: Node | null | undefined, fallbackOffset = 0): SourceSpan {
  const r = node?.range;
  return r ? spanOf(lines, r[0], r[1]) : spanOf(lines, fallbackOffset, fallbackOffset);
}

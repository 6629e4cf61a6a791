import type { YamlTreeNode } from '../../yaml/tree';
import type { LineIndex } from '../../text/lineIndex';
import { TextSpan } from '../../text/span';
import type { SourceSpan } from '../model';

/** A span whose line/character range is worked out only when asked for (most never are). */
export function spanOf(lines: LineIndex, start: number, end: number): SourceSpan {
  return new TextSpan(start, end, lines);
}

/** The span of a YAML node's own text (without the comment or line break after it). */
export function nodeSpan(lines: LineIndex, node: YamlTreeNode): SourceSpan {
  return spanOf(lines, node.start, node.end);
}

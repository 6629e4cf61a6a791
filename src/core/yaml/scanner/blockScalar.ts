import type { YamlTreeScalar } from '../tree';
import { scalar } from './nodes';
import { BLANK, decline, type Line } from './lines';

export interface BlockScalarRead {
  readonly node: YamlTreeScalar;
  /** The first line after the scalar's content. */
  readonly nextLine: number;
}

/**
 * A `|`, `|-`, `>` or `>-` block scalar (the usual form of a long description). Declined:
 * keep chomping (`+`), indentation indicators, an empty body, leading empty lines, lines of
 * only spaces near the body, and anything indented between the parent and the body, where
 * `yaml`'s rules get subtle. The value is built the way `yaml`'s `resolveBlockScalar` does.
 *
 * @param headerLine the line holding the header, which starts at `at`
 * @param parentIndent the indentation of the mapping the scalar is a value of
 */
export function readBlockScalar(text: string, lines: readonly Line[], headerLine: number, at: number, parentIndent: number): BlockScalarRead {
  const header = lines[headerLine]!;
  const literal = text.charCodeAt(at) === 124;
  let i = at + 1;
  const strip = text.charCodeAt(i) === 45;
  if (strip) i++;
  if (i < header.end && text.charCodeAt(i) !== 32) decline('a block scalar header with an indicator the scanner does not read');
  while (i < header.end && text.charCodeAt(i) === 32) i++;
  if (i < header.end && text.charCodeAt(i) !== 35) decline('text after a block scalar header');

  const first = lines[headerLine + 1];
  if (!first || first.kind === BLANK || first.indent <= parentIndent) decline('an empty block scalar or one starting with empty lines');
  const indent = first.indent;
  let last = headerLine + 1;
  let j = headerLine + 1;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.kind === BLANK) {
      if (line.end !== line.start) decline('a line of only spaces in or after a block scalar');
      continue;
    }
    if (line.indent < indent) break;
    last = j;
  }
  // What ends the body must belong to the parent or above; anything between is an error to `yaml`.
  for (let k = last + 1; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.kind === BLANK) {
      if (line.end !== line.start) decline('a line of only spaces after a block scalar');
      continue;
    }
    if (line.indent > parentIndent) decline('a line indented between a block scalar and its parent');
    break;
  }

  let value = '';
  let sep = '';
  let prevMoreIndented = false;
  for (let k = headerLine + 1; k <= last; k++) {
    const line = lines[k]!;
    const empty = line.kind === BLANK;
    const content = empty ? '' : text.slice(line.start + indent, line.end);
    if (literal) {
      value += sep + content;
      sep = '\n';
    } else if (!empty && line.indent > indent) {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      value += sep + content;
      sep = '\n';
      prevMoreIndented = true;
    } else if (empty) {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + content;
      sep = ' ';
      prevMoreIndented = false;
    }
  }
  if (!strip) value += '\n';
  const end = lines[last]!.next;
  return { node: scalar(value, at, end), nextLine: last + 1 };
}

import type { YamlTreeMap, YamlTreeNode, YamlTreePair, YamlTreeScalar, YamlTreeSeq } from '../tree';
import { readBlockScalar } from './blockScalar';
import { readFlow } from './flow';
import { decline, isSeqItem, type Line } from './lines';
import { KeysSeen } from './keysSeen';
import { mapNode, scalar, seqNode } from './nodes';
import { declineMergeKey, isIndicator, isIndicatorPair, readQuoted, resolvePlain } from './scalars';
import { closeCollection, emptyValueEnd, NO_PENDING, scanTrivia, type Pending } from './trivia';

interface Parsed<T extends YamlTreeNode> {
  readonly node: T;
  /** The first content line after the node (`lines.length` at the end). */
  readonly nextLine: number;
  readonly pending: Pending;
}

/** `yaml` refuses implicit keys longer than this; the scanner declines a little earlier. */
const MAX_KEY_LENGTH = 1000;

/**
 * Block mappings and sequences, line by line, building the very tree (values and ranges)
 * that `treeOfDocument` makes of what `yaml`'s `parseDocument` composes. Each item's value
 * is a scalar on the same line, a one-line flow collection, a block scalar, or a
 * collection on the following lines.
 */
export class BlockParser {
  constructor(private readonly text: string, private readonly lines: readonly Line[]) {}

  /** A mapping whose first key starts at `keyAt` on line `lineIndex`; later keys sit at column `indent`. */
  parseMap(lineIndex: number, keyAt: number, indent: number): Parsed<YamlTreeMap> {
    const { text, lines } = this;
    const pairs: YamlTreePair[] = [];
    const keys = new KeysSeen();
    let i = lineIndex;
    let at = keyAt;
    let lastEnd = keyAt;
    let pending = NO_PENDING;
    let next: number;
    for (;;) {
      const line = lines[i]!;
      const key = this.readKey(at, line.end);
      if (!key) decline('a line in a mapping that is not a key');
      if (!keys.add(key.value)) decline('a duplicate key');
      // The `:` comes right after the key.
      const v = skipSpaces(text, key.end + 1, line.end);
      let value: YamlTreeNode;
      if (v === line.end || text.charCodeAt(v) === 35) {
        const trivia = scanTrivia(text, lines, i + 1, indent, false);
        const below = lines[trivia.next];
        if (below && (below.indent > indent || (below.indent === indent && isSeqItem(text, below)))) {
          const nested = isSeqItem(text, below) ? this.parseSeq(trivia.next, below.indent) : this.parseMap(trivia.next, below.start + below.indent, below.indent);
          value = nested.node;
          next = nested.nextLine;
          pending = nested.pending;
        } else {
          // An empty value sits after the spaces following `:`.
          value = scalar(null, v, v, emptyValueEnd(lines, i, v, indent, trivia));
          next = trivia.next;
          pending = NO_PENDING;
        }
      } else if (text.charCodeAt(v) === 124 || text.charCodeAt(v) === 62) {
        const block = readBlockScalar(text, lines, i, v, indent);
        value = block.node;
        const trivia = scanTrivia(text, lines, block.nextLine, indent, false);
        next = trivia.next;
        pending = trivia.pending;
      } else {
        ({ node: value, nextLine: next, pending } = this.parseInline(i, v, indent));
      }
      pairs.push({ key, value });
      lastEnd = value.nodeEnd;
      const below = lines[next];
      if (!below || below.indent < indent) break;
      if (below.indent > indent || isSeqItem(text, below)) decline('unexpected indentation in a mapping');
      i = next;
      at = below.start + below.indent;
      pending = NO_PENDING;
    }
    const closed = closeCollection(pending, indent);
    const map = mapNode(pairs, keyAt, lastEnd, closed.commentEnd >= 0 ? closed.commentEnd : lastEnd);
    return { node: map, nextLine: next, pending: closed.pending };
  }

  /** A block sequence whose `-` indicators sit at column `indent`, the first on line `lineIndex`. */
  parseSeq(lineIndex: number, indent: number): Parsed<YamlTreeSeq> {
    const { text, lines } = this;
    const items: YamlTreeNode[] = [];
    const first = lines[lineIndex]!.start + indent;
    let i = lineIndex;
    let lastEnd = first;
    let pending = NO_PENDING;
    let next: number;
    for (;;) {
      const line = lines[i]!;
      const v = skipSpaces(text, line.start + indent + 1, line.end);
      const c = text.charCodeAt(v);
      if (v === line.end || c === 35) decline('an empty sequence item, or one starting with a comment');
      if (c === 124 || c === 62 || isIndicatorPair(text, v, line.end)) decline('a block scalar or a nested indicator in a sequence item');
      let item: YamlTreeNode;
      if (this.readKey(v, line.end)) {
        const map = this.parseMap(i, v, v - line.start);
        item = map.node;
        next = map.nextLine;
        pending = map.pending;
      } else {
        ({ node: item, nextLine: next, pending } = this.parseInline(i, v, indent));
      }
      items.push(item);
      lastEnd = item.nodeEnd;
      const below = lines[next];
      if (!below || below.indent < indent) break;
      if (below.indent > indent) decline('unexpected indentation in a sequence');
      if (!isSeqItem(text, below)) break; // a key of the mapping this sequence is a compact value of
      i = next;
      pending = NO_PENDING;
    }
    const closed = closeCollection(pending, indent);
    const seq = seqNode(items, first, lastEnd, closed.commentEnd >= 0 ? closed.commentEnd : lastEnd);
    return { node: seq, nextLine: next, pending: closed.pending };
  }

  /**
   * A value that starts and ends on line `lineIndex` (at `at`), in a collection at column
   * `indent`, with the comment lines after it placed as `yaml` places them.
   */
  private parseInline(lineIndex: number, at: number, indent: number): Parsed<YamlTreeNode> {
    const line = this.lines[lineIndex]!;
    const node = this.readInlineValue(at, line.end);
    const trivia = scanTrivia(this.text, this.lines, lineIndex + 1, indent, true);
    node.nodeEnd = trivia.attachedEnd >= 0 ? trivia.attachedEnd : line.next;
    return { node, nextLine: trivia.next, pending: trivia.pending };
  }

  /** `key:` followed by a space or the end of the line, with a plain or quoted one-line key (the `:` right after it); undefined when the text is no key. */
  private readKey(at: number, end: number): YamlTreeScalar | undefined {
    const { text } = this;
    const c = text.charCodeAt(at);
    if (c === 34 || c === 39) {
      const q = readQuoted(text, at, end);
      if (text.charCodeAt(q.close) !== 58 || (q.close + 1 < end && text.charCodeAt(q.close + 1) !== 32)) return undefined;
      return scalar(q.value, at, q.close);
    }
    if (isIndicator(c) || c === 45 || c === 63 || c === 58) return undefined;
    for (let j = at + 1; j < end; j++) {
      const ch = text.charCodeAt(j);
      if (ch === 35 && text.charCodeAt(j - 1) === 32) return undefined;
      if (ch !== 58 || (j + 1 < end && text.charCodeAt(j + 1) !== 32)) continue;
      if (text.charCodeAt(j - 1) === 32) decline('a space before a key\'s colon');
      if (j - at > MAX_KEY_LENGTH) decline('a very long key');
      declineMergeKey(text, at, j);
      return scalar(resolvePlain(text.slice(at, j)), at, j);
    }
    return undefined;
  }

  /** A value that starts and ends on this line: quoted, flow, or plain. Its `nodeEnd` is set by the caller. */
  private readInlineValue(at: number, end: number): YamlTreeNode {
    const { text } = this;
    const c = text.charCodeAt(at);
    if (c === 91 || c === 123) {
      const flow = readFlow(text, at, end);
      expectLineEnd(text, flow.close, end);
      return flow.node;
    }
    if (c === 34 || c === 39) {
      const q = readQuoted(text, at, end);
      expectLineEnd(text, q.close, end);
      return scalar(q.value, at, q.close);
    }
    if (isIndicator(c) || isIndicatorPair(text, at, end)) decline('a value starting with an indicator (anchor, alias, tag, ...)');
    let stop = end;
    for (let j = at + 1; j < end; j++) {
      const ch = text.charCodeAt(j);
      if (ch === 35 && text.charCodeAt(j - 1) === 32) {
        stop = j;
        break;
      }
      if (ch === 58 && (j + 1 === end || text.charCodeAt(j + 1) === 32)) decline('a colon in a plain value');
    }
    while (text.charCodeAt(stop - 1) === 32) stop--;
    return scalar(resolvePlain(text.slice(at, stop)), at, stop);
  }
}

/** After a quoted or flow value only spaces and a comment may follow. */
function expectLineEnd(text: string, at: number, end: number): void {
  const i = skipSpaces(text, at, end);
  if (i < end && (text.charCodeAt(i) !== 35 || i === at)) decline('text after a quoted or flow value');
}

function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && text.charCodeAt(i) === 32) i++;
  return i;
}

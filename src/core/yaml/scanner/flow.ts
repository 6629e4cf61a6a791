import type { YamlTreeMap, YamlTreeNode, YamlTreePair, YamlTreeScalar, YamlTreeSeq } from '../tree';
import { KeysSeen } from './keysSeen';
import { decline } from './lines';
import { mapNode, scalar, seqNode } from './nodes';
import { declineMergeKey, isIndicator, isIndicatorPair, readQuoted, resolvePlain } from './scalars';

export interface FlowRead {
  readonly node: YamlTreeSeq | YamlTreeMap;
  /** Offset just after the closing bracket. */
  readonly close: number;
}

/**
 * A flow sequence `[a, b]` or mapping `{ likelihood: 2, impact: 3 }` of scalars that closes
 * on its own line. Nested collections, comments inside, empty entries and pairs inside a
 * sequence are declined.
 */
export function readFlow(text: string, at: number, end: number): FlowRead {
  const isMap = text.charCodeAt(at) === 123;
  const closer = isMap ? 125 : 93;
  const pairs: YamlTreePair[] = [];
  const items: YamlTreeNode[] = [];
  const keys = new KeysSeen();
  let i = skipSpaces(text, at + 1, end);
  while (text.charCodeAt(i) !== closer) {
    const item = readFlowScalar(text, i, end);
    i = skipSpaces(text, item.end, end);
    const isPair = text.charCodeAt(i) === 58 && text.charCodeAt(i + 1) === 32;
    if (isPair !== isMap) decline(isMap ? 'a flow mapping entry without a value' : 'a pair inside a flow sequence');
    if (isMap) {
      declineMergeKey(text, item.start, item.end);
      if (!keys.add(item.value)) decline('a duplicate key');
      const value = readFlowScalar(text, skipSpaces(text, i + 2, end), end);
      pairs.push({ key: item, value });
      i = skipSpaces(text, value.end, end);
    } else {
      items.push(item);
    }
    const c = text.charCodeAt(i);
    if (c === 44) i = skipSpaces(text, i + 1, end);
    else if (c !== closer) decline('an unclosed or unusual flow collection');
  }
  const node = isMap ? mapNode(pairs, at, i + 1, i + 1) : seqNode(items, at, i + 1, i + 1);
  return { node, close: i + 1 };
}

/** A scalar inside a flow collection; its `end` is where its text ends, before any spaces. */
function readFlowScalar(text: string, at: number, end: number): YamlTreeScalar {
  if (at >= end) decline('a flow collection spanning lines');
  const c = text.charCodeAt(at);
  if (c === 34 || c === 39) {
    const q = readQuoted(text, at, end);
    return scalar(q.value, at, q.close, skipSpaces(text, q.close, end));
  }
  if (isIndicator(c) || isIndicatorPair(text, at, end)) decline('an indicator inside a flow collection');
  let i = at;
  for (; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 44 || ch === 91 || ch === 93 || ch === 123 || ch === 125) break;
    if (ch === 35) decline('a comment or # inside a flow collection');
    if (ch === 58) {
      const n = text.charCodeAt(i + 1);
      if (i + 1 >= end || n === 32 || n === 44 || n === 93 || n === 125 || n === 91 || n === 123) break;
    }
  }
  let e = i;
  while (e > at && text.charCodeAt(e - 1) === 32) e--;
  // Inside a flow collection a scalar's node end takes in the spaces after it.
  return scalar(resolvePlain(text.slice(at, e)), at, e, skipSpaces(text, e, end));
}

function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && text.charCodeAt(i) === 32) i++;
  return i;
}

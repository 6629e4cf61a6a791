import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { pairsOf, plainNode } from './aliases';
import type { YamlTreeMap, YamlTreeNode, YamlTreePair, YamlTreeSeq } from './tree';

/**
 * The tree of a document `yaml` parsed: its contents, or null when it has none. Callers
 * report `aliasProblem(doc)` first: an alias that cannot be expanded reads as undefined.
 */
export function treeOfDocument(doc: Document): YamlTreeNode | null {
  const contents = doc.contents as unknown;
  return contents === null || contents === undefined ? null : treeOfNode(contents, doc);
}

/**
 * One node and what is under it. Collections and anything unusual keep `yaml`'s meaning
 * as plain data (through plainNode, which also bounds aliases), so aliases, tags (`!!set`,
 * `!!omap`) and complex keys mean what they meant before the tree existed. A mapping's
 * merge keys are expanded (see pairsOf): a merged pair is read like a written one, at the
 * place in the file where it is written.
 */
function treeOfNode(node: unknown, doc: Document): YamlTreeNode {
  const range = (node as { range?: readonly number[] | null }).range;
  const start = range?.[0] ?? 0;
  const end = range?.[1] ?? 0;
  const nodeEnd = range?.[2] ?? end;
  const toPlain = () => plainNode(node as Node, doc);
  if (isScalar(node)) return { kind: 'scalar', value: node.value, start, end, nodeEnd };
  if (isMap(node)) {
    const pairs: YamlTreePair[] = [];
    for (const pair of pairsOf(node, doc)) {
      const key = pair.key;
      if (!isScalar(key)) continue;
      const value = pair.value === null || pair.value === undefined ? null : treeOfNode(pair.value, doc);
      pairs.push({ key: treeOfNode(key, doc) as YamlTreePair['key'], value });
    }
    const map: YamlTreeMap = { kind: 'map', pairs, start, end, nodeEnd, toPlain };
    return map;
  }
  if (isSeq(node)) {
    const seq: YamlTreeSeq = { kind: 'seq', items: node.items.map((item) => treeOfNode(item, doc)), start, end, nodeEnd, toPlain };
    return seq;
  }
  // A stray pair (the items of `!!omap`) has no toJS of its own; its value is what yaml gives an item.
  const other = typeof (node as Partial<Node>).toJS === 'function' ? toPlain : () => node;
  return { kind: 'other', start, end, nodeEnd, toPlain: other };
}

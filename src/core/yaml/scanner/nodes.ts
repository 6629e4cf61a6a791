import type { YamlTreeMap, YamlTreeNode, YamlTreePair, YamlTreeScalar, YamlTreeSeq } from '../tree';

/**
 * The tree nodes the scanner builds: plain objects, each kind always created with the
 * same properties in the same order, so the readers that walk them see one shape a kind.
 */
export function scalar(value: unknown, start: number, end: number, nodeEnd = end): YamlTreeScalar {
  return { kind: 'scalar', value, start, end, nodeEnd };
}

export function mapNode(pairs: YamlTreePair[], start: number, end: number, nodeEnd: number): YamlTreeMap {
  return { kind: 'map', pairs, start, end, nodeEnd };
}

export function seqNode(items: YamlTreeNode[], start: number, end: number, nodeEnd: number): YamlTreeSeq {
  return { kind: 'seq', items, start, end, nodeEnd };
}

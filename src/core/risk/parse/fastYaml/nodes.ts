import { Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';

/**
 * `yaml` nodes, made cheaply. Every `yaml` node constructor marks its instance with
 * `Object.defineProperty`, which V8 makes slow: with 3,000 nodes a register it was 40% of
 * the scan. Here each node is an object whose prototype is one real, constructed node of
 * its class, so it inherits that mark (`isScalar`, `isMap`, ... look it up through the
 * prototype chain) and the class's methods (`get`, `toJS`), and only carries its own data.
 */
const SCALAR = new Scalar(null);
const MAP = new YAMLMap();
const SEQ = new YAMLSeq();
const PAIR = new Pair(null);

export function scalar(value: unknown, start: number, end: number, nodeEnd = end): Scalar {
  const s = Object.create(SCALAR) as Scalar;
  s.value = value;
  s.range = [start, end, nodeEnd];
  return s;
}

export function mapNode(flow: boolean): YAMLMap {
  const m = Object.create(MAP) as YAMLMap;
  m.items = [];
  if (flow) m.flow = true;
  return m;
}

export function seqNode(flow: boolean): YAMLSeq {
  const s = Object.create(SEQ) as YAMLSeq;
  s.items = [];
  if (flow) s.flow = true;
  return s;
}

export function pair(key: Scalar, value: Node): Pair<Scalar, Node> {
  const p = Object.create(PAIR) as Pair<Scalar, Node>;
  p.key = key;
  p.value = value;
  return p;
}

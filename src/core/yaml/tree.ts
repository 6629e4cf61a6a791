/**
 * A YAML value and where it is written: the plain tree the schema validator and the
 * register and front-matter readers walk. It is what both YAML readers produce:
 * `fromYaml.ts` converts a `yaml` document, and the hand-written scanner (`scanner/`)
 * builds it directly, skipping `yaml`'s node classes. Nothing keeps a tree after reading
 * a file.
 *
 * Offsets are UTF-16 offsets into the text, the same three `yaml` gives as `range`.
 */
export type YamlTreeNode = YamlTreeScalar | YamlTreeMap | YamlTreeSeq | YamlTreeOther;

interface Located {
  /** Where the node's own text starts. */
  readonly start: number;
  /** Where its own text ends (before any comment or line break after it). */
  readonly end: number;
  /** Where the node ends with the comments `yaml` gives it (`range[2]`). */
  nodeEnd: number;
}

export interface YamlTreeScalar extends Located {
  readonly kind: 'scalar';
  /** The resolved value: string, number, boolean, null (or whatever a tag made of it). */
  readonly value: unknown;
}

/** `key: value`; `value` is null for a key with no value node at all (`? key`). */
export interface YamlTreePair {
  readonly key: YamlTreeScalar;
  readonly value: YamlTreeNode | null;
}

export interface YamlTreeMap extends Located {
  readonly kind: 'map';
  /** The pairs with a scalar key, in order (nothing reads a complex key, so the tree leaves them out). */
  readonly pairs: YamlTreePair[];
  /** Set on nodes read by `yaml`: its own conversion, which knows aliases, tags and complex keys. */
  readonly toPlain?: () => unknown;
}

export interface YamlTreeSeq extends Located {
  readonly kind: 'seq';
  readonly items: YamlTreeNode[];
  readonly toPlain?: () => unknown;
}

/** Anything else `yaml` can give (an alias, a stray pair): no type a schema knows. */
export interface YamlTreeOther extends Located {
  readonly kind: 'other';
  readonly toPlain: () => unknown;
}

/** The value of `key` in a mapping, as `yaml`'s `map.get(key, true)`: the first pair whose key is exactly `key`. */
export function valueAt(map: YamlTreeMap, key: string): YamlTreeNode | undefined {
  for (const pair of map.pairs) if (pair.key.value === key) return pair.value ?? undefined;
  return undefined;
}

/** The node as plain data, as `yaml`'s `node.toJS(doc)` gives it (mappings become objects). */
export function plainValue(node: YamlTreeNode | null): unknown {
  if (node === null) return null;
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.toPlain ? node.toPlain() : node.items.map(plainValue);
    case 'map':
      return node.toPlain ? node.toPlain() : plainObject(node);
    default:
      return node.toPlain();
  }
}

function plainObject(map: YamlTreeMap): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { key, value } of map.pairs) {
    const name = key.value === null ? '' : String(key.value);
    // As `yaml` does: a key the object already has (`__proto__`, `constructor`) becomes an own property.
    if (name in out) Object.defineProperty(out, name, { value: plainValue(value), writable: true, enumerable: true, configurable: true });
    else out[name] = plainValue(value);
  }
  return out;
}

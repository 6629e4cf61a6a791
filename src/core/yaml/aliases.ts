import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';

/**
 * How many values aliases may add to a document once expanded: far above any real register,
 * front matter or configuration (a hundred risks sharing an owner add a hundred), far below
 * an alias bomb (nine aliases of nine aliases of … add millions).
 */
export const MAX_ALIAS_EXPANSION = 100_000;

/** Where a document's aliases or merge keys go wrong, for a finding at the alias or merge. */
export interface YamlAliasProblem {
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

/**
 * What a document's aliases point at, worked out once per document in one pass. `yaml`
 * resolves every alias by walking the whole document again, so a register with a thousand
 * `owner: *lead` took seconds; this keeps reading linear in what is written.
 */
interface Expansion {
  readonly problem: YamlAliasProblem | undefined;
  readonly targets: ReadonlyMap<Node, Node>;
  readonly doc: Document;
  /** Each node's plain value, made once: an alias's value is its anchor's, shared as `yaml` shares it. */
  readonly plain: Map<Node, unknown>;
  /** The pairs of each mapping with merge keys once they are expanded, made once. */
  readonly pairs: Map<YAMLMap, readonly Pair[]>;
}

const expansions = new WeakMap<Document, Expansion>();

/**
 * Why the document's aliases cannot be expanded, or undefined when they can: an alias to an
 * anchor not set before it (`*missing`), an alias inside the node it names (`&a [*a]`,
 * which would make data that contains itself), aliases that expand to far more data than
 * was written (an alias bomb, merged values included: `<<: *defaults` counts what it
 * merges), or a merge key whose value is no mapping (`<<: 5`, which `yaml` throws on when
 * it converts the document). The problem is located at the alias or value that causes it.
 */
export function aliasProblem(doc: Document): YamlAliasProblem | undefined {
  return expansionOf(doc).problem;
}

/**
 * The document as plain data, or why its aliases cannot be expanded (see aliasProblem).
 * Every reader of YAML a repository wrote (configuration, risk registers, front matter)
 * expands aliases here, within the same bound.
 */
export function plainData(doc: Document): { readonly value: unknown } | { readonly problem: YamlAliasProblem } {
  const expansion = expansionOf(doc);
  if (expansion.problem) return { problem: expansion.problem };
  return { value: plainOf(doc.contents as Node | null, expansion) };
}

/**
 * One node of the document as plain data, as `yaml`'s `node.toJS(doc)` gives it. An alias
 * that cannot be expanded gives undefined: callers report aliasProblem(doc) before they
 * read values, so this never throws on what a repository wrote.
 */
export function plainNode(node: Node, doc: Document): unknown {
  const expansion = expansionOf(doc);
  return expansion.problem ? undefined : plainOf(node, expansion);
}

function expansionOf(doc: Document): Expansion {
  let expansion = expansions.get(doc);
  if (!expansion) {
    const targets = new Map<Node, Node>();
    expansion = { problem: resolveAliases(doc, targets), targets, doc, plain: new Map(), pairs: new Map() };
    expansions.set(doc, expansion);
  }
  return expansion;
}

/** A step of the walk: entering a node, or leaving it once everything under it was seen. */
interface Step {
  readonly node: Node;
  readonly leaving: boolean;
}

/**
 * Walks the document once in order (without recursion: block nesting has no depth limit),
 * filling `targets` with each alias's anchored node and counting the values each node
 * stands for once aliases are expanded. Stops at the first problem.
 */
function resolveAliases(doc: Document, targets: Map<Node, Node>): YamlAliasProblem | undefined {
  const root = doc.contents as Node | null;
  if (!root) return undefined;
  const anchors = new Map<string, Node>();
  const open = new Set<Node>();
  // How many values each node stands for; an alias stands for its anchor's whole value.
  const size = new Map<Node, number>();
  let added = 0;
  const stack: Step[] = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    if (leaving) {
      open.delete(node);
      const badMerge = isMap(node) ? badMergeSource(node, targets) : undefined;
      if (badMerge) return badMerge;
      let total = 1;
      for (const child of childrenOf(node)) total += size.get(child) ?? 1;
      size.set(node, total);
      continue;
    }
    if (isAlias(node)) {
      const [start, end] = node.range ?? [0, 0];
      const target = anchors.get(node.source);
      if (!target) return { start, end, message: `The alias *${node.source} names no anchor (&${node.source}) set before it.` };
      if (open.has(target)) return { start, end, message: `The alias *${node.source} is inside the value it names, so it would never end.` };
      targets.set(node, target);
      const expanded = size.get(target) ?? 1;
      size.set(node, expanded);
      added += expanded;
      if (added > MAX_ALIAS_EXPANSION) {
        return { start, end, message: `The aliases in this file expand to too much data (over ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} values).` };
      }
      continue;
    }
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) anchors.set(anchor, node);
    const children = childrenOf(node);
    if (children.length === 0) {
      size.set(node, 1);
      continue;
    }
    open.add(node);
    stack.push({ node, leaving: true });
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leaving: false });
  }
  return undefined;
}

/**
 * `<<` as a merge key: parseYamlDocument turns merge keys on, and `yaml` then reads a plain
 * `<<` key (not a quoted `'<<'`) as a scalar holding Symbol('<<').
 */
function isMergeKey(key: unknown): boolean {
  return isScalar(key) && typeof key.value === 'symbol' && key.value.description === '<<';
}

/** What an alias stands for (its anchor's node), or the node itself. */
function resolved(node: unknown, targets: ReadonlyMap<Node, Node>): unknown {
  return isAlias(node) ? targets.get(node) : node;
}

/**
 * The mappings a merge key's value merges, in order: the mapping, or each mapping of the
 * list (`<<: [*a, *b]`), through aliases. Undefined when one is no mapping.
 */
function mergeSources(value: unknown, targets: ReadonlyMap<Node, Node>): YAMLMap[] | undefined {
  const source = resolved(value, targets);
  const items = isSeq(source) ? source.items : [source];
  const maps = items.map((item) => resolved(item, targets));
  return maps.every((m) => isMap(m)) ? (maps as YAMLMap[]) : undefined;
}

/** A merge key of `map` whose value is no mapping nor list of mappings, located at that value (at the `<<` when it has none). */
function badMergeSource(map: YAMLMap, targets: ReadonlyMap<Node, Node>): YamlAliasProblem | undefined {
  for (const pair of map.items) {
    if (!isMergeKey(pair.key) || mergeSources(pair.value, targets)) continue;
    const written = (pair.value as Node | null)?.range;
    const [start, end] = written && written[1] > written[0] ? written : (pair.key as Node).range ?? [0, 0];
    return { start, end, message: 'The merge key << takes a mapping, a list of mappings or an alias of one.' };
  }
  return undefined;
}

/**
 * A mapping's pairs once its merge keys (`<<: *defaults`) are expanded, as `yaml` merges
 * them: the pairs written in the mapping, and at each merge key the pairs it merges whose
 * key the mapping does not write and no earlier source gave (in a list, the first mapping
 * wins). A merged pair is the one written in the source, so it is located where its text
 * is. The mapping's own items when it has no merge key (or its aliases cannot be expanded:
 * callers report that first).
 */
export function pairsOf(map: YAMLMap, doc: Document): readonly Pair[] {
  return expandedPairs(map, expansionOf(doc));
}

function expandedPairs(map: YAMLMap, expansion: Expansion): readonly Pair[] {
  const items = map.items as Pair[];
  if (!items.some((pair) => isMergeKey(pair.key))) return items;
  const known = expansion.pairs.get(map);
  if (known) return known;
  // Keys compared as the object's property names; a complex key (which only `yaml`'s own conversion reads) is always kept.
  const taken = new Set(items.filter((pair) => !isMergeKey(pair.key)).map((pair) => keyName(pair.key)));
  const out: Pair[] = [];
  for (const pair of items) {
    if (!isMergeKey(pair.key)) {
      out.push(pair);
      continue;
    }
    const sources = expansion.problem ? undefined : mergeSources(pair.value, expansion.targets);
    for (const source of sources ?? []) {
      for (const from of expandedPairs(source, expansion)) {
        const name = keyName(from.key);
        if (name !== undefined && taken.has(name)) continue;
        if (name !== undefined) taken.add(name);
        out.push(from);
      }
    }
  }
  expansion.pairs.set(map, out);
  return out;
}

/** The property a scalar key becomes when `yaml` makes an object of a mapping; undefined for a complex key. */
function keyName(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined;
  const value = key.value;
  return value === null || value === undefined ? '' : String(value as string | number | boolean | bigint);
}

/** A collection's values in order, keys included (a key can hold an anchor or an alias too). */
function childrenOf(node: Node): Node[] {
  if (!isMap(node) && !isSeq(node)) return [];
  const out: Node[] = [];
  for (const item of node.items as unknown[]) {
    if (isPair(item)) {
      if (item.key && typeof item.key === 'object') out.push(item.key as Node);
      if (item.value && typeof item.value === 'object') out.push(item.value as Node);
    } else if (item && typeof item === 'object') {
      out.push(item as Node);
    }
  }
  return out;
}

/**
 * The plain value of a node whose aliases resolved. Plain mappings and sequences are built
 * here from their values' plain values, merge keys expanded by {@link pairsOf}; anything
 * `yaml` gives a meaning of its own (a tag such as `!!set` or `!!omap`, a complex key)
 * keeps `yaml`'s conversion, which the bound already covers.
 */
function plainOf(node: Node | null, expansion: Expansion): unknown {
  if (node === null || node === undefined) return node;
  const known = expansion.plain.get(node);
  if (known !== undefined || expansion.plain.has(node)) return known;
  let value: unknown;
  if (isAlias(node)) {
    const target = expansion.targets.get(node);
    value = target ? plainOf(target, expansion) : undefined;
  } else if (isScalar(node)) {
    value = node.value;
  } else if (isSeq(node) && isPlainCollection(node, 'tag:yaml.org,2002:seq')) {
    value = (node.items as Node[]).map((item) => plainOf(item, expansion));
  } else if (isMap(node) && isPlainMap(node, expansion)) {
    value = plainObject(expandedPairs(node, expansion), expansion);
  } else {
    value = node.toJS(expansion.doc, { maxAliasCount: -1 });
  }
  expansion.plain.set(node, value);
  return value;
}

function isPlainCollection(node: { tag?: string; items: unknown[] }, ownTag: string): boolean {
  if (node.tag !== undefined && node.tag !== ownTag) return false;
  return node.items.every((item) => {
    if (!isPair(item)) return ownTag === 'tag:yaml.org,2002:seq' && !!item && typeof item === 'object';
    if (!isScalar(item.key)) return false;
    const key = item.key.value;
    return (typeof key !== 'symbol' || isMergeKey(item.key)) && (key === null || typeof key !== 'object');
  });
}

/** A mapping read here, not by `yaml`: plain itself, and so is every mapping its merge keys merge. */
function isPlainMap(map: YAMLMap, expansion: Expansion): boolean {
  if (!isPlainCollection(map, 'tag:yaml.org,2002:map')) return false;
  return map.items.every((pair) => !isMergeKey(pair.key) || (mergeSources(pair.value, expansion.targets) ?? []).every((source) => isPlainMap(source, expansion)));
}

/** As `yaml` makes an object of a mapping with scalar keys (a key the object already has becomes an own property). */
function plainObject(pairs: readonly Pair[], expansion: Expansion): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const pair of pairs) {
    const name = keyName(pair.key) ?? '';
    const value = plainOf(pair.value as Node | null, expansion);
    if (name in out) Object.defineProperty(out, name, { value, writable: true, enumerable: true, configurable: true });
    else out[name] = value;
  }
  return out;
}

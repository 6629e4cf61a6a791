import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';

/**
 * How many values aliases may add to a document once expanded: far above any real register,
 * front matter or configuration (a hundred risks sharing an owner add a hundred), far below
 * an alias bomb (nine aliases of nine aliases of … add millions).
 */
export const MAX_ALIAS_EXPANSION = 100_000;

/** Where a document's aliases go wrong, for a finding at the alias. */
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
}

const expansions = new WeakMap<Document, Expansion>();

/**
 * Why the document's aliases cannot be expanded, or undefined when they can: an alias to an
 * anchor not set before it (`*missing`), an alias inside the node it names (`&a [*a]`,
 * which would make data that contains itself), or aliases that expand to far more data
 * than was written (an alias bomb). The problem is located at the alias that causes it.
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
    expansion = { problem: resolveAliases(doc, targets), targets, doc, plain: new Map() };
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
 * here from their values' plain values; anything `yaml` gives a meaning of its own (a tag
 * such as `!!set` or `!!omap`, a complex key, a merge key `<<`) keeps `yaml`'s conversion,
 * which the bound already covers.
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
  } else if (isMap(node) && isPlainCollection(node, 'tag:yaml.org,2002:map')) {
    value = plainObject(node.items as { key: Node; value: Node | null }[], expansion);
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
    return key !== '<<' && typeof key !== 'symbol' && (key === null || typeof key !== 'object');
  });
}

/** As `yaml` makes an object of a mapping with scalar keys (a key the object already has becomes an own property). */
function plainObject(pairs: readonly { key: Node; value: Node | null }[], expansion: Expansion): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const pair of pairs) {
    const key = isScalar(pair.key) ? pair.key.value : null;
    const name = key === null || key === undefined ? '' : String(key as string | number | boolean | bigint);
    const value = plainOf(pair.value, expansion);
    if (name in out) Object.defineProperty(out, name, { value, writable: true, enumerable: true, configurable: true });
    else out[name] = value;
  }
  return out;
}

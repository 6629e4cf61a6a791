/**
 * A layered (Sugiyama-style) layout of a directed graph, top to bottom, for pictures where a
 * line must never pass through a box it does not connect: a line drawn through a card reads
 * as a relation that does not exist.
 *
 * The steps are the classic ones: break cycles, give every node a rank (a row), put a
 * placeholder in every row a long edge crosses, order each row to reduce crossings, place
 * the rows' items side by side without overlap, then route each edge through its
 * placeholders. Each edge's label is a placeholder of its own, in a row of labels between
 * two rows of nodes, so labels take room like boxes do and never cover one. Edges marked
 * straight (a chain a reader follows) hold their ends in one column, left of the rest
 * where that costs no crossing, so the chain reads straight down instead of drifting
 * towards every other neighbour of its boxes.
 *
 * What the geometry guarantees, and what the unit tests check: items of one row never
 * overlap; a row's band (top to bottom of its tallest item) holds only that row's items;
 * inside a band an edge runs straight down through its own placeholder's room, and it only
 * bends in the empty gaps between bands. So no edge crosses a box other than its ends.
 */

export interface LayoutNodeInput {
  readonly id: string;
  readonly width: number;
  readonly height: number;
}

export interface LayoutEdgeInput {
  readonly from: string;
  readonly to: string;
  /** The size of the edge's label, if it has one. */
  readonly label?: { readonly width: number; readonly height: number };
  /**
   * Drawn as a straight vertical line, its ends in one column, where no earlier straight
   * edge holds that side of an end: a chain of such edges reads top to bottom instead of
   * drifting sideways towards every other neighbour of its boxes.
   */
  readonly straight?: boolean;
}

export interface LayoutOptions {
  /** Horizontal room between two boxes of one row. */
  readonly nodeGap?: number;
  /** Horizontal room kept for an edge passing through a row. */
  readonly edgeGap?: number;
  /** Vertical room between two rows, where edges bend. */
  readonly rankGap?: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A box: `x`, `y` its top-left corner. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PlacedNode extends Rect {
  readonly id: string;
}

export interface RoutedEdge<E extends LayoutEdgeInput = LayoutEdgeInput> {
  /** The edge as given. */
  readonly edge: E;
  /** From the `from` box's border to the `to` box's border; consecutive points differ only in y, or lie in a gap between rows. */
  readonly points: readonly Point[];
  readonly label?: Rect;
}

export interface LayeredLayout<E extends LayoutEdgeInput = LayoutEdgeInput> {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly PlacedNode[];
  /** Every edge given, but those from a node to itself or naming an unknown node. */
  readonly edges: readonly RoutedEdge<E>[];
}

/** One thing in a row: a node, a label, or the room an edge takes crossing the row. */
interface Item {
  readonly node?: LayoutNodeInput;
  readonly width: number;
  readonly height: number;
  rank: number;
  x: number;
  /** Neighbours in the row above and the row below. */
  readonly up: Item[];
  readonly down: Item[];
  /** The neighbour above and below this item is kept in one column with (a straight edge's). */
  alignedUp?: Item;
  alignedDown?: Item;
}

/** One edge as laid out: downwards, through `chain` (its end items included). */
interface Chain<E extends LayoutEdgeInput> {
  readonly edge: E;
  readonly reversed: boolean;
  readonly items: Item[];
  readonly label: Item | undefined;
}

const SWEEPS = 12;
const PLACEMENT_ROUNDS = 6;
/** How much more an item's column partner weighs than its other neighbours: so much that the column stays straight. */
const ALIGNED_WEIGHT = 1e6;

export function layeredLayout<E extends LayoutEdgeInput>(nodesIn: readonly LayoutNodeInput[], edgesIn: readonly E[], options: LayoutOptions = {}): LayeredLayout<E> {
  const nodeGap = options.nodeGap ?? 32;
  const edgeGap = options.edgeGap ?? 14;
  const rankGap = options.rankGap ?? 18;
  const newItem = (fields: { node?: LayoutNodeInput; width: number; height: number; rank: number }): Item => ({ ...fields, x: 0, up: [], down: [] });

  // Nodes once each; edges between known, distinct nodes.
  const byId = new Map<string, Item>();
  for (const node of nodesIn) if (!byId.has(node.id)) byId.set(node.id, newItem({ node, width: node.width, height: node.height, rank: 0 }));
  const edges = edgesIn.filter((e) => e.from !== e.to && byId.has(e.from) && byId.has(e.to));

  const reversed = reversedEdges([...byId.keys()], edges);
  const directed = edges.map((edge, i) => ({ edge, reversed: reversed.has(i), top: byId.get(reversed.has(i) ? edge.to : edge.from)!, bottom: byId.get(reversed.has(i) ? edge.from : edge.to)! }));
  assignRanks([...byId.values()], directed);

  // Placeholders: nodes sit on even ranks, labels on the odd rank in the middle of their edge.
  const chains: Chain<E>[] = directed.map(({ edge, reversed: rev, top, bottom }) => {
    const items = [top];
    const labelRank = top.rank + 1 + 2 * Math.floor((bottom.rank - top.rank - 2) / 4);
    let label: Item | undefined;
    for (let rank = top.rank + 1; rank < bottom.rank; rank++) {
      const isLabel = edge.label !== undefined && rank === labelRank;
      const item = newItem({ width: isLabel ? edge.label!.width : 0, height: isLabel ? edge.label!.height : 0, rank });
      if (isLabel) label = item;
      items.push(item);
    }
    items.push(bottom);
    for (let i = 1; i < items.length; i++) {
      items[i - 1]!.down.push(items[i]!);
      items[i]!.up.push(items[i - 1]!);
    }
    return { edge, reversed: rev, items, label };
  });
  alignStraightEdges(chains);

  const rows = orderRows([...byId.values(), ...chains.flatMap((c) => c.items.slice(1, -1))]);
  const gapBetween = (a: Item, b: Item) => (a.node && b.node ? nodeGap : edgeGap);
  placeRows(rows, gapBetween);

  // Bands: each row as tall as its tallest item, rows apart by rankGap.
  const bandTop: number[] = [];
  const bandHeight: number[] = [];
  let y = 0;
  rows.forEach((row, rank) => {
    bandTop[rank] = y;
    bandHeight[rank] = row.reduce((most, item) => Math.max(most, item.height), 0);
    y += bandHeight[rank]! + rankGap;
  });
  const height = Math.max(0, y - rankGap);

  // Reduced, not spread into Math.min: a graph with many long edges has more placeholders than a call takes arguments.
  const left = rows.flat().reduce((least, item) => Math.min(least, item.x - item.width / 2), 0);
  const right = rows.flat().reduce((most, item) => Math.max(most, item.x + item.width / 2), 0);
  const shift = -left;
  const nodes: PlacedNode[] = [...byId.values()].map((item) => ({ id: item.node!.id, x: item.x - item.width / 2 + shift, y: bandTop[item.rank]!, width: item.width, height: item.height }));

  const ports = portsFor(chains);
  const routed: RoutedEdge<E>[] = chains.map((chain, c) => {
    const points: Point[] = [];
    const [first, last] = [chain.items[0]!, chain.items[chain.items.length - 1]!];
    const start = ports.get(`${c}:bottom`) ?? first.x;
    const end = ports.get(`${c}:top`) ?? last.x;
    const startBottom = bandTop[first.rank]! + first.height;
    points.push({ x: start + shift, y: startBottom });
    if (bandTop[first.rank]! + bandHeight[first.rank]! > startBottom) points.push({ x: start + shift, y: bandTop[first.rank]! + bandHeight[first.rank]! });
    for (const item of chain.items.slice(1, -1)) {
      points.push({ x: item.x + shift, y: bandTop[item.rank]! });
      if (bandHeight[item.rank]! > 0) points.push({ x: item.x + shift, y: bandTop[item.rank]! + bandHeight[item.rank]! });
    }
    points.push({ x: end + shift, y: bandTop[last.rank]! });
    if (chain.reversed) points.reverse();
    const l = chain.label;
    return {
      edge: chain.edge,
      points,
      ...(l ? { label: { x: l.x - l.width / 2 + shift, y: bandTop[l.rank]! + (bandHeight[l.rank]! - l.height) / 2, width: l.width, height: l.height } } : {}),
    };
  });
  return { width: right + shift, height, nodes, edges: routed };
}

/**
 * The edges to turn around so the graph has no cycle (records that supersede each other
 * happen, by mistake): those that close a cycle in a depth-first walk, in input order.
 */
function reversedEdges(ids: readonly string[], edges: readonly LayoutEdgeInput[]): Set<number> {
  const out = new Map<string, number[]>();
  edges.forEach((e, i) => out.set(e.from, [...(out.get(e.from) ?? []), i]));
  const state = new Map<string, 'open' | 'done'>();
  const reversed = new Set<number>();
  for (const root of ids) {
    if (state.has(root)) continue;
    // An explicit stack: a chain of thousands of records must not overflow the call stack.
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const list = out.get(top.id) ?? [];
      if (top.next >= list.length) {
        state.set(top.id, 'done');
        stack.pop();
        continue;
      }
      const index = list[top.next++]!;
      const to = edges[index]!.to;
      const seen = state.get(to);
      if (seen === 'open') reversed.add(index);
      else if (seen === undefined) {
        state.set(to, 'open');
        stack.push({ id: to, next: 0 });
      }
    }
  }
  return reversed;
}

/**
 * Ranks by longest path from the top, two per step (the odd rank between holds labels),
 * then each node with nothing above it moved down to sit just above its highest child, so
 * a record that only points far down is drawn near what it points at.
 */
function assignRanks(items: readonly Item[], directed: readonly { top: Item; bottom: Item }[]): void {
  const below = new Map<Item, Item[]>();
  const inDegree = new Map<Item, number>(items.map((i) => [i, 0]));
  for (const { top, bottom } of directed) {
    below.set(top, [...(below.get(top) ?? []), bottom]);
    inDegree.set(bottom, inDegree.get(bottom)! + 1);
  }
  const queue = items.filter((i) => inDegree.get(i) === 0);
  const order: Item[] = [];
  for (let i = 0; i < queue.length; i++) {
    const item = queue[i]!;
    order.push(item);
    for (const child of below.get(item) ?? []) {
      child.rank = Math.max(child.rank, item.rank + 2);
      inDegree.set(child, inDegree.get(child)! - 1);
      if (inDegree.get(child) === 0) queue.push(child);
    }
  }
  for (const item of order) {
    const children = below.get(item);
    if (!children || directed.some((d) => d.bottom === item)) continue;
    item.rank = children.reduce((least, c) => Math.min(least, c.rank), Infinity) - 2;
  }
  const lowest = items.reduce((least, i) => Math.min(least, i.rank), 0);
  for (const item of items) item.rank -= lowest;
}

/**
 * Rows ordered to reduce crossings: barycentre sweeps down and up, from a few starting
 * orders, keeping the best seen. Of orders with as few crossings, the one with the fewest
 * boxes left of a straight column wins: a chain then reads down the left of its picture,
 * where a narrow panel shows it without scrolling sideways.
 */
function orderRows(items: readonly Item[]): Item[][] {
  let best: Item[][] = [];
  let bestScore: readonly [number, number] | undefined;
  for (const start of startingOrders(items)) {
    const rows: Item[][] = [];
    for (const item of start) (rows[item.rank] ??= []).push(item);
    for (let r = 0; r < rows.length; r++) rows[r] ??= [];
    const position = new Map<Item, number>();
    rows.forEach((row) => row.forEach((item, i) => position.set(item, i)));
    for (let sweep = 0; ; sweep++) {
      const score = [crossings(rows), boxesLeftOfColumns(rows)] as const;
      if (!bestScore || score[0] < bestScore[0] || (score[0] === bestScore[0] && score[1] < bestScore[1])) {
        bestScore = score;
        best = rows.map((row) => [...row]);
      }
      if (sweep >= SWEEPS || score[0] === 0) break;
      const down = sweep % 2 === 0;
      const ranks = rows.map((_, r) => r);
      if (!down) ranks.reverse();
      for (const r of ranks.slice(1)) {
        const row = rows[r]!;
        const weight = new Map(row.map((item, i) => {
          const neighbours = down ? item.up : item.down;
          return [item, neighbours.length ? neighbours.reduce((sum, n) => sum + position.get(n)!, 0) / neighbours.length : i];
        }));
        row.sort((a, b) => weight.get(a)! - weight.get(b)!);
        row.forEach((item, i) => position.set(item, i));
      }
    }
  }
  return best;
}

/**
 * Where the sweeps start: the items as given, and two depth-first walks down from the heads
 * of straight columns, then from the top, one taking a box's straight column before its
 * other lines, one after them. A walk keeps what hangs together side by side; which of the
 * two crosses less depends on where the other lines go.
 */
function startingOrders(items: readonly Item[]): Item[][] {
  const tops = [...items.filter((i) => i.alignedDown && !i.alignedUp), ...items.filter((i) => i.up.length === 0)];
  const walk = (columnFirst: boolean): Item[] => {
    const seen = new Set<Item>();
    const order: Item[] = [];
    // An explicit stack, as in reversedEdges: a long chain is thousands of items deep.
    const stack = [...tops].reverse();
    while (stack.length > 0) {
      const item = stack.pop()!;
      if (seen.has(item)) continue;
      seen.add(item);
      order.push(item);
      const others = item.down.filter((d) => d !== item.alignedDown);
      const next = item.alignedDown ? (columnFirst ? [item.alignedDown, ...others] : [...others, item.alignedDown]) : others;
      for (let i = next.length - 1; i >= 0; i--) if (!seen.has(next[i]!)) stack.push(next[i]!);
    }
    return order;
  };
  return [[...items], walk(true), walk(false)];
}

/** How many boxes stand left of an item of a straight column, over all rows. */
function boxesLeftOfColumns(rows: readonly Item[][]): number {
  let total = 0;
  for (const row of rows) {
    let boxes = 0;
    for (const item of row) {
      if (item.alignedUp || item.alignedDown) total += boxes;
      if (item.node) boxes++;
    }
  }
  return total;
}

/**
 * How many pairs of edges cross between neighbouring rows: per pair of rows, the segments
 * sorted by their upper end, counting for each the earlier ones whose lower end lies
 * further right (a Fenwick tree keeps it O(E log E), for graphs with many long edges).
 */
function crossings(rows: readonly Item[][]): number {
  let total = 0;
  for (let r = 0; r + 1 < rows.length; r++) {
    const below = new Map(rows[r + 1]!.map((item, i) => [item, i]));
    const segments: [number, number][] = [];
    rows[r]!.forEach((item, i) => item.down.forEach((d) => segments.push([i, below.get(d)!])));
    segments.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const size = rows[r + 1]!.length;
    const tree = new Array<number>(size + 1).fill(0);
    segments.forEach(([, lower], inserted) => {
      let atMost = 0;
      for (let i = lower + 1; i > 0; i -= i & -i) atMost += tree[i]!;
      total += inserted - atMost;
      for (let i = lower + 1; i <= size; i += i & -i) tree[i]!++;
    });
  }
  return total;
}

/**
 * x for every item: each row as close as it can be to where its neighbours in the row above
 * (then below) want it, never closer to the item beside it than their widths and a gap.
 * The closest positions in order with minimum spacing are an isotonic regression, solved
 * exactly by pooling adjacent violators.
 */
function placeRows(rows: readonly Item[][], gap: (a: Item, b: Item) => number): void {
  for (const row of rows) {
    let x = 0;
    row.forEach((item, i) => {
      x += i === 0 ? item.width / 2 : row[i - 1]!.width / 2 + gap(row[i - 1]!, item) + item.width / 2;
      item.x = x;
    });
  }
  const ranks = rows.map((_, r) => r);
  for (let round = 0; round < PLACEMENT_ROUNDS; round++) {
    const down = round % 2 === 0;
    const last = round === PLACEMENT_ROUNDS - 1;
    for (const r of down ? ranks : [...ranks].reverse()) {
      const row = rows[r]!;
      const mean = (items: readonly Item[]) => items.reduce((sum, n) => sum + n.x, 0) / items.length;
      const pulls = row.map((item) => {
        // An item of a column follows its partner on the side looked at, else stays where it is.
        const partners = [...(last || down ? [item.alignedUp] : []), ...(last || !down ? [item.alignedDown] : [])].filter((p) => p !== undefined);
        if (partners.length) return { wanted: mean(partners), weight: ALIGNED_WEIGHT };
        if (item.alignedUp || item.alignedDown) return { wanted: item.x, weight: ALIGNED_WEIGHT };
        const neighbours = last ? [...item.up, ...item.down] : down ? item.up : item.down;
        // Placeholders weigh more: a long edge is easiest to follow when it runs straight.
        return { wanted: neighbours.length ? mean(neighbours) : item.x, weight: item.node ? 1 : 2 };
      });
      const offsets: number[] = [];
      row.forEach((item, i) => offsets.push(i === 0 ? 0 : offsets[i - 1]! + row[i - 1]!.width / 2 + gap(row[i - 1]!, item) + item.width / 2));
      const solved = isotonic(pulls.map((p, i) => p.wanted - offsets[i]!), pulls.map((p) => p.weight));
      row.forEach((item, i) => (item.x = solved[i]! + offsets[i]!));
    }
  }
}

/**
 * Pairs the consecutive items of each straight edge (its ends and placeholders) into
 * columns, in the order given; an end already paired on that side by an earlier straight
 * edge stays with it, and the later edge bends there.
 */
function alignStraightEdges(chains: readonly Chain<LayoutEdgeInput>[]): void {
  for (const { edge, items } of chains) {
    if (!edge.straight) continue;
    for (let i = 1; i < items.length; i++) {
      const [above, below] = [items[i - 1]!, items[i]!];
      if (above.alignedDown || below.alignedUp) continue;
      above.alignedDown = below;
      below.alignedUp = above;
    }
  }
}

/** The non-decreasing sequence closest (weighted least squares) to `values`. */
function isotonic(values: readonly number[], weights: readonly number[]): number[] {
  const blocks: { value: number; weight: number; count: number }[] = [];
  values.forEach((value, i) => {
    blocks.push({ value, weight: weights[i]!, count: 1 });
    while (blocks.length > 1 && blocks[blocks.length - 2]!.value > blocks[blocks.length - 1]!.value) {
      const b = blocks.pop()!;
      const a = blocks.pop()!;
      const weight = a.weight + b.weight;
      blocks.push({ value: (a.value * a.weight + b.value * b.weight) / weight, weight, count: a.count + b.count });
    }
  });
  return blocks.flatMap((b) => Array<number>(b.count).fill(b.value));
}

/**
 * Where each edge leaves or enters a box: spread along the box's bottom (or top) in the
 * order of where the edges go, so edges do not share a point nor cross at the box.
 * Keyed `index:bottom` (where chain `index` leaves its top item) and `index:top`.
 */
function portsFor(chains: readonly Chain<LayoutEdgeInput>[]): Map<string, number> {
  const ports = new Map<string, number>();
  const ends = new Map<Item, { key: string; toward: number; side: 'top' | 'bottom'; aligned: boolean }[]>();
  chains.forEach(({ items }, c) => {
    const first = items[0]!;
    const last = items[items.length - 1]!;
    const [below, above] = [items[1]!, items[items.length - 2]!];
    ends.set(first, [...(ends.get(first) ?? []), { key: `${c}:bottom`, toward: below.x, side: 'bottom', aligned: first.alignedDown === below }]);
    ends.set(last, [...(ends.get(last) ?? []), { key: `${c}:top`, toward: above.x, side: 'top', aligned: last.alignedUp === above }]);
  });
  for (const [item, list] of ends) {
    for (const side of ['top', 'bottom'] as const) {
      const here = list.filter((e) => e.side === side).sort((a, b) => a.toward - b.toward);
      const span = item.width * 0.7;
      const column = here.findIndex((e) => e.aligned);
      if (column < 0) {
        here.forEach((e, i) => ports.set(e.key, item.x - span / 2 + (span * (i + 1)) / (here.length + 1)));
        continue;
      }
      // A straight edge keeps the middle, so its line runs on straight into the next box;
      // the others spread over the half of the side they go towards.
      ports.set(here[column]!.key, item.x);
      const [left, right] = [here.slice(0, column), here.slice(column + 1)];
      left.forEach((e, i) => ports.set(e.key, item.x - span / 2 + (span / 2) * (i + 1) / (left.length + 1)));
      right.forEach((e, i) => ports.set(e.key, item.x + (span / 2) * (i + 1) / (right.length + 1)));
    }
  }
  return ports;
}

import type { Point, Rect } from '../../../src/core/layout/layered';

/** Whether two boxes share an interior point; touching borders do not count. A box may be a line (no width or height). */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * The box a drawn segment can occupy. The page draws a bend as a curve whose control points
 * take the ends' x and y, so the curve stays inside its ends' bounding box: a box that no
 * card overlaps proves the drawn line misses every card too.
 */
export function segmentBounds(p: Point, q: Point): Rect {
  return { x: Math.min(p.x, q.x), y: Math.min(p.y, q.y), width: Math.abs(q.x - p.x), height: Math.abs(q.y - p.y) };
}

/** What is wrong with a layout's geometry, as readable lines (none when it is sound). */
export function geometryProblems(layout: {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly (Rect & { readonly id: string })[];
  readonly edges: readonly { readonly from: string; readonly to: string; readonly points: readonly Point[]; readonly label?: Rect }[];
}): string[] {
  const problems: string[] = [];
  const { nodes, edges } = layout;
  const inside = (r: Rect) => r.x >= -0.01 && r.y >= -0.01 && r.x + r.width <= layout.width + 0.01 && r.y + r.height <= layout.height + 0.01;
  nodes.forEach((a, i) => {
    if (!inside(a)) problems.push(`node ${a.id} is outside the picture`);
    nodes.slice(i + 1).forEach((b) => overlaps(a, b) && problems.push(`nodes ${a.id} and ${b.id} overlap`));
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const labels = edges.flatMap((e) => (e.label ? [{ edge: e, label: e.label }] : []));
  for (const e of edges) {
    const name = `${e.from}->${e.to}`;
    e.points.slice(1).forEach((q, i) => {
      const p = e.points[i]!;
      for (const n of nodes) if (overlaps(n, segmentBounds(p, q))) problems.push(`edge ${name} passes through node ${n.id} (${p.x},${p.y})–(${q.x},${q.y})`);
    });
    const [first, last] = [e.points[0]!, e.points[e.points.length - 1]!];
    if (!onBorder(first, byId.get(e.from)!)) problems.push(`edge ${name} does not start on ${e.from}'s border`);
    if (!onBorder(last, byId.get(e.to)!)) problems.push(`edge ${name} does not end on ${e.to}'s border`);
  }
  labels.forEach(({ edge, label }, i) => {
    if (!inside(label)) problems.push(`label of ${edge.from}->${edge.to} is outside the picture`);
    for (const n of nodes) if (overlaps(n, label)) problems.push(`label of ${edge.from}->${edge.to} overlaps node ${n.id}`);
    labels.slice(i + 1).forEach((other) => overlaps(label, other.label) && problems.push(`labels of ${edge.from}->${edge.to} and ${other.edge.from}->${other.edge.to} overlap`));
  });
  return problems;
}

function onBorder(p: Point, r: Rect): boolean {
  const withinX = p.x >= r.x - 0.01 && p.x <= r.x + r.width + 0.01;
  return withinX && (Math.abs(p.y - r.y) < 0.01 || Math.abs(p.y - (r.y + r.height)) < 0.01);
}

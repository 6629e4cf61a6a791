import { layeredLayout, type Point, type Rect } from '../../layout/layered';
import type { DecisionGraphModel, GraphRelation } from './graph';

/** The size of a record's card in the decision graph webview (media/graph.js draws it). */
export const CARD = { width: 216, height: 64 } as const;

/** Edge labels are 10.5 px text: about this wide per character, plus a little room. */
const LABEL_CHAR_WIDTH = 6.4;
const LABEL_HEIGHT = 14;

export interface GraphCard extends Rect {
  readonly id: string;
}

export interface GraphLine {
  readonly from: string;
  readonly to: string;
  readonly relation: GraphRelation;
  readonly points: readonly Point[];
  readonly label: Rect;
}

/** Records connected by relations, laid out together; its own coordinates, from (0, 0). */
export interface GraphComponent {
  readonly width: number;
  readonly height: number;
  readonly cards: readonly GraphCard[];
  readonly lines: readonly GraphLine[];
}

export interface DecisionGraphLayout {
  /** Groups of related records, the largest first. */
  readonly components: readonly GraphComponent[];
  /** Records with no relation drawn, in the model's order: the page flows them as cards. */
  readonly unlinked: readonly string[];
}

/**
 * Where the decision graph's cards and arrows go. Each group of related records gets a
 * layered layout of its own (newer records above the ones they supersede or amend, no line
 * through a card, labels in rows of their own); records without relations are left to the
 * page, which wraps them to the panel's width. Pure, so the geometry is unit-tested.
 */
export function decisionGraphLayout(model: DecisionGraphModel): DecisionGraphLayout {
  const order = new Map(model.nodes.map((n, i) => [n.id, i]));
  const edges = model.edges.filter((e) => order.has(e.from) && order.has(e.to) && e.from !== e.to);
  const group = componentsOf(model.nodes.map((n) => n.id), edges);
  const members = new Map<string, string[]>();
  for (const n of model.nodes) members.set(group.get(n.id)!, [...(members.get(group.get(n.id)!) ?? []), n.id]);
  const linked = new Set(edges.flatMap((e) => [e.from, e.to]));
  const components = [...members.values()]
    .filter((ids) => linked.has(ids[0]!))
    .sort((a, b) => b.length - a.length || order.get(a[0]!)! - order.get(b[0]!)!)
    .map((ids): GraphComponent => {
      const inside = new Set(ids);
      const own = edges.filter((e) => inside.has(e.from));
      const layout = layeredLayout(
        ids.map((id) => ({ id, ...CARD })),
        // A line of records superseding each other is the history a reader follows: one column.
        own.map((e) => ({ ...e, label: { width: Math.ceil(e.relation.length * LABEL_CHAR_WIDTH) + 8, height: LABEL_HEIGHT }, straight: e.relation === 'supersedes' })),
      );
      return {
        width: layout.width,
        height: layout.height,
        cards: layout.nodes,
        // Every edge here has a label, so the layout placed one.
        lines: layout.edges.map(({ edge, points, label }) => ({ from: edge.from, to: edge.to, relation: edge.relation, points, label: label! })),
      };
    });
  return { components, unlinked: model.nodes.filter((n) => !linked.has(n.id)).map((n) => n.id) };
}

/** Each id's component, named by one of its members (union–find). */
function componentsOf(ids: readonly string[], edges: readonly { from: string; to: string }[]): Map<string, string> {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  for (const e of edges) parent.set(find(e.from), find(e.to));
  return new Map(ids.map((id) => [id, find(id)]));
}

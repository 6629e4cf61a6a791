import * as assert from 'node:assert/strict';
import type { DecisionGraphModel, DecisionGraphNode, GraphRelation } from '../../../src/core/adr/write/graph';
import { CARD, decisionGraphLayout } from '../../../src/core/adr/write/graphLayout';
import { geometryProblems } from '../layout/geometry';

const node = (number: number): DecisionGraphNode => ({ id: `docs/adr/${String(number).padStart(4, '0')}-r.md`, folder: 'docs/adr', number, title: `Record ${number}`, status: 'accepted', label: `${number}. Record ${number}` });
const id = (number: number) => node(number).id;
const edge = (from: number, relation: GraphRelation, to: number) => ({ from: id(from), to: id(to), relation });

/**
 * Like the issue's repository: 32 records, a long supersedes chain (#15 supersedes #11,
 * which supersedes #8, which supersedes #4) with a relation skipping it (#15 relates to
 * #4), a few smaller groups, and many records without relations.
 */
const issueModel: DecisionGraphModel = {
  nodes: Array.from({ length: 32 }, (_, i) => node(i + 1)),
  edges: [
    edge(15, 'supersedes', 11),
    edge(11, 'supersedes', 8),
    edge(8, 'supersedes', 4),
    edge(15, 'relates-to', 4),
    edge(12, 'amends', 8),
    edge(13, 'clarifies', 11),
    edge(20, 'extends', 15),
    edge(3, 'amends', 1),
    edge(5, 'relates-to', 2),
    edge(22, 'supersedes', 21),
    edge(23, 'amends', 21),
    edge(24, 'clarifies', 21),
    edge(25, 'relates-to', 21),
  ],
};

describe('adr-write: decision graph layout', () => {
  const layout = decisionGraphLayout(issueModel);

  it('lays out each group of related records apart, the largest first, and leaves the others to flow', () => {
    assert.deepEqual(layout.components.map((c) => c.cards.length), [7, 5, 2, 2]);
    assert.equal(layout.unlinked.length, 32 - 16);
    assert.ok(!layout.unlinked.includes(id(15)) && layout.unlinked.includes(id(6)));
    for (const c of layout.components) for (const card of c.cards) assert.deepEqual([card.width, card.height], [CARD.width, CARD.height]);
  });

  it('draws no line through a card, and no label over a card or another label', () => {
    for (const c of layout.components) assert.deepEqual(geometryProblems({ ...c, nodes: c.cards, edges: c.lines }), []);
  });

  it('puts the newer record above the one it supersedes, with the relation on every line', () => {
    const chain = layout.components[0]!;
    const y = (n: number) => chain.cards.find((c) => c.id === id(n))!.y;
    assert.ok(y(20) < y(15) && y(15) < y(11) && y(11) < y(8) && y(8) < y(4));
    assert.deepEqual(chain.lines.map((l) => l.relation).sort(), ['amends', 'clarifies', 'extends', 'relates-to', 'supersedes', 'supersedes', 'supersedes']);
    const skipping = chain.lines.find((l) => l.from === id(15) && l.to === id(4))!;
    assert.ok(skipping.points.length > 2, 'the relation from #15 to #4 bends around #11 and #8');
  });

  it('draws the supersedes chain #15 -> #11 -> #8 -> #4 as one column, left of the records that amend or clarify it', () => {
    const chain = layout.components[0]!;
    const x = (n: number) => chain.cards.find((c) => c.id === id(n))!.x;
    for (const n of [11, 8, 4]) assert.ok(Math.abs(x(n) - x(15)) < 0.5, `#${n} at ${x(n)}, #15 at ${x(15)}`);
    assert.ok(x(12) > x(15) && x(13) > x(15), `#12 at ${x(12)}, #13 at ${x(13)}, the chain at ${x(15)}`);
  });

  it('stays sound with a hundred records in one chain', () => {
    const nodes = Array.from({ length: 100 }, (_, i) => node(i + 1));
    const edges = nodes.slice(1).map((n, i) => edge(n.number!, 'supersedes', i + 1));
    const big = decisionGraphLayout({ nodes, edges: [...edges, edge(100, 'relates-to', 1), edge(50, 'amends', 2)] });
    assert.equal(big.components.length, 1);
    assert.deepEqual(geometryProblems({ ...big.components[0]!, nodes: big.components[0]!.cards, edges: big.components[0]!.lines }), []);
  });
});

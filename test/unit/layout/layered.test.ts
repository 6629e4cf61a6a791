import * as assert from 'node:assert/strict';
import { layeredLayout, type LayoutEdgeInput } from '../../../src/core/layout/layered';
import { seededRandom } from '../support/seededRandom';
import { geometryProblems } from './geometry';

const box = (id: string) => ({ id, width: 216, height: 64 });
const label = { width: 70, height: 14 };

/** The layout with edges named by their ends, as the geometry check reads them. */
function laidOut(ids: readonly string[], edges: readonly LayoutEdgeInput[]) {
  const layout = layeredLayout(ids.map(box), edges);
  return { ...layout, edges: layout.edges.map((e) => ({ from: e.edge.from, to: e.edge.to, points: e.points, ...(e.label ? { label: e.label } : {}) })) };
}

describe('layout: layered', () => {
  it('stacks a chain top to bottom, straight, each edge from its source below to its target above', () => {
    const layout = laidOut(['15', '11', '8', '4'], [{ from: '15', to: '11', label }, { from: '11', to: '8', label }, { from: '8', to: '4', label }]);
    const y = Object.fromEntries(layout.nodes.map((n) => [n.id, n.y]));
    assert.ok(y['15']! < y['11']! && y['11']! < y['8']! && y['8']! < y['4']!, JSON.stringify(y));
    assert.equal(new Set(layout.nodes.map((n) => n.x)).size, 1, 'one column');
    assert.deepEqual(geometryProblems(layout), []);
  });

  it('routes an edge that skips rows around the boxes in between (the issue: #15 -> #4 drawn through #11 and #8)', () => {
    const layout = laidOut(['15', '11', '8', '4'], [
      { from: '15', to: '11', label },
      { from: '11', to: '8', label },
      { from: '8', to: '4', label },
      { from: '15', to: '4', label },
    ]);
    assert.deepEqual(geometryProblems(layout), []);
    const long = layout.edges.find((e) => e.from === '15' && e.to === '4')!;
    assert.ok(long.points.length > 2, 'the long edge bends around the chain');
  });

  it('keeps a chain of straight edges in one column, left of the boxes beside it (#37 -> #30 -> #20 -> #10 drifted sideways)', () => {
    const straight = { label, straight: true };
    const layout = laidOut(['10', '20', '30', '31', '33', '37'], [
      { from: '37', to: '30', ...straight },
      { from: '30', to: '20', ...straight },
      { from: '20', to: '10', ...straight },
      { from: '37', to: '10', label },
      { from: '33', to: '30', label },
      { from: '31', to: '20', label },
    ]);
    const x = Object.fromEntries(layout.nodes.map((n) => [n.id, n.x]));
    for (const id of ['30', '20', '10']) assert.ok(Math.abs(x[id]! - x['37']!) < 0.5, `one column: ${JSON.stringify(x)}`);
    assert.ok(x['33']! > x['37']! && x['31']! > x['37']!, `the records relating to the chain stand right of it: ${JSON.stringify(x)}`);
    const centre = x['37']! + 108;
    for (const e of layout.edges.filter((l) => ['37->30', '30->20', '20->10'].includes(`${l.from}->${l.to}`))) {
      assert.deepEqual(e.points.filter((p) => Math.abs(p.x - centre) > 0.5), [], `${e.from}->${e.to} runs straight down the middle`);
    }
    assert.deepEqual(geometryProblems(layout), []);
  });

  it('keeps one straight edge per side of a box in its column; a second one bends', () => {
    const straight = { label, straight: true };
    const layout = laidOut(['a', 'b', 'c'], [{ from: 'a', to: 'b', ...straight }, { from: 'a', to: 'c', ...straight }]);
    const x = Object.fromEntries(layout.nodes.map((n) => [n.id, n.x]));
    assert.ok(Math.abs(x['a']! - x['b']!) < 0.5, JSON.stringify(x));
    assert.notEqual(x['c'], x['b']);
    assert.deepEqual(geometryProblems(layout), []);
  });

  it('lays out a cycle (records that supersede each other) with every edge still pointing at its target', () => {
    const layout = laidOut(['a', 'b', 'c'], [{ from: 'a', to: 'b', label }, { from: 'b', to: 'c', label }, { from: 'c', to: 'a', label }]);
    assert.equal(layout.edges.length, 3);
    assert.deepEqual(geometryProblems(layout), []);
  });

  it('leaves out edges to unknown nodes and to the node itself, and keeps each node once', () => {
    const layout = laidOut(['a', 'b', 'a'], [{ from: 'a', to: 'a' }, { from: 'a', to: 'x' }, { from: 'a', to: 'b' }, { from: 'a', to: 'b', label }]);
    assert.deepEqual(layout.nodes.map((n) => n.id), ['a', 'b']);
    assert.equal(layout.edges.length, 2, 'two relations between the same records are two edges');
    assert.deepEqual(geometryProblems(layout), []);
  });

  it('keeps every edge out of every box and every label clear of boxes and labels, in 300 random graphs, some edges straight', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const random = seededRandom(seed);
      const ids = Array.from({ length: random.int(2, 14) }, (_, i) => `n${i}`);
      const edges = Array.from({ length: random.int(1, 18) }, () => ({
        from: random.pick(ids),
        to: random.pick(ids),
        ...(random.chance(0.8) ? { label: { width: random.int(30, 80), height: 14 } } : {}),
        ...(random.chance(0.3) ? { straight: true } : {}),
      }));
      const layout = laidOut(ids, edges);
      assert.deepEqual(geometryProblems(layout), [], `seed ${seed}`);
    }
  });

  it('lays out a hub related to every record of a long chain (thousands of placeholders) soundly and in time', function () {
    this.timeout(30_000);
    const ids = Array.from({ length: 120 }, (_, i) => `n${i}`);
    const chain = ids.slice(1).map((id, i) => ({ from: id, to: ids[i]!, label }));
    const hub = ids.slice(0, -2).map((id) => ({ from: ids[ids.length - 1]!, to: id, label }));
    const layout = laidOut(ids, [...chain, ...hub]);
    assert.equal(layout.edges.length, chain.length + hub.length);
    assert.deepEqual(geometryProblems(layout).slice(0, 3), []);
  });

  it('returns an empty picture for no nodes', () => {
    assert.deepEqual(layeredLayout([], []), { width: 0, height: 0, nodes: [], edges: [] });
  });
});

'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { workbenchForSuite, viewPane, openContainer, runCommand, screenshot, screenshotInThemes, ALL_THEMES } = require('./workbench');
const { computed, contrast, textContrast, isVisible, webviewFrame, webviewInTheme, narrowPanel } = require('./webviews');


/**
 * 32 more records in docs/adr, like the repository: a long supersedes chain
 * (#37 → #30 → #20 → #10) with a relation skipping it (#37 relates to #10), a few amends
 * and relates-to, and many records without relations.
 */
function writeManyRecords(workspace) {
  const relations = {
    37: ['Supersedes [30. Record 30](0030-record-30.md)', 'Relates to [10. Record 10](0010-record-10.md)'],
    30: ['Supersedes [20. Record 20](0020-record-20.md)'],
    20: ['Supersedes [10. Record 10](0010-record-10.md)'],
    31: ['Amends [20. Record 20](0020-record-20.md)'],
    33: ['Relates to [30. Record 30](0030-record-30.md)'],
    12: ['Amends [11. Record 11](0011-record-11.md)'],
    14: ['Supersedes [13. Record 13](0013-record-13.md)'],
  };
  for (let n = 6; n <= 37; n++) {
    const status = [10, 20, 30, 13].includes(n) ? 'Superseded' : 'Accepted';
    const text = [`# ${n}. Record ${n}`, '', 'Date: 2026-07-01', '', '## Status', '', status, '', ...(relations[n] ?? []).flatMap((r) => [r, '']), '## Context', '', `Context of record ${n}.`, ''].join('\n');
    fs.writeFileSync(path.join(workspace, 'docs', 'adr', `${String(n).padStart(4, '0')}-record-${n}.md`), text);
  }
}

/** Every card's box and every line's extent, per picture, read from the drawn SVG. */
async function drawnGeometry(frame) {
  return frame.locator('svg.graph').evaluateAll((svgs) => svgs.map((svg) => {
    const cards = [...svg.querySelectorAll('g.node')].map((g) => {
      const [x, y] = g.getAttribute('transform').match(/-?[\d.]+/g).map(Number);
      const box = g.querySelector('rect.box');
      return { id: g.dataset.id, x, y, width: Number(box.getAttribute('width')), height: Number(box.getAttribute('height')) };
    });
    // Each drawn piece (a line, or a curve with its control points) as the box it stays in.
    const pieces = [...svg.querySelectorAll('path.edge')].flatMap((p) => {
      const commands = p.getAttribute('d').match(/[MLC][^MLC]*/g);
      let at = null;
      const out = [];
      for (const c of commands) {
        const xy = c.slice(1).match(/-?[\d.]+/g).map(Number);
        const pts = [];
        for (let i = 0; i < xy.length; i += 2) pts.push([xy[i], xy[i + 1]]);
        if (c[0] !== 'M') {
          const all = [at, ...pts];
          const xs = all.map((q) => q[0]);
          const ys = all.map((q) => q[1]);
          out.push({ edge: p.querySelector('title').textContent, x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) });
        }
        at = pts[pts.length - 1];
      }
      return out;
    });
    const labels = [...svg.querySelectorAll('rect.edge-label-box')].map((r) => ({ x: Number(r.getAttribute('x')), y: Number(r.getAttribute('y')), width: Number(r.getAttribute('width')), height: Number(r.getAttribute('height')) }));
    return { cards, pieces, labels };
  }));
}

const overlaps = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('UI: the decision graph webview', function () {
  this.timeout(300_000);
  const vs = workbenchForSuite();
  const frame = () => webviewFrame(vs.page);

  it('draws the supersedes line, its arrow, label and legend swatch visibly in light, dark and both high-contrast themes', async () => {
    // The command is offered once the extension has indexed the records.
    await openContainer(vs.page, 'Tech Lead');
    await viewPane(vs.page, 'Decisions').locator('.monaco-list-row', { hasText: 'Accepted' }).first().waitFor({ state: 'visible', timeout: 60_000 });
    await runCommand(vs.page, 'ADR: Show Graph');
    const nodes = frame().locator('g.node');
    await nodes.first().waitFor({ state: 'visible', timeout: 30_000 });
    assert.equal(await nodes.count(), 8, 'five Nygard records and three MADR records');
    assert.equal(await frame().locator('path.edge').count(), 1, 'record 5 supersedes record 2');
    assert.equal(await frame().locator('text.edge-label').textContent(), 'supersedes');
    await screenshotInThemes(vs, 'decision-graph', async (theme) => {
      await webviewInTheme(frame(), theme);
      const background = await computed(frame().locator('body'), 'backgroundColor');
      const style = (selector, property) => computed(frame().locator(selector), property);
      const line = await style('path.edge.rel-supersedes', 'stroke');
      const arrow = await style('marker#arrow-supersedes path', 'fill');
      const swatch = await style('.legend line.edge.rel-supersedes', 'stroke');
      const labelText = await style('text.edge-label', 'fill');
      const labelBox = await style('rect.edge-label-box', 'stroke');
      const card = await style('g.node rect.box', 'stroke');
      const seen = JSON.stringify({ theme: theme.id, background, line, arrow, swatch, labelText, labelBox, card });
      for (const colour of [line, arrow, swatch, labelBox, card]) assert.ok(isVisible(colour), `nothing drawn: ${seen}`);
      // WCAG: 3:1 for lines and shapes, 4.5:1 for text.
      for (const colour of [line, arrow, swatch]) assert.ok(contrast(colour, background) >= 3, `too faint: ${seen}`);
      assert.ok(contrast(labelText, background) >= 4.5, `label too faint: ${seen}`);
      assert.notEqual(await style('path.edge.rel-supersedes', 'strokeDasharray'), 'none', 'supersedes is dashed: colour is not its only mark');
      const copy = await textContrast(frame().getByRole('button', { name: 'Copy as Mermaid' }));
      assert.ok(copy >= 4.5, `"Copy as Mermaid" unreadable in ${theme.id}: contrast ${copy.toFixed(2)}`);
    }, ALL_THEMES);
  });

  it('opens a record clicked in the graph', async () => {
    await frame().locator('g.node', { hasText: 'Store idempotency keys in' }).filter({ hasText: 'PostgreSQL' }).click();
    await vs.page.locator('.editor-group-container .tab', { hasText: '0005-store-idempotency-keys-in-postgresql.md' }).first().waitFor({ state: 'visible', timeout: 30_000 });
  });

  it('lays out 40 records with no line through a card and no label over one, also in a 400 px panel', async () => {
    // The open graph redraws as the records are indexed.
    writeManyRecords(vs.workspace);
    await frame().locator('g.node').nth(39).waitFor({ state: 'attached', timeout: 60_000 });
    await frame().locator('path.edge').nth(8).waitFor({ state: 'attached', timeout: 60_000 });
    assert.equal(await frame().locator('g.node').count(), 40);
    assert.equal(await frame().locator('path.edge').count(), 9, 'eight new relations and 5 → 2');
    const problems = [];
    for (const { cards, pieces, labels } of await drawnGeometry(frame())) {
      for (const piece of pieces) for (const card of cards) if (overlaps(piece, card)) problems.push(`"${piece.edge}" runs through ${card.id}`);
      for (const label of labels) for (const card of cards) if (overlaps(label, card)) problems.push(`a label covers ${card.id}`);
    }
    assert.deepEqual(problems, []);
    await screenshot(vs.page, 'decision-graph-many');

    // A narrow panel, about 400 px: the graph alone in a narrow window, the record opened
    // from it closed and the side bar hidden.
    await vs.page.locator('.editor-group-container .tab', { hasText: 'Decision Graph' }).first().click();
    await runCommand(vs.page, 'View: Close Editors in Other Groups');
    await vs.page.locator('.editor-group-container').nth(1).waitFor({ state: 'detached' });
    // The page itself never scrolls sideways: cards wrap, and a wide group scrolls in its own box.
    await narrowPanel(vs, frame());
    // The supersedes chain #37 -> #30 -> #20 -> #10 reads down one column, all of it in view
    // without scrolling its group sideways (it drifted right a half card per record).
    const chain = await frame().locator('g.node').evaluateAll((groups) => groups
      .filter((g) => /^#(37|30|20|10) ·/.test(g.querySelector('text.meta').textContent))
      .map((g) => {
        const card = g.querySelector('rect.box').getBoundingClientRect();
        const shown = g.closest('.scroller').getBoundingClientRect();
        return { card: g.querySelector('text.meta').textContent, left: Math.round(card.left), right: Math.round(card.right), shownLeft: shown.left, shownRight: shown.right };
      }));
    assert.equal(chain.length, 4, JSON.stringify(chain));
    assert.deepEqual(chain.filter((c) => Math.abs(c.left - chain[0].left) > 1), [], `one column: ${JSON.stringify(chain)}`);
    assert.deepEqual(chain.filter((c) => c.left < c.shownLeft || c.right > c.shownRight), [], 'no card of the chain is cut off by the 400 px panel');
    await screenshot(vs.page, 'decision-graph-narrow');
    await frame().locator('g.node', { hasText: 'Record 37' }).scrollIntoViewIfNeeded();
    await screenshot(vs.page, 'decision-graph-narrow-chain');
  });
});

'use strict';
const assert = require('node:assert/strict');
const { workbenchForSuite, viewPane, openContainer, runCommand, screenshot } = require('./workbench');

describe('UI: risks in real VS Code', function () {
  this.timeout(180_000);
  const vs = workbenchForSuite();

  it('lists the register in the Risks view, grouped by severity', async () => {
    await openContainer(vs.page, 'Tech Lead');
    const risksPane = viewPane(vs.page, 'Risks');
    await risksPane.locator('.monaco-list-row', { hasText: 'Critical' }).first().waitFor({ state: 'visible', timeout: 30_000 });
    const rows = await risksPane.locator('.monaco-list-row').allTextContents();
    assert.ok(rows.some((r) => /RISK-\d+/.test(r)), `risk rows: ${JSON.stringify(rows.slice(0, 5))}`);
    await screenshot(vs.page, 'risks-view');
  });

  it('shows the heat map and lists the risks of a clicked cell', async () => {
    await runCommand(vs.page, 'Risk: Show Heat Map');
    // Webview content lives two iframes deep.
    const frame = vs.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    const cells = frame.locator('button.cell:not([disabled])');
    await cells.first().waitFor({ state: 'visible', timeout: 30_000 });
    const count = Number(await cells.first().textContent());
    assert.ok(count >= 1, 'a non-empty cell shows its count');
    await cells.first().click();
    await frame.locator('.details li').first().waitFor({ state: 'visible' });
    assert.equal(await frame.locator('.details li').count(), count, 'the cell lists as many risks as it counts');
    await screenshot(vs.page, 'heat-map');
    await frame.getByRole('button', { name: 'Residual' }).click();
    await frame.locator('button[aria-pressed="true"]', { hasText: 'Residual' }).waitFor({ state: 'visible' });
    await screenshot(vs.page, 'heat-map-residual');
  });
});

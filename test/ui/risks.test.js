'use strict';
const assert = require('node:assert/strict');
const { workbenchForSuite, viewPane, openContainer, screenshot } = require('./workbench');

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

});

'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { workbenchForSuite, viewPane, openContainer, runCommand, answerInput, screenshot } = require('./workbench');

describe('UI: decision records in real VS Code', function () {
  this.timeout(180_000);
  const vs = workbenchForSuite();

  const decisionsPane = () => viewPane(vs.page, 'Decisions');

  it('creates a decision from the command palette: the editor opens on it and the view lists it', async () => {
    await openContainer(vs.page, 'Tech Lead');
    await decisionsPane().locator('.monaco-list-row', { hasText: 'Accepted' }).first().waitFor({ state: 'visible', timeout: 30_000 });
    await runCommand(vs.page, 'ADR: New Decision…');
    await answerInput(vs.page, 'Adopt OpenTelemetry for tracing', { expectPrompt: 'What was decided?' });
    // The example has two record folders: the quick pick lists both, the usual one first.
    await vs.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'services/ledger/docs/decisions' }).waitFor({ state: 'visible' });
    assert.match(await vs.page.locator('.quick-input-widget .monaco-list-row').first().textContent(), /^docs\/adr/);
    await answerInput(vs.page, 'docs/adr');
    const fileName = '0006-adopt-opentelemetry-for-tracing.md';
    await vs.page.locator('.editor-group-container .tab.active', { hasText: fileName }).waitFor({ state: 'visible', timeout: 30_000 });
    await decisionsPane().locator('.monaco-list-row', { hasText: '6. Adopt OpenTelemetry for tracing' }).first().waitFor({ state: 'visible', timeout: 30_000 });
    const onDisk = fs.readFileSync(path.join(vs.workspace, 'docs', 'adr', fileName), 'utf8');
    assert.match(onDisk, /^# 6\. Adopt OpenTelemetry for tracing\n/);
    // The caret waits on the first line of the Context section.
    await vs.page.keyboard.type('Tracing is done per service today.');
    await vs.page.locator('.monaco-editor .view-line', { hasText: 'Tracing is done per service today.' }).waitFor({ state: 'visible' });
    // Rendered lines are not in document order in the DOM, but the typed text runs into the
    // Context section's guidance, which no other section has.
    const line = (await vs.page.locator('.monaco-editor .view-line', { hasText: 'Tracing is done per service today.' }).textContent()).replace(/\u00a0/g, ' ');
    assert.match(line, /^Tracing is done per service today\.Describe the situation that calls for a decision/);
    await screenshot(vs.page, 'decisions-new');
  });

  it('draws the decision graph and opens a record from it', async () => {
    await runCommand(vs.page, 'ADR: Show Graph');
    const frame = vs.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    const nodes = frame.locator('g.node');
    await nodes.first().waitFor({ state: 'visible', timeout: 30_000 });
    assert.equal(await nodes.count(), 9, 'five Nygard records, three MADR records and the new one');
    await frame.locator('path.edge.rel-supersedes').first().waitFor({ state: 'attached' });
    assert.equal(await frame.locator('path.edge').count(), 1, 'record 5 supersedes record 2');
    await screenshot(vs.page, 'decisions-graph');
    await frame.locator('g.node', { hasText: 'Store idempotency keys in' }).filter({ hasText: 'PostgreSQL' }).click();
    await vs.page.locator('.editor-group-container .tab', { hasText: '0005-store-idempotency-keys-in-postgresql.md' }).first().waitFor({ state: 'visible', timeout: 30_000 });
  });
});

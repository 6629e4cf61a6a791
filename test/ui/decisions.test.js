'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { workbenchForSuite, viewPane, openContainer, runCommand, answerInput, fullyShown, screenshot, screenshotInThemes } = require('./workbench');

/**
 * The "record a decision" job, walked as a user does in acme-payments (two ADR folders):
 * New Decision, the tree, a record's tooltip, the Supersede and Change Status pickers.
 * Every step is saved in the light, dark and high-contrast themes.
 */
describe('UI: decision records in real VS Code', function () {
  this.timeout(240_000);
  const vs = workbenchForSuite();

  const decisionsPane = () => viewPane(vs.page, 'Decisions');
  const row = (text) => decisionsPane().locator('.monaco-list-row', { hasText: text }).first();
  const quickInput = () => vs.page.locator('.quick-input-widget');
  const fileName = '0006-adopt-opentelemetry-for-tracing.md';

  it('creates a decision with the Context guidance selected, so typing replaces it', async () => {
    await openContainer(vs.page, 'Tech Lead');
    await row('docs/adr').waitFor({ state: 'visible', timeout: 30_000 });
    await runCommand(vs.page, 'ADR: New Decision…');
    await answerInput(vs.page, 'Adopt OpenTelemetry for tracing', { expectPrompt: 'What was decided?' });
    // The example has two record folders: the quick pick lists both, the usual one first.
    await quickInput().locator('.monaco-list-row', { hasText: 'services/ledger/docs/decisions' }).waitFor({ state: 'visible' });
    assert.match(await quickInput().locator('.monaco-list-row').first().textContent(), /^docs\/adr/);
    await answerInput(vs.page, 'docs/adr');
    await vs.page.locator('.editor-group-container .tab.active', { hasText: fileName }).waitFor({ state: 'visible', timeout: 30_000 });
    await row('6. Adopt OpenTelemetry for tracing').waitFor({ state: 'visible', timeout: 30_000 });
    const onDisk = fs.readFileSync(path.join(vs.workspace, 'docs', 'adr', fileName), 'utf8');
    assert.match(onDisk, /^# 6\. Adopt OpenTelemetry for tracing\n/);
    // The guidance is selected: the status bar counts the selected characters.
    await vs.page.locator('.statusbar-item', { hasText: /\(\d+ selected\)/ }).first().waitFor({ state: 'visible' });
    await screenshot(vs.page, 'decisions-new-selected');
    await vs.page.keyboard.type('Tracing is done per service today.');
    const typed = vs.page.locator('.monaco-editor .view-line', { hasText: 'Tracing is done per service today.' });
    await typed.waitFor({ state: 'visible' });
    assert.equal((await typed.textContent()).replace(/\u00a0/g, ' ').trim(), 'Tracing is done per service today.', 'the guidance is gone, not pushed along');
    await vs.page.keyboard.press('Control+S');
    await vs.page.locator('.editor-group-container .tab.active.dirty').waitFor({ state: 'detached' });
    await screenshotInThemes(vs, 'decisions-new');
  });

  it('groups the records by ADR folder, then by status, with plain labels', async () => {
    for (const folder of ['docs/adr', 'services/ledger/docs/decisions']) await row(folder).waitFor({ state: 'visible' });
    const texts = (await decisionsPane().locator('.monaco-list-row').allTextContents()).map((t) => t.trim());
    const at = (prefix) => texts.findIndex((t) => t.startsWith(prefix));
    // docs/adr > Proposed > 6…, Accepted > 1…; then the ledger folder > Proposed… (rows below the fold are not rendered).
    assert.deepEqual([at('docs/adr'), at('Proposed'), at('6. Adopt OpenTelemetry'), at('Accepted'), at('1. Record architecture decisions')], [0, 1, 2, 3, 4], JSON.stringify(texts));
    assert.ok(at('Superseded') < at('services/ledger/docs/decisions'), JSON.stringify(texts));
    assert.equal(texts[at('services/ledger/docs/decisions') + 1], 'Proposed1', 'the second folder has status groups of its own');
    // One casing rule: the group says "Accepted"; no row repeats it, in any casing.
    assert.ok(!texts.some((t) => /^\d+\..*\baccepted\b/i.test(t)), `no row repeats its group's status: ${JSON.stringify(texts)}`);
    const aria = await decisionsPane().locator('.monaco-list-row[aria-label^="1. Record architecture decisions"]').getAttribute('aria-label');
    assert.equal(aria, '1. Record architecture decisions, Accepted, dated 2026-01-12');
    await screenshotInThemes(vs, 'decisions-tree');
  });

  it('shows a record\'s tooltip with its status, date and Context, without Markdown markup', async () => {
    const hover = vs.page.locator('.monaco-hover, .workbench-hover').filter({ hasText: 'Validate API input with shared schemas' });
    const showTooltip = async () => {
      await vs.page.mouse.move(0, 0);
      await row('4. Validate API input with shared schemas').hover();
      await hover.first().waitFor({ state: 'visible', timeout: 15_000 });
      await fullyShown(hover.first());
    };
    await showTooltip();
    const text = await hover.first().innerText();
    assert.match(text, /Status: Accepted/);
    assert.match(text, /Date: 2026-03-10/);
    assert.match(text, /A malformed amount \("12\.99" as a string\) reached the processor/, 'the Context, its inline code shown as code');
    assert.doesNotMatch(text, /\\|\*\*|`/, 'no Markdown markup shows');
    await screenshotInThemes(vs, 'decisions-tooltip', showTooltip);
    await vs.page.mouse.move(0, 0);
  });

  it('offers records already superseded last in Supersede, in plain text', async () => {
    const openPicker = async () => {
      await vs.page.locator('.editor-group-container .monaco-editor .view-lines').first().click();
      await runCommand(vs.page, 'ADR: Supersede…');
      await quickInput().locator('.monaco-list-row', { hasText: '6. Adopt OpenTelemetry for tracing' }).first().waitFor({ state: 'visible' });
    };
    await openPicker();
    const rows = quickInput().locator('.monaco-list-row');
    await rows.first().waitFor({ state: 'visible' });
    // The new record is open: it comes first; the superseded one is set aside at the end.
    assert.match(await rows.first().textContent(), /^6\. Adopt OpenTelemetry for tracing/);
    await quickInput().locator('input').fill('Redis');
    const redis = quickInput().locator('.monaco-list-row', { hasText: '2. Store idempotency keys in Redis' });
    await redis.waitFor({ state: 'visible' });
    const description = await redis.textContent();
    assert.match(description, /Superseded by 5\. Store idempotency keys in PostgreSQL · 2026-01-20/);
    assert.doesNotMatch(description, /\]\(|\.md\)/, 'no Markdown link');
    assert.match(await quickInput().textContent(), /Already superseded/);
    await quickInput().locator('input').fill('');
    await screenshotInThemes(vs, 'decisions-supersede', openPicker);
    await vs.page.keyboard.press('Escape');
  });

  it('opens Change Status on the record\'s current status', async () => {
    await vs.page.locator('.editor-group-container .monaco-editor .view-lines').first().click();
    await runCommand(vs.page, 'ADR: Change Status…');
    await answerInput(vs.page, '6. Adopt OpenTelemetry');
    await quickInput().locator('.monaco-list-row', { hasText: 'waiting for a decision' }).waitFor({ state: 'visible' });
    const focused = quickInput().locator('.monaco-list-row.focused');
    await focused.waitFor({ state: 'visible' });
    assert.match(await focused.textContent(), /^Proposed/);
    await screenshot(vs.page, 'decisions-change-status');
    await vs.page.keyboard.press('Escape');
  });

});

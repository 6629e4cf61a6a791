'use strict';
const assert = require('node:assert/strict');
const { workbenchForSuite, viewPane, openContainer, viewTitles, runCommand, screenshot, screenshotInThemes } = require('./workbench');

describe('UI: the Tech Lead side bar in real VS Code', function () {
  this.timeout(180_000);
  const vs = workbenchForSuite();

  it('shows the Tech Lead container with its three views', async () => {
    await openContainer(vs.page, 'Tech Lead');
    const titles = await viewTitles(vs.page);
    for (const t of ['Decisions', 'Risks', 'Review Checklist']) {
      assert.ok(titles.some((x) => x.toLowerCase() === t.toLowerCase()), `view "${t}" not in ${JSON.stringify(titles)}`);
    }
    // The example repo's records fill the Decisions view once indexing is done.
    const decisions = viewPane(vs.page, 'Decisions');
    await decisions.locator('.monaco-list-row', { hasText: 'Accepted' }).first().waitFor({ state: 'visible', timeout: 30_000 });
    await decisions.locator('.monaco-list-row', { hasText: 'Put the card processor behind an interface' }).first().click();
    await vs.page.locator('.editor-group-container .tab', { hasText: '0003-put-the-card-processor' }).first().waitFor({ state: 'visible' });
    await screenshotInThemes(vs, 'sidebar');
  });

  it('runs a command from the command palette', async () => {
    // From the editor, as a user typing in it would: the previous test left the focus in
    // the tree, whose late selection updates could take it back from the palette.
    await vs.page.locator('.editor-group-container .monaco-editor .view-lines').first().click();
    await vs.page.locator('.editor-group-container .monaco-editor.focused').first().waitFor({ state: 'visible' });
    await runCommand(vs.page, 'Tech Lead: Show Output');
    await vs.page.locator('.part.panel').getByText('activated', { exact: false }).first().waitFor({ state: 'visible', timeout: 30_000 });
    await screenshot(vs.page, 'output-after-command');
  });
});

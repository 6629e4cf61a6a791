'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { workbenchForSuite, viewPane, openContainer, viewTitles, runCommand, screenshotInThemes } = require('./workbench');

/** acme-payments with its decisions only: no risk register, no review guideline. */
function decisionsOnly(workspace) {
  for (const dir of ['docs/risks', '.techlead/guidelines', '.github/instructions']) fs.rmSync(path.join(workspace, dir), { recursive: true, force: true });
  fs.writeFileSync(path.join(workspace, '.techlead.yaml'), 'adr:\n  directories: [docs/adr, services/ledger/docs/decisions]\n');
}

describe('UI: a repository with decisions only', function () {
  this.timeout(180_000);
  const vs = workbenchForSuite({ prepareWorkspace: decisionsOnly });

  it('gives the side bar to the decisions; the empty views are a command away', async () => {
    await openContainer(vs.page, 'Tech Lead');
    await viewPane(vs.page, 'Decisions').locator('.monaco-list-row', { hasText: 'docs/adr' }).first().waitFor({ state: 'visible', timeout: 30_000 });
    // Decisions alone: VS Code merges its header into the container's ("Tech Lead: Decisions").
    assert.equal(await vs.page.locator('.part.sidebar .pane-header h3.title:visible').count(), 0, 'Risks and Review Checklist step aside while empty');
    assert.match(await vs.page.locator('.part.sidebar .composite.title h2').first().getAttribute('title') ?? await vs.page.locator('.part.sidebar .composite.title h2').first().textContent(), /Tech Lead: Decisions/);
    await screenshotInThemes(vs, 'empty-views-hidden');
    await runCommand(vs.page, 'Tech Lead: Show Risks and Review Checklist Views');
    await viewPane(vs.page, 'Risks').getByText('No risk register found', { exact: false }).waitFor({ state: 'visible', timeout: 30_000 });
    const titles = (await viewTitles(vs.page)).map((t) => t.toLowerCase());
    assert.deepEqual(titles, ['decisions', 'risks', 'review checklist']);
    await screenshotInThemes(vs, 'empty-views-shown');
  });
});

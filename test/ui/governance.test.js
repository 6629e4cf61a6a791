'use strict';
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { workbenchForSuite, viewPane, openContainer, screenshotInThemes } = require('./workbench');

/**
 * The example repository as a Git history: everything on main, then a branch that touches
 * the card-processor client, which ADR-0003 governs (its Applies to line), RISK-001 names
 * and whose comment cites the superseded ADR-0002.
 */
function branchTouchingPayments(workspace) {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'UI', GIT_AUTHOR_EMAIL: 'ui@example.invalid', GIT_COMMITTER_NAME: 'UI', GIT_COMMITTER_EMAIL: 'ui@example.invalid', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: os.devNull };
  const git = (...args) => execFileSync('git', args, { cwd: workspace, env, stdio: 'pipe' });
  git('-c', 'init.defaultBranch=main', 'init', '--quiet');
  git('add', '--all');
  git('commit', '--quiet', '-m', 'Acme Payments');
  git('checkout', '--quiet', '-b', 'feature/retry-budget');
  const file = path.join(workspace, 'src', 'payments', 'processor.ts');
  fs.appendFileSync(file, '\n/** Retries a declined charge at most this often. */\nexport const MAX_RETRIES = 2;\n');
  git('commit', '--quiet', '-am', 'Cap processor retries');
}

describe('UI: decisions and risks govern code', function () {
  this.timeout(300_000);
  const vs = workbenchForSuite({ prepareWorkspace: branchTouchingPayments, userSettings: { 'techlead.review.base': 'main' } });

  it('a governed file shows what governs it: CodeLens, status bar, and the superseded mention', async () => {
    await vs.page.keyboard.press('Control+P');
    const widget = vs.page.locator('.quick-input-widget');
    await widget.locator('input').fill('src/payments/processor.ts');
    await widget.locator('.monaco-list-row.focused', { hasText: 'processor.ts' }).first().waitFor({ state: 'visible', timeout: 30_000 });
    await vs.page.keyboard.press('Enter');
    const lens = vs.page.locator('.monaco-editor .codelens-decoration', { hasText: 'Governed by ' });
    await lens.first().waitFor({ state: 'visible', timeout: 60_000 });
    const lensText = await lens.first().textContent();
    // By number: the superseded ADR-0002 its comment cites, then ADR-0003 by its Applies to line.
    assert.match(lensText, /Governed by ADR-0002 Store idempotency keys in Redis \(superseded by ADR-0005\)/);
    assert.match(lensText, /ADR-0003 Put the card processor behind an interface \(accepted\)/);
    assert.match(lensText, /RISK-001 Card-processor outage stops checkout \(critical\)/);
    const bar = vs.page.locator('.part.statusbar .statusbar-item', { hasText: 'decisions · ' });
    await bar.first().waitFor({ state: 'visible', timeout: 30_000 });
    assert.match(await bar.first().textContent(), /2 decisions · 1 risk/);
    await vs.page.locator('.monaco-editor .squiggly-warning').first().waitFor({ state: 'attached', timeout: 30_000 });
    await screenshotInThemes(vs, 'governed-file', async () => {
      await lens.first().waitFor({ state: 'visible' });
    });
  });

  it('the Review Checklist lists the decisions governing the branch and the risks it touches', async () => {
    await openContainer(vs.page, 'Tech Lead');
    const review = viewPane(vs.page, 'Review Checklist');
    const decisions = review.locator('.monaco-list-row', { hasText: 'Decisions' });
    await decisions.first().waitFor({ state: 'visible', timeout: 60_000 });
    const rows = await review.locator('.monaco-list-row').allTextContents();
    assert.ok(rows.some((r) => /ADR-0002 Store idempotency keys in Redis.*superseded by ADR-0005/.test(r)), `rows: ${JSON.stringify(rows)}`);
    assert.ok(rows.some((r) => /ADR-0003 Put the card processor behind an interface.*accepted/.test(r)), `rows: ${JSON.stringify(rows)}`);
    assert.ok(rows.some((r) => /RISK-001 Card-processor outage stops checkout.*critical/.test(r)), `rows: ${JSON.stringify(rows)}`);
    // No guideline applies to the file, yet the rows read against the comparison: it is said above them.
    await review.getByText('feature/retry-budget compared with main · 1 changed file.').waitFor({ state: 'visible' });
    await screenshotInThemes(vs, 'review-checklist-governance', async () => {
      await decisions.first().waitFor({ state: 'visible' });
    });
  });
});

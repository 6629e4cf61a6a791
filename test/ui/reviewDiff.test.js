'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { workbenchForSuite, openContainer, fullyShown, screenshotInThemes } = require('./workbench');
const { makeReviewRepo } = require('../integration/fixtures/makeReviewRepo');

/** The texts VS Code draws after lines of the modified side of the diff editor (decorations' `::after` content). */
async function textsAfterLines(page) {
  return page.locator('.monaco-diff-editor .editor.modified .view-lines').first().evaluate((lines) =>
    [...lines.querySelectorAll('span')]
      .map((span) => span.ownerDocument.defaultView.getComputedStyle(span, '::after').content)
      .filter((c) => c && c !== 'none' && c !== 'normal')
      .map((c) => JSON.parse(c)),
  );
}

describe('UI: review hints in a diff editor opened from Source Control', function () {
  this.timeout(300_000);
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'techlead-ui-review-'));
  // The review fixture: a branch with commits since main, staged and unstaged work. A wide
  // window, so the text after the longest hinted line fits in the diff editor's right side.
  const vs = workbenchForSuite({ folder: makeReviewRepo(parent), viewport: { width: 1920, height: 1000 } });
  after(() => fs.rmSync(parent, { recursive: true, force: true }));

  it('shows the guideline after the added line, and its text on hover, in light, dark and high contrast', async () => {
    const { page } = vs;
    await openContainer(page, 'Source Control');
    const row = page.locator('.part.sidebar .scm-view .monaco-list-row', { hasText: 'charges.ts' }).first();
    await row.waitFor({ state: 'visible', timeout: 60_000 });
    await row.click();
    const modified = page.locator('.monaco-diff-editor .editor.modified');
    await modified.waitFor({ state: 'visible', timeout: 60_000 });

    // The decorations come once the review has read the branch's change.
    let after = [];
    for (let waited = 0; waited < 150_000 && !after.some((t) => t.startsWith('SEC-001: ')); waited += 500) {
      await page.waitForTimeout(500);
      after = await textsAfterLines(page);
    }
    assert.deepEqual(after, ['SEC-001 applies: Validate input at API boundaries (0/3)', 'SEC-001: Validate input at API boundaries']);

    const hinted = modified.locator('.view-line', { hasText: 'const amount = (req.body' }).first();
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Validate input at API boundaries' }).first();
    const openHover = async () => {
      await page.mouse.move(0, 0);
      await hinted.hover({ position: { x: 40, y: 5 } });
      await hover.waitFor({ state: 'visible', timeout: 30_000 });
      await fullyShown(hover);
    };
    await openHover();
    const text = await hover.innerText();
    assert.match(text, /SEC-001: Validate input at API boundaries · Blocker/);
    assert.match(text, /Anything in the request comes from the caller/);
    assert.match(text, /☐ Every handler validates its input with the shared schema/);
    assert.match(text, /Open guideline SEC-001/);

    // The number of guidelines that apply beside Git's letter ("1, M" or "M, 1", as the providers came), drawn after the file's label.
    const rowBadges = await row.evaluate((el) => [...el.querySelectorAll('*')].map((e) => e.ownerDocument.defaultView.getComputedStyle(e, '::after').content).filter((c) => c && c !== 'none' && c !== 'normal'));
    assert.ok(rowBadges.some((c) => /\b1, M\b|\bM, 1\b/.test(c)), `the row's badges: ${JSON.stringify(rowBadges)}`);
    assert.equal(await modified.locator('.cgmr').count() >= 1, true, 'the gutter icon on the hinted line');
    await screenshotInThemes(vs, 'review-diff-hints', openHover);
  });
});

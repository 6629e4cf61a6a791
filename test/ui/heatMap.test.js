'use strict';
const assert = require('node:assert/strict');
const { workbenchForSuite, viewPane, openContainer, runCommand, screenshot, screenshotInThemes, ALL_THEMES } = require('./workbench');
const { computed, contrast, textContrast, shownBackground, isVisible, webviewFrame, webviewInTheme, narrowPanel } = require('./webviews');

const BANDS = ['critical', 'high', 'medium', 'low'];

describe('UI: the risk heat map webview', function () {
  this.timeout(300_000);
  const vs = workbenchForSuite();
  const frame = () => webviewFrame(vs.page);

  it('lists the risks of a clicked cell, which names its band as well as colouring it', async () => {
    // The command is offered once the extension has indexed the register.
    await openContainer(vs.page, 'Tech Lead');
    await viewPane(vs.page, 'Risks').locator('.monaco-list-row', { hasText: 'Critical' }).first().waitFor({ state: 'visible', timeout: 60_000 });
    await runCommand(vs.page, 'Risk: Show Heat Map');
    const cells = frame().locator('button.cell:not([disabled])');
    await cells.first().waitFor({ state: 'visible', timeout: 30_000 });
    const first = cells.first();
    const count = Number(await first.locator('.count').textContent());
    assert.ok(count >= 1, 'a cell with risks shows their count');
    const band = await first.locator('.band').textContent();
    assert.ok(BANDS.includes(band), `the cell names its band: ${band}`);
    assert.match(await first.getAttribute('aria-label'), new RegExp(`^Likelihood \\d, impact \\d, ${band}: ${count} risks?$`));
    await first.click();
    await frame().locator('.details li').first().waitFor({ state: 'visible' });
    assert.equal(await frame().locator('.details li').count(), count, 'the cell lists as many risks as it counts');
    assert.deepEqual(await frame().locator('.legend li').allTextContents(), ['Critical: 15 or more', 'High: 10–14', 'Medium: 5–9', 'Low: under 5']);
    await screenshot(vs.page, 'heat-map');
    await frame().getByRole('button', { name: 'Residual' }).click();
    await frame().locator('button[aria-pressed="true"]', { hasText: 'Residual' }).waitFor({ state: 'visible' });
    await screenshot(vs.page, 'heat-map-residual');
    await frame().getByRole('button', { name: 'Inherent' }).click();
    await frame().locator('button[aria-pressed="true"]', { hasText: 'Inherent' }).waitFor({ state: 'visible' });
  });

  it('fills every band, high included, in light, dark and both high-contrast themes, outlined in high contrast', async () => {
    await screenshotInThemes(vs, 'heat-map', async (theme) => {
      await webviewInTheme(frame(), theme);
      const background = await computed(frame().locator('body'), 'backgroundColor');
      const highContrast = theme.id.startsWith('hc');
      for (const band of BANDS) {
        // Every band's cells, with risks or not (a 5 × 5 grid has every band).
        const cell = frame().locator(`button.cell.${band}`);
        const fill = await computed(cell, 'backgroundColor');
        const swatch = await computed(frame().locator(`.legend .swatch.${band}`), 'backgroundColor');
        const seen = JSON.stringify({ theme: theme.id, band, background, fill, swatch });
        assert.ok(isVisible(fill) && isVisible(swatch), `nothing drawn: ${seen}`);
        assert.ok(contrast(swatch, background) >= 1.5, `swatch lost in the background: ${seen}`);
        if (highContrast) {
          const border = await computed(cell, 'borderTopColor');
          const style = await computed(cell, 'borderTopStyle');
          assert.ok(contrast(border, background) >= 3, `high contrast outlines cells: ${seen} border ${border}`);
          assert.equal(style, { critical: 'double', high: 'solid', medium: 'dashed', low: 'dotted' }[band], `the border's pattern names the band: ${seen}`);
        }
      }
      // Both assessments' names stay readable, the one not shown too.
      for (const name of ['Inherent', 'Residual']) {
        const ratio = await textContrast(frame().getByRole('button', { name }));
        assert.ok(ratio >= 4.5, `"${name}" unreadable in ${theme.id}: contrast ${ratio.toFixed(2)}`);
      }
      // Which one is shown can be seen: by its fill, or (dark high contrast fills both black) an outline.
      const pressed = frame().locator('.toggle button[aria-pressed="true"]');
      const fills = contrast(await shownBackground(pressed), await shownBackground(frame().locator('.toggle button[aria-pressed="false"]')));
      const outlined = (await computed(pressed, 'outlineStyle')) !== 'none' && contrast(await computed(pressed, 'outlineColor'), background) >= 3;
      assert.ok(fills >= 1.5 || outlined, `the pressed assessment looks like the other in ${theme.id}: fills ${fills.toFixed(2)}, outlined ${outlined}`);
      // The count on a filled cell stays readable.
      const cell = frame().locator('button.cell:not([disabled])').first();
      const text = await computed(cell, 'color');
      const fill = await computed(cell, 'backgroundColor');
      const onFill = await cell.evaluate((e, [f, b]) => {
        // The fill as it shows, composited over the page background.
        const ctx = e.ownerDocument.createElement('canvas').getContext('2d');
        ctx.fillStyle = b;
        ctx.fillRect(0, 0, 1, 1);
        ctx.fillStyle = f;
        ctx.fillRect(0, 0, 1, 1);
        const [r, g, bl] = ctx.getImageData(0, 0, 1, 1).data;
        return `rgb(${r}, ${g}, ${bl})`;
      }, [fill, background]);
      assert.ok(contrast(text, onFill) >= 4.5, `count unreadable on its cell: ${JSON.stringify({ theme: theme.id, text, fill, onFill })}`);
    }, ALL_THEMES);
  });

  it('fits a 400 px panel: the grid shrinks, axis words wrap, the page does not scroll sideways', async () => {
    await narrowPanel(vs, frame());
    const cell = await frame().locator('button.cell').first().boundingBox();
    assert.ok(cell.width >= 40, `cells stay wide enough for a count and a band word: ${cell.width} px`);
    await frame().locator('button.cell:not([disabled])').first().click();
    await frame().locator('.details li').first().waitFor({ state: 'visible' });
    await screenshot(vs.page, 'heat-map-narrow');
  });
});

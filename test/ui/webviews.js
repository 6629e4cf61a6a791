'use strict';
const assert = require('node:assert/strict');
const { runCommand } = require('./workbench');
/**
 * What the webview UI tests share: the webview's frame, waiting for a theme, colours as
 * the page computes them (parsed, and their WCAG contrast) and a narrow panel.
 */

/** [r, g, b, a] (0–255, alpha 0–1) from a computed colour: rgb(), rgba() or color(srgb …). */
function parseColour(text) {
  const value = String(text).trim();
  let m = /^rgba?\(\s*([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)$/.exec(value);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
  m = /^color\(srgb\s+([\d.e-]+)\s+([\d.e-]+)\s+([\d.e-]+)(?:\s*\/\s*([\d.]+))?\s*\)$/.exec(value);
  if (m) return [Number(m[1]) * 255, Number(m[2]) * 255, Number(m[3]) * 255, m[4] === undefined ? 1 : Number(m[4])];
  return undefined;
}

/** Whether a computed fill, stroke or background paints anything: not none, not fully transparent. */
function isVisible(text) {
  const c = parseColour(text);
  return c !== undefined && c[3] > 0.05;
}

/** `over` drawn on the opaque `under`. */
function composite(over, under) {
  const a = over[3];
  return [0, 1, 2].map((i) => over[i] * a + under[i] * (1 - a)).concat(1);
}

function luminance([r, g, b]) {
  const channel = (v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The WCAG contrast ratio of a colour (composited on the background) against the background. */
function contrast(colourText, backgroundText) {
  const background = parseColour(backgroundText);
  const colour = parseColour(colourText);
  if (!background || !colour) return 0;
  const [l1, l2] = [luminance(composite(colour, background)), luminance(background)].sort((a, b) => b - a);
  return (l1 + 0.05) / (l2 + 0.05);
}

/**
 * The WCAG contrast of an element's text against what shows behind it: its own background
 * over its containers', down to the page's. A button that leaves its background to a
 * theme colour the theme does not set shows whatever its fallback paints.
 */
async function textContrast(locator) {
  return contrast(await computed(locator, 'color'), await shownBackground(locator));
}

/** What shows behind an element's content: its background over its containers', down to the page's (rgb()). */
async function shownBackground(locator) {
  const backgrounds = await locator.first().evaluate((e) => {
    const found = [];
    for (let n = e; n; n = n.parentElement) found.push(n.ownerDocument.defaultView.getComputedStyle(n).backgroundColor);
    return found;
  });
  let behind = [255, 255, 255, 1];
  for (const b of backgrounds.reverse()) behind = composite(parseColour(b) ?? [0, 0, 0, 0], behind);
  return `rgb(${behind.slice(0, 3).join(', ')})`;
}

/** Where a webview's page lives: two iframes deep in the workbench. */
function webviewFrame(page) {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

/** The class VS Code puts on a webview's body in each theme (workbench.js THEMES ids). */
const BODY_CLASS = { light: 'vscode-light', dark: 'vscode-dark', hc: 'vscode-high-contrast', 'hc-light': 'vscode-high-contrast-light' };

/** Waits until the webview has taken the theme: its colours are the theme's from then on. */
function webviewInTheme(frame, theme) {
  return frame.locator(`body.${BODY_CLASS[theme.id]}`).waitFor({ state: 'attached', timeout: 30_000 });
}

/** A computed style property of the first element a locator finds (run in the page). */
function computed(locator, property) {
  return locator.first().evaluate((e, p) => e.ownerDocument.defaultView.getComputedStyle(e)[p], property);
}

/**
 * Makes the webview about 400 px wide (side bar closed, a narrow window) and checks that
 * the page does not scroll sideways there. Run with the webview the only editor open.
 */
async function narrowPanel(vs, frame) {
  await runCommand(vs.page, 'View: Close Primary Side Bar');
  await vs.page.setViewportSize({ width: 460, height: 900 });
  const width = await frame.locator('body').evaluate((b) => b.clientWidth);
  assert.ok(width >= 360 && width <= 420, `panel is ${width} px wide`);
  const overflow = await frame.locator('html').evaluate((h) => h.scrollWidth - h.clientWidth);
  assert.ok(overflow <= 1, `the page overflows by ${overflow} px`);
}

module.exports = { parseColour, isVisible, contrast, textContrast, shownBackground, webviewFrame, webviewInTheme, computed, narrowPanel };

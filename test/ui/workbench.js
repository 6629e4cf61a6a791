'use strict';
/**
 * Drives the real VS Code workbench (code-server in headless Chromium) the way a user
 * does: activity bar, command palette, quick input. Every wait is on something visible.
 */
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');
const { ensureVsCodeHost } = require('../../scripts/vscode-host/install');
const { startCodeServer, launchBrowser, remoteUri, workbenchUrl, makeStateDir } = require('../../scripts/vscode-host/server');

const root = path.resolve(__dirname, '..', '..');
const resultsDir = path.join(root, 'test-results', 'screenshots');

/**
 * Opens VS Code with the extension loaded, on a fresh copy of an example folder, or on
 * `folder` when given (a folder the suite prepared, such as a Git repository; opened in
 * place and left for the suite to remove). `prepareWorkspace(dir)`, when given, changes
 * the folder first (removes files, say). `logLevel` ('debug', 'trace') makes VS Code log
 * more, such as each tree view refresh as the extension host starts and ends it.
 */
async function openWorkbench({ example = 'acme-payments', folder, userSettings = {}, prepareWorkspace, viewport, logLevel } = {}) {
  const host = ensureVsCodeHost();
  const stateDir = makeStateDir('techlead-ui-');
  const sandbox = fs.mkdtempSync(path.join(os.tmpdir(), 'techlead-ui-ws-'));
  if (!folder) fs.cpSync(path.join(root, 'examples'), path.join(sandbox, 'examples'), { recursive: true });
  const workspace = folder ?? path.join(sandbox, 'examples', example);
  if (prepareWorkspace) prepareWorkspace(workspace);
  // No animations: a screenshot taken while a hover fades in shows it half transparent.
  const server = await startCodeServer(host, { stateDir, userSettings: { 'workbench.colorTheme': 'Dark Modern', 'workbench.reduceMotion': 'on', ...userSettings }, extraArgs: logLevel ? ['--log', logLevel] : [] });
  const browser = await launchBrowser(host, { profileDir: path.join(stateDir, 'browser-profile'), ...(viewport ? { viewport } : {}) });
  const { page } = browser;
  await page.goto(workbenchUrl(server, { workspace, payload: [['extensionDevelopmentPath', remoteUri(server, root)], ['skipWelcome', 'true']] }));
  await page.locator('.monaco-workbench .part.activitybar').waitFor({ state: 'visible', timeout: 60_000 });
  return {
    page,
    workspace,
    settingsFile: path.join(server.userDataDir, 'User', 'settings.json'),
    async close() {
      await browser.context.close().catch(() => {});
      await server.stop();
      fs.rmSync(stateDir, { recursive: true, force: true });
      fs.rmSync(sandbox, { recursive: true, force: true });
    },
  };
}

/**
 * Clicks the activity-bar entry whose title starts with `title` and waits for its side bar.
 * A window just (re)loaded may restore the container while this looks, and a click then
 * closes it again: the side bar is checked after each click, a few times at most.
 */
async function openContainer(page, title) {
  const icon = page.locator(`.part.activitybar .action-item a[aria-label^="${title}"]`).first();
  await icon.waitFor({ state: 'visible', timeout: 60_000 });
  const shown = page.locator(`.part.sidebar:not(.empty) .composite.title h2[title^="${title}" i], .part.sidebar:not(.empty) .title-label h2:text-matches("^${title}", "i")`).first();
  for (let attempt = 1; ; attempt++) {
    if (await shown.isVisible()) return;
    await icon.click();
    try {
      await shown.waitFor({ state: 'visible', timeout: 10_000 });
      return;
    } catch (err) {
      if (attempt >= 3) throw err;
    }
  }
}

/** The headers of the views in the side bar, in order. */
async function viewTitles(page) {
  const headers = page.locator('.part.sidebar .pane-header h3.title');
  await headers.first().waitFor({ state: 'visible', timeout: 30_000 });
  return headers.evaluateAll((els) => els.map((e) => e.textContent.trim()));
}

/** Runs a command from the palette by its label ("Category: Title"). */
async function runCommand(page, label) {
  const widget = page.locator('.quick-input-widget');
  // The palette closes when it loses focus: an editor that a previous step opened can take
  // the focus just after the palette appeared. And a webview that has just taken the focus
  // can swallow F1 before it forwards keys to the workbench (1 run in 5 of the graph test).
  // Either way the palette is opened again (a few times at most).
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('F1');
    try {
      await widget.waitFor({ state: 'visible', timeout: 10_000 });
      await widget.locator('input').fill(`>${label}`, { timeout: 5_000 });
      break;
    } catch (err) {
      if (attempt >= 3 || (await widget.isVisible())) throw err;
    }
  }
  // Enter runs the focused row: wait until that is the command asked for.
  await widget.locator('.monaco-list-row.focused', { hasText: label }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
}

/**
 * Waits until what `locator` finds is drawn in full: its fade (and its containers') over,
 * nothing of it see-through. A hover shot while it fades shows what lies under it.
 */
async function fullyShown(locator) {
  await locator.waitFor({ state: 'visible' });
  const opacity = await locator.evaluate(async (e) => {
    const fades = e.ownerDocument.getAnimations().filter((a) => {
      const target = a.effect?.target;
      return target && (target.contains(e) || e.contains(target)) && a.effect.getComputedTiming().endTime !== Infinity;
    });
    await Promise.all(fades.map((a) => a.finished.catch(() => undefined)));
    let product = 1;
    for (let n = e; n; n = n.parentElement) product *= Number(e.ownerDocument.defaultView.getComputedStyle(n).opacity);
    return product;
  });
  assert.equal(opacity, 1, 'shown see-through');
}

/** Answers the quick input / input box the extension shows next. */
async function answerInput(page, text, { expectPrompt } = {}) {
  const widget = page.locator('.quick-input-widget');
  await widget.waitFor({ state: 'visible' });
  if (expectPrompt) await widget.getByText(expectPrompt, { exact: false }).first().waitFor({ state: 'visible' });
  await widget.locator('input').fill(text);
  await page.keyboard.press('Enter');
}

async function screenshot(page, name) {
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/**
 * The built-in themes every surface is looked at in. `kind` is the class VS Code puts on
 * the workbench once the theme is applied, which is what a switch waits for.
 */
const THEMES = [
  { id: 'light', name: 'Light Modern', kind: 'vs' },
  { id: 'dark', name: 'Dark Modern', kind: 'vs-dark' },
  { id: 'hc', name: 'Dark High Contrast', kind: 'hc-black' },
];
/** The built-in themes plus Light High Contrast, for surfaces that draw their own colours (webviews). */
const ALL_THEMES = [...THEMES, { id: 'hc-light', name: 'Light High Contrast', kind: 'hc-light' }];

/**
 * Switches the colour theme the way a user does, from "Preferences: Color Theme". (Editing
 * the settings file is not picked up reliably by code-server after the first change.) The
 * picker takes the focus and the place of an open picker: a hover, a focused row or a
 * command's step must be brought back afterwards.
 */
async function setTheme(vs, theme) {
  const current = vs.page.locator(`.monaco-workbench.${theme.kind}`);
  if (await current.count()) return;
  const widget = vs.page.locator('.quick-input-widget');
  // A picker left open (a step of a command's flow) is closed first, as a user would.
  if (await widget.isVisible()) {
    await vs.page.keyboard.press('Escape');
    await widget.waitFor({ state: 'hidden' });
  }
  // Ctrl+K Ctrl+T: the palette's fuzzy match ranks other "Color Theme" commands first. Like
  // the palette (runCommand), the picker closes when an editor a previous step opened takes
  // the focus just after it appeared: then it is opened again (a few times at most).
  for (let attempt = 1; ; attempt++) {
    await vs.page.keyboard.press('Control+K');
    await vs.page.keyboard.press('Control+T');
    await widget.waitFor({ state: 'visible' });
    try {
      await widget.locator('input').fill(theme.name, { timeout: 5_000 });
      await widget.locator('.monaco-list-row.focused', { hasText: theme.name }).first().waitFor({ state: 'visible' });
      break;
    } catch (err) {
      if (attempt >= 3 || (await widget.isVisible())) throw err;
    }
  }
  await vs.page.keyboard.press('Enter');
  await current.waitFor({ state: 'attached', timeout: 30_000 });
  await widget.waitFor({ state: 'hidden' });
}

/**
 * Saves `name-light.png`, `name-dark.png` and `name-hc.png`: the same moment in the three
 * themes. `prepare(theme)`, when given, runs in each theme before its screenshot: it brings
 * back what the theme picker closed (a hover, a focus) and can assert on colours. `themes`
 * defaults to THEMES; ALL_THEMES adds Light High Contrast. The workbench is left in the
 * dark theme the suites start in.
 */
async function screenshotInThemes(vs, name, prepare, themes = THEMES) {
  const files = [];
  for (const theme of themes) {
    await setTheme(vs, theme);
    if (prepare) await prepare(theme);
    files.push(await screenshot(vs.page, `${name}-${theme.id}`));
  }
  await setTheme(vs, THEMES[1]);
  return files;
}

/**
 * One workbench for the enclosing `describe` block: opened in its `before` hook, closed in
 * its `after` hook. The returned object gets `page` and `workspace` once it is open.
 */
function workbenchForSuite(options) {
  const session = {};
  before(async function () {
    this.timeout(180_000);
    Object.assign(session, await openWorkbench(options));
  });
  // What the user saw when a test failed, kept beside the other screenshots.
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && session.page) await screenshot(session.page, `failed-${this.currentTest.title.replace(/[^\w-]+/g, '-').slice(0, 80)}`).catch(() => undefined);
  });
  after(async () => {
    await session.close?.();
  });
  return session;
}

/** The side-bar pane of the view titled `title` ("Decisions", "Risks"…). */
function viewPane(page, title) {
  return page.locator('.part.sidebar .pane', { has: page.locator('.pane-header h3.title', { hasText: new RegExp(`^${title}$`, 'i') }) });
}

module.exports = { workbenchForSuite, viewPane, openWorkbench, openContainer, viewTitles, runCommand, answerInput, fullyShown, screenshot, screenshotInThemes, setTheme, THEMES, ALL_THEMES, resultsDir };

'use strict';
/**
 * Drives the real VS Code workbench (code-server in headless Chromium) the way a user
 * does: activity bar, command palette, quick input. Every wait is on something visible.
 */
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');
const { ensureVsCodeHost } = require('../../scripts/vscode-host/install');
const { startCodeServer, launchBrowser, remoteUri, workbenchUrl, makeStateDir } = require('../../scripts/vscode-host/server');

const root = path.resolve(__dirname, '..', '..');
const resultsDir = path.join(root, 'test-results', 'screenshots');

/** Opens VS Code on a fresh copy of an example folder with the extension loaded. */
async function openWorkbench({ example = 'acme-payments', userSettings = {} } = {}) {
  const host = ensureVsCodeHost();
  const stateDir = makeStateDir('techlead-ui-');
  const sandbox = fs.mkdtempSync(path.join(os.tmpdir(), 'techlead-ui-ws-'));
  fs.cpSync(path.join(root, 'examples'), path.join(sandbox, 'examples'), { recursive: true });
  const workspace = path.join(sandbox, 'examples', example);
  const server = await startCodeServer(host, { stateDir, userSettings: { 'workbench.colorTheme': 'Default Dark Modern', ...userSettings } });
  const browser = await launchBrowser(host, { profileDir: path.join(stateDir, 'browser-profile') });
  const { page } = browser;
  await page.goto(workbenchUrl(server, { workspace, payload: [['extensionDevelopmentPath', remoteUri(server, root)], ['skipWelcome', 'true']] }));
  await page.locator('.monaco-workbench .part.activitybar').waitFor({ state: 'visible', timeout: 60_000 });
  return {
    page,
    workspace,
    async close() {
      await browser.context.close().catch(() => {});
      await server.stop();
      fs.rmSync(stateDir, { recursive: true, force: true });
      fs.rmSync(sandbox, { recursive: true, force: true });
    },
  };
}

/** Clicks the activity-bar entry whose title starts with `title` and waits for its side bar. */
async function openContainer(page, title) {
  const icon = page.locator(`.part.activitybar .action-item a[aria-label^="${title}"]`).first();
  await icon.waitFor({ state: 'visible', timeout: 60_000 });
  const alreadyOpen = await page.locator(`.part.sidebar .composite.title h2[title^="${title}" i], .part.sidebar .title-label h2:text-matches("^${title}", "i")`).count();
  if (!alreadyOpen) await icon.click();
  await page.locator('.part.sidebar').waitFor({ state: 'visible' });
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
  // the focus just after the palette appeared. Then it is opened again (a few times at most).
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('F1');
    await widget.waitFor({ state: 'visible' });
    try {
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

module.exports = { workbenchForSuite, viewPane, openWorkbench, openContainer, viewTitles, runCommand, answerInput, screenshot, resultsDir };

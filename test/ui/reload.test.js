'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { workbenchForSuite, viewPane, openContainer, runCommand } = require('./workbench');

/** Lines of every log under `dir` (the server's logs: each extension host's and each extension's) that match `pattern`. */
function logLines(dir, pattern) {
  const found = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.log')) for (const line of fs.readFileSync(p, 'utf8').split('\n')) if (pattern.test(line)) found.push(`${path.relative(dir, p)}: ${line}`);
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return found;
}

/**
 * The Tech Lead views' tree refreshes that the extension host started and has not ended:
 * at debug level it logs "[TreeView:<view>] refresh start", then "done" or "error".
 */
function refreshesUnderWay(logs) {
  const open = new Map();
  for (const line of logLines(logs, /\[TreeView:techlead\.[\w.]+\] refresh (start|done|error)/)) {
    const [, view, step] = /\[TreeView:(techlead\.[\w.]+)\] refresh (start|done|error)/.exec(line);
    open.set(view, (open.get(view) ?? 0) + (step === 'start' ? 1 : -1));
  }
  return [...open].filter(([, n]) => n > 0).map(([view]) => view);
}

/** Waits until `condition()` holds: for what only a log file shows, checked a few times a second. */
async function logShows(page, condition, what) {
  for (const deadline = Date.now() + 60_000; !condition();) {
    assert.ok(Date.now() < deadline, `the log never showed ${what}`);
    await page.waitForTimeout(250);
  }
}

/**
 * The example repository on a feature branch, with an uncommitted change to a file the
 * SEC-001 guideline applies to: the Review Checklist follows it, and the Git extension
 * closes the repository as the window reloads.
 */
function featureBranchWithChange(workspace) {
  const git = (...args) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: workspace });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'Start');
  git('checkout', '-qb', 'feature');
  fs.appendFileSync(path.join(workspace, 'src', 'api', 'charges.ts'), '\n// A change under review.\n');
}

describe('UI: reloading the window', function () {
  this.timeout(300_000);
  const vs = workbenchForSuite({ prepareWorkspace: featureBranchWithChange, logLevel: 'debug' });
  const risksListed = () => viewPane(vs.page, 'Risks').locator('.monaco-list-row', { hasText: 'Critical' }).first();

  it('leaves no "Unable to refresh tree view" error in the extension host log', async () => {
    const logs = path.join(path.dirname(path.dirname(vs.settingsFile)), 'logs');
    await openContainer(vs.page, 'Tech Lead');
    await risksListed().waitFor({ state: 'visible', timeout: 60_000 });
    // The Git extension has opened the repository once its status bar item names the branch.
    await vs.page.locator('.part.statusbar .statusbar-item', { hasText: 'feature' }).first().waitFor({ state: 'visible', timeout: 60_000 });
    // The review has read the change once the Review Checklist counts its files (its
    // welcome text, "No review guideline applies…", shows while it reads, too).
    await viewPane(vs.page, 'Review Checklist').getByText(/· 1 changed file\./).waitFor({ state: 'visible', timeout: 60_000 });
    // VS Code cancels a refresh still on its way when the window goes, whatever set it
    // off: once the ones started so far have ended, what is left is what the closing does.
    await logShows(vs.page, () => refreshesUnderWay(logs).length === 0, 'every Tech Lead view refreshed');

    const reloaded = vs.page.waitForEvent('load', { timeout: 120_000 });
    await runCommand(vs.page, 'Developer: Reload Window');
    await reloaded;
    // The window comes back as it was: the side bar restored, the risks listed again.
    await risksListed().waitFor({ state: 'visible', timeout: 120_000 });
    // The first extension host has written all it will once it says it exits.
    await logShows(vs.page, () => logLines(logs, /Extension host with pid \d+ exiting/).length > 0, 'the first extension host exiting');
    assert.deepEqual(logLines(logs, /Unable to refresh tree view/), []);
  });
});

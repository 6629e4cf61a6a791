'use strict';
/**
 * Runs a mocha suite inside the real VS Code extension host (code-server), the way
 * @vscode/test-electron does: the workbench is opened with the extension under
 * development and a tests module (`extensionTestsPath`) whose `run()` VS Code awaits.
 *
 * The result counts the suite's own report line (TECHLEAD_TEST_RESULT {...}); a crashed
 * or killed extension host, a missing report or a timeout all fail the run.
 */
const fs = require('node:fs');
const path = require('node:path');
const util = require('node:util');
const { startCodeServer, launchBrowser, remoteUri, workbenchUrl, makeStateDir, installVsix, tail, delay } = require('./server');

const RESULT_MARK = 'TECHLEAD_TEST_RESULT ';

/**
 * @param {object} host from ensureVsCodeHost()
 * @param {{ extensionPath?: string, vsix?: string, testsModule: string, workspace?: string, env?: Record<string,string>,
 *           label: string, logsDir?: string, timeoutMs?: number, userSettings?: object, onOutput?: (line: string) => void }} options
 * @returns {Promise<{ label: string, passed: number, failed: number, pending: number, failures: string[], exitCode: number, problem?: string }>}
 */
async function runExtensionTests(host, options) {
  const { label, timeoutMs = 10 * 60_000 } = options;
  const stateDir = makeStateDir('techlead-exthost-');
  const print = options.onOutput || ((line) => process.stdout.write(`${line}\n`));
  let server;
  let browser;
  const outcome = { label, passed: 0, failed: 0, pending: 0, failures: [], exitCode: 2 };
  try {
    if (options.vsix) installVsix(host, stateDir, options.vsix);
    server = await startCodeServer(host, { stateDir, userSettings: options.userSettings });
    browser = await launchBrowser(host, { profileDir: path.join(stateDir, 'browser-profile') });
    const { page } = browser;
    let report;
    let settle;
    const finished = new Promise((resolve) => (settle = resolve));
    await page.exposeFunction('codeAutomationLog', (level, args) => {
      const line = Array.isArray(args) ? util.format(...args) : String(args);
      if (line.startsWith(RESULT_MARK)) {
        try { report = JSON.parse(line.slice(RESULT_MARK.length)); } catch { /* reported below as missing */ }
        return;
      }
      if (/Extension host .*terminated unexpectedly/i.test(line)) settle({ crashed: line });
      if (isTestOutput(line)) print(level === 'error' ? `  ${line}` : line);
    });
    await page.exposeFunction('codeAutomationExit', (code) => settle({ code }));
    const payload = [['skipWelcome', 'true'], ['extensionTestsPath', remoteUri(server, options.testsModule)]];
    if (options.extensionPath) payload.push(['extensionDevelopmentPath', remoteUri(server, options.extensionPath)]);
    if (options.env && Object.keys(options.env).length) payload.push(['extensionEnvironment', JSON.stringify(options.env)]);
    await page.goto(workbenchUrl(server, { workspace: options.workspace, payload }));
    let timer;
    const result = await Promise.race([finished, new Promise((resolve) => { timer = setTimeout(() => resolve({ timeout: true }), timeoutMs); })]);
    clearTimeout(timer);
    if (result.timeout) {
      outcome.problem = `timed out after ${Math.round(timeoutMs / 1000)} s`;
      if (options.logsDir) await page.screenshot({ path: path.join(options.logsDir, `${slug(label)}-timeout.png`) }).catch(() => {});
    } else if (result.crashed) {
      outcome.problem = `the extension host crashed: ${result.crashed}`;
    } else {
      // The workbench reports 0 even when a remote extension host was killed, so also
      // read the server's record of how the extension host process ended.
      const ended = await extensionHostExit(server.logFile, 15_000);
      if (ended && ended.signal !== 'null') outcome.problem = `the extension host was killed by ${ended.signal}`;
      else if (ended && result.code === 0 && ended.code !== '0') outcome.problem = `the extension host exited with code ${ended.code}`;
      else if (!report) outcome.problem = `the tests module ended (exit code ${result.code}) without reporting results`;
      if (report) Object.assign(outcome, { passed: report.passed, failed: report.failed, pending: report.pending, failures: report.failures || [] });
      outcome.exitCode = outcome.problem ? 2 : result.code === 0 && outcome.failed === 0 ? 0 : 1;
    }
  } catch (err) {
    outcome.problem = `setup failed: ${err && err.stack || err}`;
    if (server) outcome.problem += `\ncode-server log:\n${tail(server.logFile)}`;
  } finally {
    if (options.logsDir && server) saveLogs(options.logsDir, label, server);
    if (browser) await browser.context.close().catch(() => {});
    if (server) await server.stop();
    fs.rmSync(stateDir, { recursive: true, force: true });
  }
  return outcome;
}

async function extensionHostExit(logFile, waitMs) {
  const until = Date.now() + waitMs;
  for (;;) {
    const text = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '';
    const m = /Extension Host Process exited with code: (\S+), signal: (\S+?)\.?$/m.exec(text);
    if (m) return { code: m[1], signal: m[2] };
    if (Date.now() > until) return undefined;
    await delay(200);
  }
}

/** Hides the workbench's own start-up chatter; keeps what the tests print. */
function isTestOutput(line) {
  return !/^(Resolving connection token|Resolved connection token|Creating a socket|\[reconnection-grace-time\]|Ignoring fetching additional builtin|Updating additional builtin|\[Service Worker\]|\[AgentHost|\[AccountPolicyGate\]|Creation of workbench contribution|Started local extension host|Extension host .* started|.*404 \(Not Found\)|.*vsda)/.test(line);
}

function saveLogs(logsDir, label, server) {
  try {
    const dir = path.join(logsDir, slug(label));
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(server.logFile, path.join(dir, 'code-server.log'));
    const serverLogs = path.join(server.userDataDir, 'logs');
    if (fs.existsSync(serverLogs)) fs.cpSync(serverLogs, path.join(dir, 'server-logs'), { recursive: true });
  } catch (err) {
    process.stderr.write(`could not save logs for ${label}: ${err.message}\n`);
  }
}

function slug(s) {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

module.exports = { runExtensionTests, RESULT_MARK };

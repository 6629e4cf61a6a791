'use strict';
/**
 * Starts a private, offline code-server (real VS Code) and, for tests, a headless
 * Chromium showing its workbench. Every process is started in its own process group
 * and stopped as a group: code-server's extension host otherwise outlives it.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const net = require('node:net');
const http = require('node:http');
const { spawn, execFileSync } = require('node:child_process');

/** User settings for every fresh profile: nothing phones home, nothing distracts. */
const OFFLINE_USER_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.startupEditor': 'none',
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'git.autofetch': false,
  'github.gitAuthentication': false,
  'npm.fetchOnlinePackageInfo': false,
  'json.schemaDownload.enable': false,
  'typescript.disableAutomaticTypeAcquisition': true,
  'security.workspace.trust.enabled': false,
};

/** Headless Chromium that makes no connection except to this machine. */
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function isHealthy(url) {
  return new Promise((resolve) => {
    const req = http.get(`${url}/healthz`, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.setTimeout(2000, () => req.destroy());
  });
}

/**
 * Starts code-server. Its state (profile, extensions, logs) lives in `stateDir`.
 * @returns {Promise<{url: string, authority: string, port: number, logFile: string, userDataDir: string, extensionsDir: string, stop: () => Promise<void>, exited: () => boolean}>}
 */
async function startCodeServer(host, { stateDir, port, bindHost = '127.0.0.1', userSettings = {}, extraArgs = [] }) {
  const userDataDir = path.join(stateDir, 'user-data');
  const extensionsDir = path.join(stateDir, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  if (!fs.existsSync(settingsFile)) fs.writeFileSync(settingsFile, JSON.stringify({ ...OFFLINE_USER_SETTINGS, ...userSettings }, null, 2));
  port = port || (await freePort());
  // An own config file: code-server otherwise writes ~/.config/code-server/config.yaml.
  const configFile = path.join(stateDir, 'code-server.yaml');
  fs.writeFileSync(configFile, `bind-addr: ${bindHost}:${port}\nauth: none\ncert: false\n`);
  const logFile = path.join(stateDir, 'code-server.log');
  const out = fs.openSync(logFile, 'a');
  const env = { ...serverEnv(stateDir) };
  delete env.VSCODE_IPC_HOOK_CLI;
  const child = spawn(host.node, [
    host.codeServerEntry,
    '--config', configFile,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    // The browser workbench honours ?payload=[["extensionDevelopmentPath", ...]] only with
    // this option: it is how VS Code's own browser tests load an extension under test.
    '--vscode-option', 'enable-smoke-test-driver',
    ...extraArgs,
  ], { stdio: ['ignore', out, out], env, detached: true });
  fs.closeSync(out);
  let exitInfo;
  child.on('exit', (code, signal) => { exitInfo = { code, signal }; });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (!(await isHealthy(url))) {
    if (exitInfo) throw new Error(`code-server exited at start (${JSON.stringify(exitInfo)}); log: ${logFile}\n${tail(logFile)}`);
    if (Date.now() > deadline) throw new Error(`code-server did not answer on ${url} within 60 s; log: ${logFile}`);
    await delay(100);
  }
  const stop = async () => {
    if (exitInfo) return;
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
    for (let i = 0; i < 50 && !exitInfo; i++) await delay(100);
    if (!exitInfo) { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ } }
  };
  return { url, authority: `127.0.0.1:${port}`, port, pid: child.pid, logFile, userDataDir, extensionsDir, stop, exited: () => !!exitInfo };
}

/** Keeps code-server's data and VS Code's machine id inside the run's own folder; no gallery. */
function serverEnv(stateDir) {
  return {
    ...process.env,
    EXTENSIONS_GALLERY: '{}',
    XDG_DATA_HOME: path.join(stateDir, 'xdg', 'data'),
    XDG_CACHE_HOME: path.join(stateDir, 'xdg', 'cache'),
  };
}

/** Installs a .vsix into a state dir's extensions folder, as a user would. */
function installVsix(host, stateDir, vsix) {
  const userDataDir = path.join(stateDir, 'user-data');
  const extensionsDir = path.join(stateDir, 'extensions');
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.mkdirSync(userDataDir, { recursive: true });
  return execFileSync(host.node, [host.codeServerEntry, '--config', '/dev/null', '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir, '--install-extension', path.resolve(vsix), '--force'],
  { env: serverEnv(stateDir), encoding: 'utf8' });
}

function chromiumPath(host) {
  const candidate = host.chromium || 'chromium';
  if (path.isAbsolute(candidate)) return candidate;
  try {
    return execFileSync('sh', ['-c', `command -v ${candidate}`], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('Chromium was not found: install the Debian package `chromium` or set TECHLEAD_CHROMIUM.');
  }
}

/** Opens a headless Chromium page; every request to another host is refused. */
async function launchBrowser(host, { profileDir, viewport = { width: 1400, height: 900 } }) {
  const { chromium } = require('playwright-core');
  fs.mkdirSync(profileDir, { recursive: true });
  const xdg = path.join(path.dirname(profileDir), 'browser-xdg');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(host),
    headless: true,
    viewport,
    args: CHROMIUM_ARGS,
    env: { ...process.env, XDG_CONFIG_HOME: path.join(xdg, 'config'), XDG_CACHE_HOME: path.join(xdg, 'cache') },
  });
  const blocked = [];
  await context.route((u) => !isLocalUrl(u), (route) => {
    blocked.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  const page = context.pages()[0] || (await context.newPage());
  return { context, page, blocked };
}

function isLocalUrl(u) {
  if (['data:', 'blob:', 'about:', 'chrome-extension:'].includes(u.protocol)) return true;
  return ['127.0.0.1', 'localhost', '[::1]', '::1'].includes(u.hostname);
}

/** `vscode-remote://` URI of a local path, as the browser workbench addresses the server's files. */
function remoteUri(server, p) {
  return `vscode-remote://${server.authority}${path.resolve(p).split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * The workbench URL: a folder, a *.code-workspace file (multi-root) or an empty window,
 * with optional payload entries (extension under development, tests module, environment).
 */
function workbenchUrl(server, { workspace, payload = [] }) {
  let query;
  if (!workspace) query = 'ew=true';
  else if (workspace.endsWith('.code-workspace')) query = `workspace=${encodeURIComponent(path.resolve(workspace))}`;
  else query = `folder=${encodeURIComponent(path.resolve(workspace))}`;
  if (payload.length) query += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return `${server.url}/?${query}`;
}

function tail(file, lines = 30) {
  try { return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n'); } catch { return ''; }
}

function makeStateDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

module.exports = { startCodeServer, installVsix, launchBrowser, remoteUri, workbenchUrl, makeStateDir, tail, delay, OFFLINE_USER_SETTINGS };

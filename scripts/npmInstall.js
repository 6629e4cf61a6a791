'use strict';
/**
 * The npm installs this project runs inside itself: the VS Code host, the benchmark's
 * baseline tools, the CLI tarball check. Each runs with a clean environment.
 *
 * Why: `npm start` and `npm test` export npm_* variables (npm_config_user_agent names the
 * outer Node) that a nested npm inherits. code-server's postinstall read the Node version
 * from that user agent and refused to install under the Node 24 it really ran on. Nothing
 * the outer npm exports is meant for the inner one, so none of it is passed on.
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

/** Set by `npm run` for the scripts it runs, besides the npm_* variables. */
const NPM_RUN_VARIABLES = new Set(['INIT_CWD', 'NODE']);

/** PATH entries `npm run` prepends: the project's node_modules/.bin folders and npm's own node-gyp. */
function addedByNpmRun(entry) {
  const parts = entry.split(/[\\/]/);
  const last = parts.slice(-2).join('/');
  return last === 'node_modules/.bin' || parts[parts.length - 1] === 'node-gyp-bin';
}

/**
 * The environment a nested npm (or any child that must not see the outer npm) gets:
 * `env` without npm_* variables, INIT_CWD, NODE and the PATH entries `npm run` added,
 * then `extra` on top. `prependPath` folders come first on PATH.
 * @param {NodeJS.ProcessEnv} env
 * @param {{ extra?: Record<string, string>, prependPath?: string[] }} [options]
 * @returns {Record<string, string>}
 */
function cleanEnv(env, { extra = {}, prependPath = [] } = {}) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined || /^npm_/i.test(key) || NPM_RUN_VARIABLES.has(key)) continue;
    out[key] = value;
  }
  const pathKey = Object.keys(out).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH';
  const entries = (out[pathKey] ?? '').split(path.delimiter).filter((e) => e && !addedByNpmRun(e));
  out[pathKey] = [...prependPath, ...entries].join(path.delimiter);
  return { ...out, ...extra };
}

/**
 * spawnSync with a clean environment (see cleanEnv).
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnSyncOptions & { env?: NodeJS.ProcessEnv, extraEnv?: Record<string, string>, prependPath?: string[] }} [options]
 */
function spawnClean(command, args, { env = process.env, extraEnv, prependPath, ...options } = {}) {
  return spawnSync(command, args, { ...options, env: cleanEnv(env, { extra: extraEnv, prependPath }) });
}

/**
 * `npm install specs` into its own folder `prefix` (a package.json is written there), with
 * a clean environment. Throws with the log's tail when npm fails.
 * @param {string} prefix
 * @param {string[]} specs package specs or tarball paths
 * @param {{ extraEnv?: Record<string, string>, prependPath?: string[], logFile?: string, npmArgs?: string[] }} [options]
 */
function npmInstallInto(prefix, specs, { extraEnv = {}, prependPath = [], logFile, npmArgs = [] } = {}) {
  fs.mkdirSync(prefix, { recursive: true });
  fs.writeFileSync(path.join(prefix, 'package.json'), JSON.stringify({ name: 'techlead-nested-install', private: true }));
  const out = logFile ? fs.openSync(logFile, 'w') : 'inherit';
  const result = spawnClean('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--foreground-scripts', ...npmArgs, ...specs], {
    cwd: prefix,
    stdio: ['ignore', out, out],
    extraEnv: { npm_config_update_notifier: 'false', ...extraEnv },
    prependPath,
  });
  if (logFile) fs.closeSync(out);
  if (result.status !== 0) {
    const tail = logFile ? fs.readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n') : '';
    throw new Error(`npm install ${specs.join(' ')} failed${logFile ? ` (log: ${logFile})\n${tail}` : ''}`);
  }
}

module.exports = { cleanEnv, spawnClean, npmInstallInto };

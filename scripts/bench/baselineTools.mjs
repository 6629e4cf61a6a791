// The tools the benchmark measures the toolkit against. They are installed here, on
// demand, into a cache folder (not by `npm install`): a user's install stays free of them
// and of their engine requirements (markdownlint-cli2 wants Node 22; the toolkit needs 20).
//
// Cache: ~/.cache/techlead-toolkit/bench-tools (override: TECHLEAD_BENCH_TOOLS_CACHE).
// Pinned versions keep the figures comparable from run to run.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { npmInstallInto } = require('../npmInstall.js');

/** name → pinned version and the file to run, inside the package. */
const BASELINE_TOOLS = {
  'markdownlint-cli2': { version: '0.24.1', bin: 'markdownlint-cli2-bin.mjs' },
};

function cacheDir() {
  return process.env.TECHLEAD_BENCH_TOOLS_CACHE || join(homedir(), '.cache', 'techlead-toolkit', 'bench-tools');
}

/**
 * The path of a baseline tool's executable script, installed first if missing (with a
 * clean environment, see scripts/npmInstall.js). `log` says when it installs.
 * @param {keyof typeof BASELINE_TOOLS} name
 * @param {(message: string) => void} log
 */
export function baselineTool(name, log) {
  const tool = BASELINE_TOOLS[name];
  if (!tool) throw new Error(`unknown baseline tool ${name}`);
  const prefix = join(cacheDir(), `${name}-${tool.version}`);
  const marker = join(prefix, '.installed');
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== tool.version) {
    log(`installing the baseline ${name}@${tool.version} into ${prefix}`);
    rmSync(prefix, { recursive: true, force: true });
    npmInstallInto(prefix, [`${name}@${tool.version}`], { logFile: join(cacheDir(), `${name}-${tool.version}.install.log`), npmArgs: ['--ignore-scripts'] });
    writeFileSync(marker, tool.version);
  }
  return join(prefix, 'node_modules', name, tool.bin);
}

// Activation in real VS Code (code-server, through scripts/vscode-host): the toolkit and
// a no-op extension, each on an empty folder and on the big repo.
//
// Method: each extension runs as a benchmark copy whose manifest is the real one with
// `main` pointing at vscode/timedMain.js. That shim requires the real entry point and
// wraps its activate(), so it measures the time spent loading the module and inside
// activate() itself, with the extension's own code untouched. The tests module
// (vscode/benchTests.js) reads the numbers in the extension host. The no-op extension is
// measured the same way, so the difference is what the toolkit adds.
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const BENCH_MARK = 'TECHLEAD_BENCH ';

function benchCopy(dir, manifest, realMain, links) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...manifest, main: './bench-main.js' }, null, 2));
  copyFileSync(join(import.meta.dirname, 'vscode', 'timedMain.js'), join(dir, 'bench-main.js'));
  writeFileSync(join(dir, 'real-main.js'), `module.exports = require(${JSON.stringify(realMain)});\n`);
  for (const [name, target] of links) if (existsSync(target)) symlinkSync(target, join(dir, name));
  return dir;
}

export async function measureActivation({ root, work, runs, folders, log }) {
  const { ensureVsCodeHost } = require(join(root, 'scripts/vscode-host/install.js'));
  const { runExtensionTests } = require(join(root, 'scripts/vscode-host/runExtensionTests.js'));
  const host = ensureVsCodeHost();
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const extensions = {
    toolkit: {
      id: `${manifest.publisher}.${manifest.name}`,
      ownCode: join(root, 'dist') + '/',
      dir: benchCopy(join(work, 'ext-toolkit'), manifest, join(root, 'dist', 'extension.js'), ['media', 'syntaxes', 'schemas', 'package.nls.json', 'dist'].map((n) => [n, join(root, n)])),
    },
    noop: (() => {
      const noopDir = join(import.meta.dirname, 'noop-extension');
      const m = JSON.parse(readFileSync(join(noopDir, 'package.json'), 'utf8'));
      return { id: `${m.publisher}.${m.name}`, ownCode: noopDir + '/', dir: benchCopy(join(work, 'ext-noop'), m, join(noopDir, 'extension.js'), []) };
    })(),
  };
  const out = { toolkit: { empty: [], big: [] }, noop: { empty: [], big: [] } };
  for (let i = 0; i < runs; i++) {
    for (const which of ['noop', 'toolkit']) {
      for (const folder of ['empty', 'big']) {
        let measured;
        const outcome = await runExtensionTests(host, {
          label: `bench activation ${which} ${folder} #${i + 1}`,
          extensionPath: extensions[which].dir,
          testsModule: join(import.meta.dirname, 'vscode', 'benchTests.js'),
          workspace: folders[folder],
          env: { TECHLEAD_BENCH_EXTENSION_ID: extensions[which].id, TECHLEAD_BENCH_OWN_CODE: extensions[which].ownCode, TECHLEAD_BENCH_INDEX: which === 'toolkit' && folder === 'big' ? '1' : '0', ...watchEnv(which, folder), ...profileEnv() },
          timeoutMs: 300_000,
          onOutput: (line) => {
            if (line.startsWith(BENCH_MARK)) measured = JSON.parse(line.slice(BENCH_MARK.length));
          },
        });
        if (!measured) throw new Error(`activation ${which}/${folder}: no measurement (${outcome.problem ?? `exit ${outcome.exitCode}`})`);
        const stall =
          measured.longestStallMs === undefined
            ? ''
            : `, longest stall ${measured.longestStallMs.toFixed(0)} ms (busy ${measured.longestBusyStallMs.toFixed(0)} ms, ${measured.cpuClock} clock; at most ${measured.longestOwnStallMs.toFixed(0)} ms of a stall in its own code and GC, ${measured.longestUnsampledMs.toFixed(0)} ms unsampled)`;
        log(`activation ${which}/${folder}: load ${measured.loadMs.toFixed(1)} ms, activate ${measured.activateMs.toFixed(1)} ms${measured.indexMs ? `, re-index ${measured.indexMs.toFixed(0)} ms` : ''}${stall}`);
        out[which][folder].push(measured);
      }
    }
  }
  return out;
}

/**
 * The no-op extension's host on the big repo is watched for stalls as long as the toolkit's
 * re-index takes (about 1.5 s here): the stalls the host has by itself (built-in extensions
 * starting, the machine's load), the baseline for the toolkit's.
 */
function watchEnv(which, folder) {
  return which === 'noop' && folder === 'big' ? { TECHLEAD_BENCH_WATCH_MS: '1500' } : {};
}

/** TECHLEAD_BENCH_PROFILE=file.cpuprofile profiles the extension host during the big repo's re-index. */
function profileEnv() {
  return process.env.TECHLEAD_BENCH_PROFILE ? { TECHLEAD_BENCH_PROFILE: process.env.TECHLEAD_BENCH_PROFILE } : {};
}

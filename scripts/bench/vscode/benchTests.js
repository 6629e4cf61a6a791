'use strict';
// The tests module (`extensionTestsPath`) of the activation benchmark: runs inside the
// real extension host. It activates the extension under test (already active when a
// workspaceContains event fired at start-up; activating it is then a no-op), reads what
// timedMain.js measured, and on a repository with records also times a full re-index
// while a 5 ms timer measures the longest stretch the extension host was blocked.
const vscode = require('vscode');

exports.run = async function run() {
  const id = process.env.TECHLEAD_BENCH_EXTENSION_ID;
  const ext = vscode.extensions.getExtension(id);
  if (!ext) throw new Error(`extension ${id} is not loaded`);
  const api = await ext.activate();
  const timing = globalThis.__techleadBenchActivation;
  if (!timing) throw new Error('timedMain.js recorded nothing');
  const result = { ...timing };
  if (api && api.indexes && process.env.TECHLEAD_BENCH_INDEX === '1') {
    await api.indexes.whenIdle();
    const folders = vscode.workspace.workspaceFolders ?? [];
    const profiler = process.env.TECHLEAD_BENCH_PROFILE ? await startProfiler() : undefined;
    let longest = 0;
    let last = performance.now();
    /** Stretches over 30 ms when the timer could not run, to line up with the profile. */
    const stalls = [];
    const timer = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      if (now - last > 30) stalls.push({ from: last, to: now });
      last = now;
    }, 5);
    const t0 = performance.now();
    await api.indexes.rebuild(folders);
    result.indexMs = performance.now() - t0;
    clearInterval(timer);
    if (profiler) await profiler.stopInto(process.env.TECHLEAD_BENCH_PROFILE, stalls);
    result.longestStallMs = longest;
    result.documents = api.indexes.folders().map((f) => f.index.documents('decision').length);
  }
  console.log(`TECHLEAD_BENCH ${JSON.stringify(result)}`);
  console.log(`TECHLEAD_TEST_RESULT ${JSON.stringify({ passed: 1, failed: 0, pending: 0, failures: [] })}`);
};

/** A CPU profile of the extension host (TECHLEAD_BENCH_PROFILE=file.cpuprofile), to find what blocks it. */
async function startProfiler() {
  const inspector = require('node:inspector');
  const session = new inspector.Session();
  session.connect();
  const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (err, r) => (err ? reject(err) : resolve(r))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 500 });
  await post('Profiler.start');
  const startedAt = performance.now();
  return {
    /** Writes the profile, and the stalls as offsets from its start in `<file>.stalls.json`. */
    async stopInto(file, stalls) {
      const { profile } = await post('Profiler.stop');
      const fs = require('node:fs');
      fs.writeFileSync(file, JSON.stringify(profile));
      fs.writeFileSync(`${file}.stalls.json`, JSON.stringify(stalls.map((s) => ({ fromMs: s.from - startedAt, toMs: s.to - startedAt }))));
      session.disconnect();
    },
  };
}

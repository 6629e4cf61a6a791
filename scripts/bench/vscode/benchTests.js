'use strict';
// The tests module (`extensionTestsPath`) of the activation benchmark: runs inside the
// real extension host. It activates the extension under test (already active when a
// workspaceContains event fired at start-up; activating it is then a no-op), reads what
// timedMain.js measured, and on a repository with records also times a full re-index
// while a 5 ms timer measures the longest stretch the extension host was blocked (see
// watchStalls). On the same repo, the no-op extension's host is watched as long.
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
    const watch = watchStalls();
    const t0 = performance.now();
    await api.indexes.rebuild(folders);
    result.indexMs = performance.now() - t0;
    const stalls = watch.stop();
    if (profiler) await profiler.stopInto(process.env.TECHLEAD_BENCH_PROFILE, stalls.list);
    result.longestStallMs = stalls.longestMs;
    result.longestBusyStallMs = stalls.longestBusyMs;
    result.documents = api.indexes.folders().map((f) => f.index.documents('decision').length);
  } else if (process.env.TECHLEAD_BENCH_WATCH_MS) {
    // The baseline: the same host with nothing to index, watched as long as a re-index takes.
    const watch = watchStalls();
    await new Promise((resolve) => setTimeout(resolve, Number(process.env.TECHLEAD_BENCH_WATCH_MS)));
    const stalls = watch.stop();
    result.longestStallMs = stalls.longestMs;
    result.longestBusyStallMs = stalls.longestBusyMs;
  }
  console.log(`TECHLEAD_BENCH ${JSON.stringify(result)}`);
  console.log(`TECHLEAD_TEST_RESULT ${JSON.stringify({ passed: 1, failed: 0, pending: 0, failures: [] })}`);
};

/**
 * A 5 ms timer that measures the longest stretch the extension host could not run it.
 * Each stretch is also charged the CPU time the host process used in it (capped at its
 * length): on a loaded machine the operating system can leave the whole process waiting
 * for a core, which blocks nothing the process does. `longestBusyMs` is the longest
 * stretch counted that way; `longestMs` is wall-clock time. `list` has the stretches
 * over 30 ms, to line up with a profile.
 */
function watchStalls() {
  let longestMs = 0;
  let longestBusyMs = 0;
  const list = [];
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  const timer = setInterval(() => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    const wall = now - last;
    const busy = Math.min(wall, (cpu.user + cpu.system) / 1000);
    longestMs = Math.max(longestMs, wall);
    longestBusyMs = Math.max(longestBusyMs, busy);
    if (wall > 30) list.push({ from: last, to: now, busyMs: busy });
    last = now;
    lastCpu = process.cpuUsage();
  }, 5);
  return {
    stop() {
      clearInterval(timer);
      return { longestMs, longestBusyMs, list };
    },
  };
}

/** A CPU profile of the extension host (TECHLEAD_BENCH_PROFILE=file.cpuprofile), to find what blocks it. */
async function startProfiler() {
  const inspector = require('node:inspector');
  const session = new inspector.Session();
  session.connect();
  const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (err, r) => (err ? reject(err) : resolve(r))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 500 });
  await post('Profiler.start');
  // The profile's clock (microseconds, monotonic) and performance.now() differ by an offset.
  const startedAt = performance.now();
  const startedAtUs = Number(process.hrtime.bigint() / 1000n);
  return {
    /** Writes the profile, and the stalls as offsets from its start in `<file>.stalls.json`. */
    async stopInto(file, stalls) {
      const { profile } = await post('Profiler.stop');
      const fs = require('node:fs');
      fs.writeFileSync(file, JSON.stringify(profile));
      const profileStart = startedAt - (startedAtUs - profile.startTime) / 1000;
      fs.writeFileSync(`${file}.stalls.json`, JSON.stringify(stalls.map((s) => ({ fromMs: s.from - profileStart, toMs: s.to - profileStart, busyMs: s.busyMs }))));
      session.disconnect();
    },
  };
}

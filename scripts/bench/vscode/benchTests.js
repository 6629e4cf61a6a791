'use strict';
// The tests module (`extensionTestsPath`) of the activation benchmark: runs inside the
// real extension host. It activates the extension under test (already active when a
// workspaceContains event fired at start-up; activating it is then a no-op), reads what
// timedMain.js measured, and on a repository with records also times a full re-index
// while a 5 ms timer measures the longest stretch the extension host was blocked (see
// watchStalls). On the same repo, the no-op extension's host is watched as long.
const vscode = require('vscode');
const { attributeStalls } = require('./stallAttribution');

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
    const { workMs, ...stalls } = await watched(() => api.indexes.rebuild(folders), process.env.TECHLEAD_BENCH_PROFILE);
    Object.assign(result, stalls, { indexMs: workMs });
    result.documents = api.indexes.folders().map((f) => f.index.documents('decision').length);
  } else if (process.env.TECHLEAD_BENCH_WATCH_MS) {
    // The baseline: the same host with nothing to index, watched as long as a re-index takes.
    const profileFile = process.env.TECHLEAD_BENCH_PROFILE?.replace(/(\.cpuprofile)?$/, '.noop.cpuprofile');
    const { workMs, ...stalls } = await watched(() => new Promise((resolve) => setTimeout(resolve, Number(process.env.TECHLEAD_BENCH_WATCH_MS))), profileFile);
    Object.assign(result, stalls, { watchMs: workMs });
  }
  console.log(`TECHLEAD_BENCH ${JSON.stringify(result)}`);
  console.log(`TECHLEAD_TEST_RESULT ${JSON.stringify({ passed: 1, failed: 0, pending: 0, failures: [] })}`);
};

/** Sampling interval of the profile taken while the host is watched. */
const PROFILE_INTERVAL_MS = 0.5;

/**
 * Runs `work` while watching the host for stalls and profiling it, and says of each stall
 * over 30 ms how much of it was the measured extension's code and garbage collection
 * (stallAttribution.js). With `profileFile`, also keeps the profile there.
 */
async function watched(work, profileFile) {
  const profiler = await startProfiler();
  const collections = watchCollections();
  const watch = watchStalls();
  const t0 = performance.now();
  await work();
  const workMs = performance.now() - t0;
  const stalls = watch.stop();
  const gc = collections.stop();
  const { profile, profileStartMs } = await profiler.stop();
  const ownCode = process.env.TECHLEAD_BENCH_OWN_CODE;
  const attributed = attributeStalls(profile, profileStartMs, stalls.list, (url) => !!ownCode && url.includes(ownCode), PROFILE_INTERVAL_MS);
  if (profileFile) writeProfile(profileFile, profile, profileStartMs, stalls.list);
  return {
    workMs,
    longestStallMs: stalls.longestMs,
    longestBusyStallMs: stalls.longestBusyMs,
    cpuClock: stalls.cpuClock,
    // The most of any one stall that was the extension's own code or a collection, and
    // the most busy time in one that no sample explains (whose it was is not known).
    longestOwnStallMs: Math.max(0, ...attributed.map((a) => a.ownMs + a.gcMs)),
    longestUnsampledMs: Math.max(0, ...attributed.map((a) => a.unsampledMs)),
    stalls: attributed.sort((a, b) => b.wallMs - a.wallMs).slice(0, 5),
    longestCollections: gc,
  };
}

/** The longest garbage collections while watched, with their kind (V8's minor or major). */
function watchCollections() {
  const { PerformanceObserver, constants } = require('node:perf_hooks');
  const kinds = { [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor', [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major', [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental', [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks' };
  const seen = [];
  const note = (entries) => {
    for (const e of entries) seen.push({ kind: kinds[e.detail?.kind] ?? String(e.detail?.kind), ms: e.duration });
  };
  const observer = new PerformanceObserver((list) => note(list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  return {
    stop() {
      // Entries not yet delivered to the callback are taken here, rather than waited for.
      note(observer.takeRecords());
      observer.disconnect();
      return seen.sort((a, b) => b.ms - a.ms).slice(0, 5);
    },
  };
}

/**
 * A 5 ms timer that measures the longest stretch the extension host could not run it.
 * On a loaded machine the operating system can leave the host's thread waiting for a core,
 * which blocks nothing the host does; so each stretch is also measured without that wait.
 * Linux counts it per thread (`/proc/thread-self/schedstat`): the stretch less the time
 * the thread was ready to run but had no core (`cpuClock: 'schedstat'`), which still
 * counts a synchronous read the thread waited on. Elsewhere the stretch is charged the
 * CPU time the thread used in it (Node 23.9 and later, `thread`), or the whole process
 * did (`process`, garbage collection helpers included). `longestBusyMs` is the longest
 * stretch counted that way; `longestMs` is wall-clock time. `list` has the stretches over 30 ms.
 */
function watchStalls() {
  const clock = blockingClock();
  let longestMs = 0;
  let longestBusyMs = 0;
  const list = [];
  let last = performance.now();
  let lastReading = clock.read();
  const timer = setInterval(() => {
    const now = performance.now();
    const reading = clock.read();
    const wall = now - last;
    const busy = Math.max(0, Math.min(wall, clock.busyMs(lastReading, reading, wall)));
    longestMs = Math.max(longestMs, wall);
    longestBusyMs = Math.max(longestBusyMs, busy);
    if (wall > 30) list.push({ from: last, to: now, busyMs: busy });
    last = now;
    lastReading = reading;
  }, 5);
  return {
    stop() {
      clearInterval(timer);
      return { longestMs, longestBusyMs, list, cpuClock: clock.name };
    },
  };
}

/** How much of a stretch the host's thread kept itself busy: the best clock this system has. */
function blockingClock() {
  const fs = require('node:fs');
  const schedstat = '/proc/thread-self/schedstat';
  try {
    // Nanoseconds on a core, and waiting for one.
    const read = () => fs.readFileSync(schedstat, 'latin1').split(' ').map(Number);
    if (read().length >= 2) return { name: 'schedstat', read, busyMs: (a, b, wall) => wall - (b[1] - a[1]) / 1e6 };
  } catch {
    // Not Linux: fall through.
  }
  const cpu = typeof process.threadCpuUsage === 'function' ? () => process.threadCpuUsage() : () => process.cpuUsage();
  return { name: typeof process.threadCpuUsage === 'function' ? 'thread' : 'process', read: cpu, busyMs: (a, b) => (b.user - a.user + b.system - a.system) / 1000 };
}

/** A CPU profile of the extension host, sampled every PROFILE_INTERVAL_MS. */
async function startProfiler() {
  const inspector = require('node:inspector');
  const session = new inspector.Session();
  session.connect();
  const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (err, r) => (err ? reject(err) : resolve(r))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: PROFILE_INTERVAL_MS * 1000 });
  await post('Profiler.start');
  // The profile's clock (microseconds, monotonic) and performance.now() differ by an offset.
  const startedAt = performance.now();
  const startedAtUs = Number(process.hrtime.bigint() / 1000n);
  return {
    async stop() {
      const { profile } = await post('Profiler.stop');
      session.disconnect();
      return { profile, profileStartMs: startedAt - (startedAtUs - profile.startTime) / 1000 };
    },
  };
}

/** Writes the profile, and the stalls as offsets from its start in `<file>.stalls.json`, to look at by hand. */
function writeProfile(file, profile, profileStartMs, stalls) {
  const fs = require('node:fs');
  fs.writeFileSync(file, JSON.stringify(profile));
  fs.writeFileSync(`${file}.stalls.json`, JSON.stringify(stalls.map((s) => ({ fromMs: s.from - profileStartMs, toMs: s.to - profileStartMs, busyMs: s.busyMs }))));
}

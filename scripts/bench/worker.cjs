'use strict';
// One measurement, in a fresh Node process so each sample starts cold (no JIT warm-up,
// no caches left by the previous sample). run.mjs starts it as
//   node worker.cjs '<json task>'
// and reads one JSON line from stdout. Times are wall-clock milliseconds.
const fs = require('node:fs');
const path = require('node:path');

const task = JSON.parse(process.argv[2]);
const BENCH_TODAY = '2026-01-15';

function engine() {
  return require(task.engine);
}

function newIndex(e, root) {
  return new e.FolderIndex({ fs: new e.NodeFolderFileSystem(root), providers: e.KIND_PROVIDERS, clock: e.fixedClock(BENCH_TODAY), logger: e.silentLogger });
}

/** The floor: the same files read with fs and nothing else (no stat, no parse, no index). */
function floor() {
  const files = JSON.parse(fs.readFileSync(task.fileList, 'utf8'));
  const t0 = performance.now();
  let chars = 0;
  for (const f of files) chars += fs.readFileSync(path.join(task.root, f), 'utf8').length;
  return { ms: performance.now() - t0, files: files.length, chars };
}

/** The same read, asynchronous and 32 at a time, as a host that must not block does it. */
async function floorAsync() {
  const files = JSON.parse(fs.readFileSync(task.fileList, 'utf8'));
  const t0 = performance.now();
  for (let i = 0; i < files.length; i += 32) await Promise.all(files.slice(i, i + 32).map((f) => fs.promises.readFile(path.join(task.root, f), 'utf8')));
  return { ms: performance.now() - t0, files: files.length };
}

/**
 * FolderIndex.build on the generated repo: discovery, reading, parsing. Also records the
 * longest stretch the event loop was blocked (a timer that should fire every 5 ms) and
 * which folders discovery listed, to check it stays out of node_modules, .git and dist.
 */
async function cold() {
  const e = engine();
  const nodeFs = new e.NodeFolderFileSystem(task.root);
  const listed = [];
  const counting = {
    name: nodeFs.name,
    readText: (p) => nodeFs.readText(p),
    readTextWithin: (p, max) => nodeFs.readTextWithin(p, max),
    stat: (p) => nodeFs.stat(p),
    list: (p) => {
      listed.push(p);
      return nodeFs.list(p);
    },
  };
  const providers = task.withoutParsing ? e.KIND_PROVIDERS.map(withoutParsing) : e.KIND_PROVIDERS;
  const index = new e.FolderIndex({ fs: counting, providers, clock: e.fixedClock(BENCH_TODAY), logger: e.silentLogger });
  let longestStall = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    longestStall = Math.max(longestStall, now - last);
    last = now;
  }, 5);
  const t0 = performance.now();
  await index.build();
  const ms = performance.now() - t0;
  clearInterval(timer);
  const forbidden = listed.filter((p) => /(^|\/)(node_modules|\.git|dist|build)(\/|$)/.test(p));
  return {
    ms,
    longestStallMs: longestStall,
    documents: { decision: index.documents('decision').length, risk: index.documents('risk').length, guideline: index.documents('guideline').length },
    foldersListed: listed.length,
    forbiddenFoldersListed: forbidden.slice(0, 5),
  };
}

/**
 * The same provider, with its parse replaced by a copy of one document made up front: the
 * index still discovers, reads, slices and stores every file, but parses none. What the
 * cold index costs beyond this is the parsers' share.
 */
function withoutParsing(provider) {
  const blank = provider.unparsed('', { rule: 'bench/not-parsed', severity: 'info', message: 'not parsed', file: '', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
  return { ...provider, parse: (path, text) => ({ ...blank, path, text }) };
}

/** Resident memory before and after indexing the repo (after a full GC each time). */
async function memory() {
  const e = engine();
  global.gc();
  const before = process.memoryUsage();
  const index = newIndex(e, task.root);
  await index.build();
  global.gc();
  global.gc();
  const after = process.memoryUsage();
  const result = {
    rssBeforeMb: before.rss / 2 ** 20,
    rssAfterMb: after.rss / 2 ** 20,
    heapBeforeMb: before.heapUsed / 2 ** 20,
    heapAfterMb: after.heapUsed / 2 ** 20,
    youngGenerationMb: newSpaceBytes() / 2 ** 20,
  };
  if (task.settle) Object.assign(result, await settled());
  result.keep = index.documents('decision').length;
  return result;
}

function newSpaceBytes() {
  return require('node:v8')
    .getHeapSpaceStatistics()
    .filter((s) => s.space_name === 'new_space')
    .reduce((n, s) => n + s.space_size, 0);
}

/**
 * Resident memory once V8 has given back what indexing grew for a while: while most of
 * what is allocated survives, it doubles the young generation up to 32 MB, and shrinks it
 * only when its memory reducer runs, some 30 s after the process went idle. Waits for
 * that (at most 90 s), then measures again.
 */
async function settled() {
  const t0 = performance.now();
  while (newSpaceBytes() > 4 * 2 ** 20 && performance.now() - t0 < 90_000) await new Promise((r) => setTimeout(r, 1000));
  global.gc();
  return { rssSettledMb: process.memoryUsage().rss / 2 ** 20, youngGenerationSettledMb: newSpaceBytes() / 2 ** 20, settledAfterS: (performance.now() - t0) / 1000 };
}

/**
 * One-file updates in an indexed repo: change a record, a risk, a guideline and time
 * FolderIndex.update plus the re-lint of what the change can affect (as the editor's
 * diagnostics do). Alternates between two versions of each file, many times.
 */
async function update() {
  const e = engine();
  const index = newIndex(e, task.root);
  await index.build();
  index.lint();
  const nodeFs = new e.NodeFolderFileSystem(task.root);
  // What the editor's diagnostics lint after a change: IndexChange.affected.
  let affected = [];
  index.onDidChange((c) => {
    affected = c.rebuilt ? undefined : c.affected;
  });
  const results = {};
  for (const [kind, file, edit] of [
    ['decision', task.adr, (t) => t.replace(/accepted|proposed|deprecated|rejected|superseded/i, (m) => (m.toLowerCase() === 'deprecated' ? 'rejected' : 'deprecated'))],
    ['risk', task.risk, (t) => t.replace(/likelihood: (\d)/, (_m, d) => `likelihood: ${(Number(d) % 5) + 1}`)],
    ['guideline', task.guideline, (t) => t.replace(/\n- \[ \] /, '\n- [ ] Also: ')],
  ]) {
    const original = await nodeFs.readText(file);
    const changed = edit(original);
    if (changed === original) throw new Error(`the ${kind} edit changed nothing in ${file}`);
    const samples = [];
    let relinted = 0;
    for (let i = 0; i < task.iterations; i++) {
      const text = i % 2 === 0 ? changed : original;
      const t0 = performance.now();
      await index.update(file, text);
      if (!affected) throw new Error(`updating ${file} rebuilt the index`);
      index.lint(affected);
      samples.push(performance.now() - t0);
      relinted = affected.length;
    }
    // The first few samples warm the JIT; an editor session is long past that.
    results[kind] = { samples: samples.slice(Math.min(10, samples.length - 1)), relinted };
  }
  return results;
}

/** 200 guidelines against a 20,000-file change set: the matcher, and picomatch alone. */
async function review() {
  const e = engine();
  const index = newIndex(e, task.root);
  await index.build();
  const guidelines = index.documents('guideline');
  const changes = JSON.parse(fs.readFileSync(task.changeSet, 'utf8')).map((c) => ({ path: c.path, status: 'modified', hunks: [], addedLines: c.added.map((text, i) => ({ line: i + 1, text })) }));
  const picomatch = require(task.picomatch);
  const timed = (fn) => {
    const out = [];
    for (let i = 0; i < task.iterations; i++) {
      const t0 = performance.now();
      fn();
      out.push(performance.now() - t0);
    }
    return out;
  };
  let applicable = 0;
  const toolkit = timed(() => {
    applicable = e.matchGuidelines(new e.GuidelineMatcher(guidelines), changes).length;
  });
  let baselineHits = 0;
  const baseline = timed(() => {
    // What a plain implementation does: one picomatch matcher per guideline, every file.
    const matchers = guidelines.map((g) => picomatch(g.appliesTo.map((a) => a.text).filter((p) => !p.startsWith('!')), { dot: true }));
    baselineHits = 0;
    for (const m of matchers) for (const c of changes) if (m(c.path)) baselineHits++;
  });
  return { toolkit, baseline, guidelines: guidelines.length, files: changes.length, applicable, baselineHits };
}

/**
 * The risk registers alone: parse and lint every risk with the toolkit (the index with
 * only the risk provider, then every risk rule), against the baseline of reading the
 * same files and parsing them with the yaml library, no checks.
 */
async function risks() {
  const e = engine();
  const files = JSON.parse(fs.readFileSync(task.fileList, 'utf8'));
  const t0 = performance.now();
  const index = new e.FolderIndex({ fs: new e.NodeFolderFileSystem(task.root), providers: [e.riskProvider], clock: e.fixedClock(BENCH_TODAY), logger: e.silentLogger });
  await index.build();
  const findings = index.lint().length;
  const toolkit = performance.now() - t0;
  const riskCount = index.documents('risk').reduce((n, r) => n + r.risks.length, 0);
  const yaml = require('yaml');
  const t1 = performance.now();
  let nodes = 0;
  for (const f of files) nodes += yaml.parseDocument(fs.readFileSync(path.join(task.root, f), 'utf8')).contents ? 1 : 0;
  const baseline = performance.now() - t1;
  return { toolkit, baseline, risks: riskCount, registers: files.length, findings, parsedDocuments: nodes };
}

const tasks = { floor, floorAsync, cold, memory, update, review, risks };
Promise.resolve(tasks[task.kind]()).then(
  (result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  },
  (err) => {
    process.stderr.write(`${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 1;
  },
);

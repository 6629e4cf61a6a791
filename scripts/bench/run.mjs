// The benchmark suite (`npm run bench`; not part of `npm test`). Generates large
// repositories from a seed into a temporary folder, measures each figure several times
// beside a baseline measured in the same run, writes bench/results.json and prints a
// Markdown table.
//
//   node scripts/bench/run.mjs [--seed N] [--runs N] [--only cold,update,risks,lint,lint-before,review,activation,memory,bundle] [--before REF] [--keep]
//
// --before REF builds the CLI of another commit (a branch, `main~3`) in a git worktree of
// its own and times `techlead lint` over the 10,000 records with it and with this one,
// alternately, in this run (figure lint-before): a change must keep lint within 10% of it.
//
// TECHLEAD_BENCH_PROFILE=/tmp/host.cpuprofile also writes a CPU profile of the extension
// host during the big repo's re-index, with the stalls over 30 ms beside it
// (`<file>.stalls.json`, offsets from the profile's start), to find what blocks the host;
// the no-op extension's host goes to `<file>.noop.cpuprofile`. Each run is profiled
// either way: the host-stall-own figure says how much of each stall was the toolkit's.
//
// Every sample that can start cold runs in a fresh Node process (worker.cjs), so a figure
// includes what a user's first run pays (JIT warm-up, module loading where it says so).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { generateRepo, prng, scaledSize } from './generate.mjs';
import { measureActivation } from './activation.mjs';
import { baselineTool } from './baselineTools.mjs';

const root = resolve(import.meta.dirname, '..', '..');
process.chdir(root);
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const seed = Number(option('seed', '1'));
const runs = Math.max(1, Number(option('runs', '5')));
const only = option('only', '').split(',').filter(Boolean);
const wants = (figure) => only.length === 0 || only.includes(figure);
const keep = args.includes('--keep');
const beforeRef = option('before', undefined);
const TODAY = '2026-01-15';

const work = mkdtempSync(join(tmpdir(), 'techlead-bench-'));
const log = (m) => process.stderr.write(`[bench] ${m}\n`);
const results = { machine: machine(), seed, runs, date: new Date().toISOString(), figures: [] };

try {
  log(`building (production) and bundling the engine into ${work}`);
  execFileSync(process.execPath, ['scripts/build.mjs', '--production'], { stdio: 'inherit' });
  const engine = join(work, 'engine.cjs');
  await esbuild.build({ entryPoints: ['scripts/bench/engine.ts'], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: engine, logLevel: 'warning' });

  log('generating repositories');
  const big = generateRepo(join(work, 'repo-10k'), { seed });
  const small = generateRepo(join(work, 'repo-1k'), { seed, size: scaledSize(0.1) });
  const adrOnly = generateRepo(join(work, 'repo-adr-only'), { seed, size: { ...scaledSize(1), riskFiles: 0, guidelines: 0 } });
  for (const m of [big, small, adrOnly]) {
    m.fileList = join(work, `${m.root.split('/').pop()}.files.json`);
    writeFileSync(m.fileList, JSON.stringify([...m.adrs, ...m.risks, ...m.guidelines]));
  }
  log(`${big.adrs.length} ADRs in ${big.adrFolders.length} folders, ${big.risks.length} risk registers, ${big.guidelines.length} guidelines (${(big.bytes / 2 ** 20).toFixed(1)} MB)`);
  const worker = (task) => runWorker({ engine, ...task });

  const cold = {};
  if (wants('cold') || wants('update')) {
    for (const [label, repo] of [['10k', big], ['1k', small]]) {
      log(`cold index ${label}`);
      const samples = [];
      const floors = [];
      const asyncFloors = [];
      const unparsed = [];
      let last;
      for (let i = 0; i < runs; i++) {
        // Alternate, so neither side always runs right after the other.
        floors.push(worker({ kind: 'floor', root: repo.root, fileList: repo.fileList }).ms);
        asyncFloors.push(worker({ kind: 'floorAsync', root: repo.root, fileList: repo.fileList }).ms);
        last = worker({ kind: 'cold', root: repo.root });
        samples.push(last.ms);
        if (label === '10k') unparsed.push(worker({ kind: 'cold', root: repo.root, withoutParsing: true }).ms);
      }
      cold[label] = { samples, floors, asyncFloors, unparsed, last };
    }
    const c = cold['10k'];
    figure({
      id: 'cold-index',
      label: 'cold index (10,000 ADRs + 5,000 risks + 200 guidelines)',
      unit: 'ms',
      samples: c.samples,
      baseline: stats(c.floors),
      baselineLabel: 'fs.readFileSync of the same files',
      target: { max: 2, of: 'baseline', text: '≤ 2× read floor' },
      notes: {
        asyncReadFloor: stats(c.asyncFloors),
        // With the CLI's synchronous file system; the extension host's figure is under activation.
        longestEventLoopStallMsCliHost: c.last.longestStallMs,
        documents: c.last.documents,
        foldersListed: c.last.foldersListed,
        forbiddenFoldersListed: c.last.forbiddenFoldersListed,
        coldIndex1k: stats(cold['1k'].samples),
      },
    });
    // What limits the figure above: the index's own reading, slicing and bookkeeping, with
    // every parser taken out. The cold index can be no faster than this.
    figure({
      id: 'cold-index-unparsed',
      label: 'cold index with parsing taken out (discovery, reads, slices, storing)',
      unit: 'ms',
      samples: c.unparsed,
      baseline: stats(c.floors),
      baselineLabel: 'fs.readFileSync of the same files',
      target: { text: 'none (the floor under the cold index)' },
    });
  }

  if (wants('update')) {
    for (const [label, repo] of [['1k', small], ['10k', big]]) {
      log(`one-file update ${label}`);
      const folder = repo.adrFolders[0].folder;
      const adr = repo.adrs.find((p) => p.startsWith(`${folder}/0010-`)) ?? repo.adrs[9];
      const r = worker({ kind: 'update', root: repo.root, adr, risk: repo.risks[0], guideline: repo.guidelines[0], iterations: 200 });
      for (const kind of ['decision', 'risk', 'guideline']) {
        figure({
          id: `update-${kind}-${label}`,
          label: `one-file update, ${kind} (${label === '1k' ? '1,000' : '10,000'} records)`,
          unit: 'ms',
          samples: r[kind].samples,
          baseline: stats(cold[label].samples),
          baselineLabel: `cold index (${label})`,
          target: { max: 2, text: '≤ 2 ms, independent of repo size' },
          notes: { documentsRelinted: r[kind].relinted },
        });
      }
    }
  }

  if (wants('risks')) {
    log('risks: parse + lint of the 5,000 risks against parsing the same YAML with no checks');
    const riskList = join(work, 'risks.files.json');
    writeFileSync(riskList, JSON.stringify(big.risks));
    const toolkit = [];
    const yamlOnly = [];
    let last;
    for (let i = 0; i < runs; i++) {
      last = worker({ kind: 'risks', root: big.root, fileList: riskList });
      toolkit.push(last.toolkit);
      yamlOnly.push(last.baseline);
    }
    figure({
      id: 'risk-parse-lint',
      label: `parse + lint of ${last.risks.toLocaleString('en')} risks in ${last.registers} registers`,
      unit: 'ms',
      samples: toolkit,
      baseline: stats(yamlOnly),
      baselineLabel: 'yaml.parseDocument of the same files, no checks',
      target: { text: 'none (issue: reported beside the baseline)' },
      notes: { findings: last.findings },
    });
  }

  if (wants('lint')) {
    log('lint: techlead lint and markdownlint-cli2 over the 10,000 ADRs, as processes');
    const markdownlint = baselineTool('markdownlint-cli2', log);
    const globs = [...new Set(adrOnly.adrFolders.map((f) => `${f.folder}/*.md`))];
    const lintRuns = [];
    const mdRuns = [];
    const floors = [];
    let lintOut;
    for (let i = 0; i < runs; i++) {
      floors.push(timeProcess(process.execPath, [join(root, 'scripts/bench/worker.cjs'), JSON.stringify({ kind: 'floor', root: adrOnly.root, fileList: adrOnly.fileList })]).ms);
      const t = timeProcess(process.execPath, [join(root, 'dist/cli.js'), 'lint', '--root', adrOnly.root, '--format', 'json', '--today', TODAY]);
      lintRuns.push(t.ms);
      lintOut = t;
      mdRuns.push(timeProcess(process.execPath, [markdownlint, ...globs], { cwd: adrOnly.root }).ms);
    }
    const findings = JSON.parse(lintOut.stdout || '[]');
    const lintStats = stats(lintRuns);
    figure({
      id: 'lint-all',
      label: `\`techlead lint\` over 10,000 ADRs (process; read floor as a process ${fmt(stats(floors).median)} ms, ratio ${fmt(lintStats.median / stats(floors).median)}×)`,
      unit: 'ms',
      samples: lintRuns,
      baseline: stats(mdRuns),
      baselineLabel: 'markdownlint-cli2 over the same files (process)',
      target: { max: 0.1, of: 'baseline', text: '≥ 10× faster than markdownlint-cli2; ≤ 5× read floor', also: lintStats.median / stats(floors).median <= 5 },
      notes: {
        readFloorProcess: stats(floors),
        ratioToReadFloor: lintStats.median / stats(floors).median,
        findings: findings.length,
      },
    });
  }

  if (beforeRef && wants('lint-before')) {
    log(`lint: this CLI against the CLI of ${beforeRef}, over the 10,000 ADRs, as processes`);
    const beforeCli = buildCliAt(beforeRef, join(work, 'before'));
    const nowRuns = [];
    const beforeRuns = [];
    let nowOut;
    let beforeOut;
    const lintWith = (cli) => timeProcess(process.execPath, [cli, 'lint', '--root', adrOnly.root, '--format', 'json', '--today', TODAY]);
    for (let i = 0; i < runs; i++) {
      // Alternate which goes first, so neither always runs on a warmer machine.
      const order = i % 2 === 0 ? ['now', 'before'] : ['before', 'now'];
      for (const which of order) {
        if (which === 'now') nowRuns.push((nowOut = lintWith(join(root, 'dist/cli.js'))).ms);
        else beforeRuns.push((beforeOut = lintWith(beforeCli)).ms);
      }
    }
    figure({
      id: 'lint-before',
      label: `\`techlead lint\` over 10,000 ADRs (process), against ${beforeRef}`,
      unit: 'ms',
      samples: nowRuns,
      baseline: stats(beforeRuns),
      baselineLabel: `the CLI of ${beforeRef} (${gitOut(['rev-parse', '--short', beforeRef])}), same files, same run`,
      target: { max: 1.1, of: 'baseline', text: '≤ 1.1× the earlier commit' },
      notes: { findings: JSON.parse(nowOut.stdout || '[]').length, findingsBefore: JSON.parse(beforeOut.stdout || '[]').length },
    });
  }

  if (wants('review')) {
    log('review match: 200 guidelines x 20,000 changed files');
    const changeSet = join(work, 'changes.json');
    writeFileSync(changeSet, JSON.stringify(makeChangeSet(seed, 20000)));
    const r = worker({ kind: 'review', root: big.root, changeSet, iterations: Math.max(runs, 5), picomatch: resolve('node_modules/picomatch') });
    figure({
      id: 'review-match',
      label: `review match (${r.guidelines} guidelines × ${r.files} files)`,
      unit: 'ms',
      samples: r.toolkit,
      baseline: stats(r.baseline),
      baselineLabel: 'picomatch alone (one matcher per guideline, every file)',
      target: { max: 50, text: '≤ 50 ms' },
      notes: { applicableGuidelines: r.applicable, picomatchHits: r.baselineHits },
    });
  }

  if (wants('memory')) {
    log('memory');
    const samples = [];
    const before = [];
    let last;
    const memoryRuns = Math.min(runs, 3);
    for (let i = 0; i < memoryRuns; i++) {
      // The last run also waits for V8 to give back the young generation (about 30 s).
      last = runWorker({ engine, kind: 'memory', root: big.root, settle: i === memoryRuns - 1 }, ['--expose-gc']);
      samples.push(last.rssAfterMb);
      before.push(last.rssBeforeMb);
    }
    figure({
      id: 'memory',
      label: 'resident memory after indexing the big repo',
      unit: 'MB',
      samples,
      baseline: stats(before),
      baselineLabel: 'the same process before indexing',
      target: { max: 120, text: '≤ 120 MB' },
      notes: {
        heapAfterMb: last.heapAfterMb,
        heapBeforeMb: last.heapBeforeMb,
        youngGenerationMb: last.youngGenerationMb,
        rssSettledMb: last.rssSettledMb,
        youngGenerationSettledMb: last.youngGenerationSettledMb,
        settledAfterS: last.settledAfterS,
      },
    });
  }

  if (wants('activation')) {
    log('activation in code-server (empty folder, big repo; the toolkit and a no-op extension)');
    const empty = join(work, 'empty-folder');
    mkdirSync(empty, { recursive: true });
    const a = await measureActivation({ root, work, runs: Math.min(runs, 3), folders: { empty, big: big.root }, log });
    for (const folder of ['empty', 'big']) {
      figure({
        id: `activation-${folder}`,
        label: `activation, ${folder === 'empty' ? 'empty folder' : 'big repo'} (time in activate())`,
        unit: 'ms',
        samples: a.toolkit[folder].map((s) => s.activateMs),
        baseline: stats(a.noop[folder].map((s) => s.activateMs)),
        baselineLabel: 'a no-op extension, same method',
        target: { max: 30, text: '≤ 30 ms' },
        notes: {
          codeLoadingMs: stats(a.toolkit[folder].map((s) => s.loadMs)),
          noopCodeLoadingMs: stats(a.noop[folder].map((s) => s.loadMs)),
          ...(folder === 'big' ? { indexReadyMs: stats(a.toolkit[folder].map((s) => s.indexMs)) } : {}),
        },
      });
    }
    // A figure of the big repo's re-index, beside the no-op extension's host watched as long.
    const stallFigure = (id, label, pick, baselineLabel, notes) =>
      figure({ id, label, unit: 'ms', samples: a.toolkit.big.map(pick), baseline: stats(a.noop.big.map(pick)), baselineLabel, target: { max: 50, text: '≤ 50 ms' }, notes });
    stallFigure('host-stall', 'longest extension-host stall while re-indexing the big repo in code-server (less the time its thread waited for a core)', (s) => s.longestBusyStallMs, "the no-op extension's host, watched as long", {
      wallClockMs: stats(a.toolkit.big.map((s) => s.longestStallMs)),
      noopWallClockMs: stats(a.noop.big.map((s) => s.longestStallMs)),
      cpuClock: a.toolkit.big[0].cpuClock,
    });
    // The host runs every extension on one thread: of the stalls above, what was the
    // toolkit's own code and the collections in between, from a CPU profile of each run.
    stallFigure('host-stall-own', "the most of one such stall spent in the toolkit's code and garbage collection (CPU profile)", (s) => s.longestOwnStallMs, "the same for the no-op extension's host (collections only)", {
      longestStalls: a.toolkit.big.map((s) => s.stalls),
      noopLongestStalls: a.noop.big.map((s) => s.stalls),
      longestUnsampledMs: stats(a.toolkit.big.map((s) => s.longestUnsampledMs)),
      noopLongestUnsampledMs: stats(a.noop.big.map((s) => s.longestUnsampledMs)),
      longestCollections: a.toolkit.big.map((s) => s.longestCollections),
      noopLongestCollections: a.noop.big.map((s) => s.longestCollections),
    });
  }

  if (wants('bundle')) {
    log('bundle: npm run package');
    execFileSync('npm', ['run', 'package', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
    figure({ id: 'bundle-extension', label: 'dist/extension.js (production)', unit: 'KB', samples: [statSync('dist/extension.js').size / 1024], target: { max: 400, text: '≤ 400 KB' } });
    figure({ id: 'bundle-vsix', label: 'dist/techlead-toolkit.vsix', unit: 'KB', samples: [statSync('dist/techlead-toolkit.vsix').size / 1024], target: { text: 'none' } });
  }

  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log(table(results));
  log('wrote bench/results.json');
} finally {
  // The worktree of --before is registered with the repository: unregister it before its folder goes.
  if (beforeRef) spawnSync('git', ['worktree', 'remove', '--force', join(work, 'before')], { stdio: 'ignore' });
  if (keep) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

/**
 * Checks out `ref` into `dir` (a detached git worktree), builds its production bundle with
 * this checkout's node_modules, and returns the path of its CLI.
 */
function buildCliAt(ref, dir) {
  log(`checking out ${ref} into ${dir} and building it`);
  execFileSync('git', ['worktree', 'add', '--quiet', '--detach', dir, ref], { stdio: ['ignore', 'ignore', 'inherit'] });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  execFileSync(process.execPath, ['scripts/build.mjs', '--production'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  return join(dir, 'dist/cli.js');
}

function gitOut(argv) {
  return execFileSync('git', argv, { encoding: 'utf8' }).trim();
}

function figure(f) {
  const s = stats(f.samples);
  const entry = {
    id: f.id,
    label: f.label,
    unit: f.unit,
    median: s.median,
    min: s.min,
    max: s.max,
    n: f.samples.length,
    baseline: f.baseline ? f.baseline.median : null,
    baselineMin: f.baseline ? f.baseline.min : null,
    baselineMax: f.baseline ? f.baseline.max : null,
    baselineLabel: f.baselineLabel ?? null,
    ratio: f.baseline && f.baseline.median > 0 ? s.median / f.baseline.median : null,
    target: f.target.text,
    met: f.target.max === undefined ? null : (f.target.of === 'baseline' ? s.median / f.baseline.median <= f.target.max : s.median <= f.target.max) && f.target.also !== false,
    ...(f.notes ? { notes: f.notes } : {}),
  };
  results.figures.push(entry);
  log(`${f.id}: median ${fmt(entry.median)} ${f.unit}${entry.baseline !== null ? `, baseline ${fmt(entry.baseline)}` : ''}${entry.ratio !== null ? `, ratio ${entry.ratio.toFixed(2)}` : ''}`);
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

function runWorker(task, nodeArgs = []) {
  const r = spawnSync(process.execPath, [...nodeArgs, join(root, 'scripts/bench/worker.cjs'), JSON.stringify(task)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`worker ${task.kind} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

function timeProcess(command, argv, options = {}) {
  const t0 = performance.now();
  const r = spawnSync(command, argv, { encoding: 'utf8', maxBuffer: 1 << 28, ...options });
  const ms = performance.now() - t0;
  if (r.error) throw r.error;
  // Linters exit 1 when they find something; only a crash (2+, or a signal) is a failure.
  if (r.status === null || r.status > 1) throw new Error(`${argv.slice(0, 2).join(' ')} exited ${r.status ?? r.signal}:\n${r.stderr.slice(0, 2000)}`);
  return { ms, stdout: r.stdout };
}

/** A change set of `n` files spread over the generated tree, each adding a few lines. */
function makeChangeSet(seed, n) {
  const r = prng(seed + 7);
  const kinds = ['src/api/handlers', 'src/db/migrations', 'src/domain', 'test', 'config', 'src/generated', 'proto'];
  const ext = { 'src/api/handlers': 'ts', 'src/db/migrations': 'sql', 'src/domain': 'ts', test: 'test.ts', config: 'yaml', 'src/generated': 'ts', proto: 'proto' };
  const lines = ['const total = items.reduce((a, b) => a + b, 0);', 'console.log(total);', '// TODO: handle the error', 'SELECT * FROM charges;', 'return result;', 'export function handler(req) {'];
  const out = [];
  for (let i = 0; i < n; i++) {
    const s = r.int(0, 49);
    const base = s % 2 === 0 ? `services/svc-${String(s).padStart(2, '0')}` : `packages/pkg-${String(s).padStart(2, '0')}`;
    const kind = r.pick(kinds);
    out.push({ path: `${base}/${kind}/m${r.int(0, 40)}/file-${i}.${ext[kind]}`, added: [r.pick(lines), r.pick(lines), r.pick(lines)] });
  }
  return out;
}

function machine() {
  const cpu = cpus();
  return { cpus: cpu.length, cpuModel: cpu[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform}-${process.arch}` };
}

function fmt(n) {
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}

function table(r) {
  const rows = [
    `Machine: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGb} GB, Node ${r.machine.node}; seed ${r.seed}, ${r.runs} runs per figure (median, min–max).`,
    '',
    '| figure | median | min–max | baseline (median) | ratio | target | met |',
    '| --- | ---: | ---: | --- | ---: | --- | :---: |',
  ];
  for (const f of r.figures) {
    const baseline = f.baseline === null ? '—' : `${fmt(f.baseline)} ${f.unit} (${f.baselineLabel})`;
    rows.push(`| ${f.label} | ${fmt(f.median)} ${f.unit} | ${fmt(f.min)}–${fmt(f.max)} | ${baseline} | ${f.ratio === null ? '—' : `${f.ratio.toFixed(2)}×`} | ${f.target} | ${f.met === null ? '—' : f.met ? 'yes' : 'no'} |`);
  }
  return rows.join('\n');
}

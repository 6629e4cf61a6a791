// The ADR index's memory and parse cost, on its own (not part of `npm run bench`):
//
//   node scripts/bench/adrMemory.mjs [--seed N] [--runs N] [--keep DIR] [--src DIR]
//
// --src measures another checkout's sources (e.g. `git archive <commit> src schemas | tar -x -C DIR`),
// resolving packages from this repository's node_modules, for before/after figures.
//
// Generates the bench's 10,000 ADRs (no risks, no guidelines), bundles the ADR parser and
// the folder index from src/ with esbuild, and measures in fresh Node processes:
// - heap used after FolderIndex.build over the ADR-only repo (after full GCs), per record;
// - parse time per record (parseDecisionRecord over texts already in memory; the fastest of
//   several passes, which is the figure least disturbed by other load on the machine);
// - front-matter read time per record (readFrontMatter alone, on the records that have one);
// - a fingerprint of every parsed record (ranges materialised), so two versions of the
//   parser can be shown to give the same records.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { generateRepo, scaledSize } from './generate.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};

if (args[0] === '--child') {
  await child(JSON.parse(args[1]));
} else {
  await main();
}

async function main() {
  const seed = Number(option('seed', '1'));
  const runs = Math.max(1, Number(option('runs', '3')));
  const kept = option('keep', '');
  const work = kept || mkdtempSync(join(tmpdir(), 'techlead-adrmem-'));
  const src = resolve(option('src', root));
  const log = (m) => process.stderr.write(`[adrMemory] ${m}\n`);
  try {
    const engine = join(work, 'adr-engine.cjs');
    await esbuild.build({
      stdin: {
        contents: [
          "export { FolderIndex } from './src/core/index/folderIndex';",
          "export { adrProvider } from './src/core/adr/provider';",
          "export { parseDecisionRecord } from './src/core/adr/parser';",
          "export { readFrontMatter } from './src/core/adr/frontMatter';",
          "export { LineIndex } from './src/core/text/lineIndex';",
          "export { fixedClock, silentLogger } from './src/core/host';",
          "export { NodeFolderFileSystem } from './src/node/nodeFileSystem';",
        ].join('\n'),
        resolveDir: src,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      outfile: engine,
      nodePaths: [join(root, 'node_modules')],
      logLevel: 'warning',
    });
    const repoRoot = join(work, 'repo-adr-only');
    let adrs;
    try {
      adrs = JSON.parse(readFileSync(join(work, 'adrs.json'), 'utf8'));
    } catch {
      log('generating the 10,000 ADRs');
      const m = generateRepo(repoRoot, { seed, size: { ...scaledSize(1), riskFiles: 0, guidelines: 0 } });
      adrs = m.adrs;
      const { writeFileSync } = await import('node:fs');
      writeFileSync(join(work, 'adrs.json'), JSON.stringify(adrs));
    }
    const run = (kind) => {
      const r = spawnSync(process.execPath, ['--expose-gc', import.meta.filename, '--child', JSON.stringify({ kind, engine, root: repoRoot, files: join(work, 'adrs.json') })], { encoding: 'utf8', maxBuffer: 1 << 26 });
      if (r.status !== 0) throw new Error(`${kind} failed:\n${r.stderr}`);
      return JSON.parse(r.stdout.trim().split('\n').pop());
    };
    const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    const mem = Array.from({ length: runs }, () => run('memory'));
    const parse = Array.from({ length: runs }, () => run('parse'));
    const fp = run('fingerprint');
    const out = {
      records: mem[0].records,
      heapIndexMb: median(mem.map((m) => m.heapAfterMb - m.heapBeforeMb)),
      heapPerRecordKb: median(mem.map((m) => ((m.heapAfterMb - m.heapBeforeMb) * 1024) / m.records)),
      textPerRecordKb: mem[0].textKb / mem[0].records,
      parseUsPerRecord: Math.min(...parse.map((p) => p.parseUs)),
      frontMatterUsPerRecord: Math.min(...parse.map((p) => p.frontMatterUs)),
      frontMatterRecords: parse[0].frontMatterRecords,
      fingerprint: fp.hash,
    };
    console.log(JSON.stringify(out, null, 2));
  } finally {
    if (!kept) rmSync(work, { recursive: true, force: true });
  }
}

async function child(task) {
  const { createRequire } = await import('node:module');
  const e = createRequire(import.meta.url)(task.engine);
  const files = JSON.parse(readFileSync(task.files, 'utf8'));
  const result = (r) => process.stdout.write(`${JSON.stringify(r)}\n`);
  if (task.kind === 'memory') {
    global.gc();
    const before = process.memoryUsage().heapUsed;
    const index = new e.FolderIndex({ fs: new e.NodeFolderFileSystem(task.root), providers: [e.adrProvider], clock: e.fixedClock('2026-01-15'), logger: e.silentLogger });
    await index.build();
    global.gc();
    global.gc();
    const after = process.memoryUsage().heapUsed;
    const docs = index.documents('decision');
    const textKb = docs.reduce((n, d) => n + d.text.length, 0) / 1024;
    return result({ records: docs.length, heapBeforeMb: before / 2 ** 20, heapAfterMb: after / 2 ** 20, textKb });
  }
  const texts = files.map((f) => [f, readFileSync(join(task.root, f), 'utf8')]);
  if (task.kind === 'parse') {
    // One warm-up pass, then the fastest of five passes.
    const pass = () => {
      const t0 = performance.now();
      for (const [f, t] of texts) e.parseDecisionRecord(f, t);
      return ((performance.now() - t0) * 1000) / texts.length;
    };
    pass();
    const parseUs = Math.min(pass(), pass(), pass(), pass(), pass());
    const withFm = texts.filter(([, t]) => t.startsWith('---'));
    const indexes = withFm.map(([, t]) => new e.LineIndex(t));
    const fmPass = () => {
      const t0 = performance.now();
      for (let i = 0; i < withFm.length; i++) e.readFrontMatter(withFm[i][0], indexes[i]);
      return ((performance.now() - t0) * 1000) / withFm.length;
    };
    fmPass();
    const frontMatterUs = Math.min(fmPass(), fmPass(), fmPass(), fmPass(), fmPass());
    return result({ parseUs, frontMatterUs, frontMatterRecords: withFm.length });
  }
  if (task.kind === 'fingerprint') {
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256');
    for (const [f, t] of texts) hash.update(JSON.stringify(canonical(e.parseDecisionRecord(f, t))));
    return result({ hash: hash.digest('hex').slice(0, 16) });
  }
  throw new Error(`unknown task ${task.kind}`);
}

/** A plain copy of a value with getters (such as a lazy `range`) read and keys sorted. */
function canonical(v, seen = new Set()) {
  if (v === null || typeof v !== 'object') return v;
  if (v instanceof Set) return [...v].sort();
  if (v instanceof Uint8Array) return [...v];
  if (Array.isArray(v)) return v.map((x) => canonical(x, seen));
  if (seen.has(v)) return '[shared]';
  const keys = new Set(Object.keys(v));
  for (let p = Object.getPrototypeOf(v); p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    for (const [k, d] of Object.entries(Object.getOwnPropertyDescriptors(p))) if (d.get && k !== 'constructor') keys.add(k);
  }
  const out = {};
  for (const k of [...keys].sort()) if (typeof v[k] !== 'function' && v[k] !== undefined) out[k] = canonical(v[k], new Set([...seen, v]));
  return out;
}

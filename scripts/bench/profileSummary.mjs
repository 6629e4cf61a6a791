// Summarises a V8 CPU profile (node --cpu-prof): the functions that take the most time
// by themselves (self) and with what they call (total), as a short table.
//   node scripts/bench/profileSummary.mjs FILE.cpuprofile [rows]
import { readFileSync } from 'node:fs';

export function summarise(profile, rows = 25) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (dt[i] ?? 0));
  const key = (n) => `${n.callFrame.functionName || '(anonymous)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  const selfBy = new Map();
  const totalBy = new Map();
  for (const [id, t] of self) {
    const n = nodes.get(id);
    selfBy.set(key(n), (selfBy.get(key(n)) ?? 0) + t);
    // Each function on the stack gets the sample once, however often it recurses.
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(nodes.get(cur));
      if (seen.has(k)) continue;
      seen.add(k);
      totalBy.set(k, (totalBy.get(k) ?? 0) + t);
    }
  }
  const all = [...self.values()].reduce((a, b) => a + b, 0);
  const table = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, rows).map(([k, t]) => `${(t / 1000).toFixed(0).padStart(7)} ms ${((100 * t) / all).toFixed(1).padStart(5)}%  ${k}`).join('\n');
  return `total ${(all / 1000).toFixed(0)} ms\n-- self --\n${table(selfBy)}\n-- total --\n${table(totalBy)}`;
}

function short(url) {
  return url.replace(/^.*\/node_modules\//, '~/').replace(/^file:\/\/.*\/(src|dist|scripts|tmp)\//, '$1/');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(summarise(JSON.parse(readFileSync(process.argv[2], 'utf8')), Number(process.argv[3] ?? 25)));
}

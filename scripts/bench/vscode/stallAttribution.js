'use strict';
// Who ran while the extension host was stalled. The stall timer (benchTests.js) only sees
// that the host's thread was busy; a CPU profile of the same stretch says with what: the
// extension's own code, garbage collection, or anything else (VS Code itself, other
// extensions starting, the bench's timer). The host runs every extension on one thread, so
// a stall can be the toolkit's, another extension's, or both in turn.

/**
 * @param profile a V8 CPU profile (Profiler.stop's `profile`).
 * @param profileStartMs the profile's `startTime` on the performance.now() clock.
 * @param stalls `{ from, to, busyMs }` stretches on the performance.now() clock.
 * @param isOwnUrl whether a script URL is the measured extension's code.
 * @param intervalMs the sampling interval asked for.
 * @returns for each stall, its length and the thread's time in each kind of work, in ms,
 *   and the busy time no sample explains.
 */
function attributeStalls(profile, profileStartMs, stalls, isOwnUrl, intervalMs) {
  const kindOf = sampleKinds(profile, isOwnUrl);
  // Each sample stands for the time since the one before, but no more than two intervals:
  // the profiler takes no sample while the thread waits for a core, and the gap that leaves
  // is not work.
  const at = [];
  const charge = [];
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i] ?? 0;
    t += delta;
    at.push(profileStartMs + (t - profile.startTime) / 1000);
    charge.push(Math.min(delta / 1000, 2 * intervalMs));
  }
  return stalls.map((s) => {
    const ms = { own: 0, gc: 0, other: 0, idle: 0 };
    for (let i = 0; i < at.length; i++) {
      if (at[i] < s.from || at[i] > s.to) continue;
      ms[kindOf(profile.samples[i])] += charge[i];
    }
    // Busy time with no sample in it: the thread waited in a system call (a synchronous
    // read or write, a page fault), which the profiler cannot say whose it was.
    const unsampledMs = Math.max(0, s.busyMs - (ms.own + ms.gc + ms.other + ms.idle));
    return { wallMs: s.to - s.from, busyMs: s.busyMs, ownMs: ms.own, gcMs: ms.gc, otherMs: ms.other, idleMs: ms.idle, unsampledMs };
  });
}

/** own: a frame of the extension's code is on the stack; gc; idle; other (program included). */
function sampleKinds(profile, isOwnUrl) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map();
  return (id) => {
    let kind = memo.get(id);
    if (kind) return kind;
    const leaf = nodes.get(id).callFrame.functionName;
    kind = leaf === '(garbage collector)' ? 'gc' : leaf === '(idle)' ? 'idle' : 'other';
    for (let cur = id; kind === 'other' && cur !== undefined; cur = parent.get(cur)) {
      if (isOwnUrl(nodes.get(cur).callFrame.url)) kind = 'own';
    }
    memo.set(id, kind);
    return kind;
  };
}

module.exports = { attributeStalls };

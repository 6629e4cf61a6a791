import * as fs from 'node:fs';
import * as path from 'node:path';
import { LineIndex } from '../../src/core/text/lineIndex';
import type { FileChange, Finding } from '../../src/core/model/findings';
import { applyTextEdits } from '../../src/core/model/text';
import { seededRandom } from '../unit/support/seededRandom';
import { FUZZ_TARGETS, type FuzzTarget } from './targets';

/**
 * Issue 16's guard: mutated real files go through every parser and planner, and each run
 * must not throw, must take under TIME_LIMIT_MS, must keep finding ranges inside the text
 * and must edit only inside each edit's span. Seeded: a failure names the seed that
 * replays it.
 */
export const TIME_LIMIT_MS = 100;
const MAX_INPUT = 100 * 1024;
const MAX_SEED_FILE = 64 * 1024;

export interface FuzzFailure {
  readonly seed: number;
  readonly target: string;
  readonly problem: string;
  readonly input: string;
}

export interface FuzzReport {
  readonly cases: number;
  readonly runs: number;
  readonly seedFiles: number;
  readonly failures: readonly FuzzFailure[];
  readonly slowestMs: number;
  readonly slowestTarget: string;
}

const HOSTILE = ['\u2028', '\u2029', '\ufeff', '\r', '\r\n', '\t', '\0', '[', ']', '(', ')', '<!--', '-->', '---\n', '|', ':', '#', '- ', '* ', '`', '```\n', '"', "'", '{', '}', '@', '> ', '\\', '&a ', '*a', '!!', '..', '::', '\u00a0', '\ud800', 'é'];
const RUN_CHARS = [' ', '\t', '[', '#', '-', '|', ':', '*', '`', '\n', '=', '<', '@', 'a'];

/** Test fixtures of the repository, and the shared corpus when it sits beside the repository. */
export function loadSeedFiles(repoRoot: string): string[] {
  const roots = [path.join(repoRoot, 'test/fixtures'), path.resolve(repoRoot, '../shared/corpus')];
  const texts: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && !/\.(?:png|jpe?g|gif|ico|zip|gz)$/i.test(entry.name) && fs.statSync(full).size <= MAX_SEED_FILE) texts.push(fs.readFileSync(full, 'utf8'));
    }
  };
  for (const root of roots) if (fs.existsSync(root)) walk(root);
  return texts;
}

type Random = ReturnType<typeof seededRandom>;

/** One to four edits of a seed: lines inserted, deleted or duplicated, hostile text injected, long runs, truncation. */
export function mutate(source: string, random: Random): string {
  let text = source;
  for (let n = random.int(1, 4); n > 0; n--) {
    const at = random.int(0, text.length);
    switch (random.int(0, 6)) {
      case 0: text = text.slice(0, at) + random.pick(HOSTILE) + text.slice(at + random.int(0, 3)); break;
      case 1: text = text.slice(0, at) + random.pick(RUN_CHARS).repeat(random.int(100, 5000)) + random.pick(HOSTILE) + text.slice(at); break;
      case 2: text = text.slice(0, at); break;
      default: text = lineEdit(text, random);
    }
  }
  return text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text;
}

function lineEdit(text: string, random: Random): string {
  const lines = text.split('\n');
  const i = random.int(0, lines.length - 1);
  switch (random.int(0, 2)) {
    case 0: lines.splice(i, 1); break;
    case 1: lines.splice(i, 0, lines[random.int(0, lines.length - 1)]!); break;
    default: lines.splice(i, 0, ...lines.slice(i, i + random.int(1, 20)));
  }
  return lines.join('\n');
}

/** Why the outcome breaks a rule of issue 16, or undefined. */
function checkOutcome(text: string, findings: readonly Finding[], changes: readonly FileChange[]): string | undefined {
  const lines = new LineIndex(text);
  for (const f of findings) {
    const { start, end } = f.range;
    const inside = (p: { line: number; character: number }): boolean => p.line >= 0 && p.line < lines.lineCount && p.character >= 0 && p.character <= lines.lineEnd(p.line) - lines.lineStart(p.line);
    if (!inside(start) || !inside(end) || start.line > end.line || (start.line === end.line && start.character > end.character)) return `finding ${f.rule} has range ${JSON.stringify(f.range)} outside the text`;
  }
  for (const change of changes) {
    if (change.type !== 'edit') continue;
    let last = 0;
    for (const e of [...change.edits].sort((a, b) => a.start - b.start)) {
      if (!(e.start >= last && e.end >= e.start && e.end <= text.length)) return `edit [${e.start}, ${e.end}) of ${change.path} overlaps another or leaves the text (${text.length} characters)`;
      last = e.end;
    }
    const result = applyTextEdits(text, change.edits);
    const kept = unchangedOutside(text, result, change.edits);
    if (kept) return kept;
  }
  return undefined;
}

/** Every character outside the edits' spans is found, in order, in the result. */
function unchangedOutside(before: string, after: string, edits: readonly { start: number; end: number; newText: string }[]): string | undefined {
  let from = 0;
  let to = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    const keptLength = e.start - from;
    if (before.slice(from, e.start) !== after.slice(to, to + keptLength)) return `bytes before offset ${e.start} changed`;
    to += keptLength;
    if (after.slice(to, to + e.newText.length) !== e.newText) return `edit at ${e.start} not applied as planned`;
    to += e.newText.length;
    from = e.end;
  }
  return before.slice(from) === after.slice(to) ? undefined : 'bytes after the last edit changed';
}

function runOne(target: FuzzTarget, text: string): { ms: number; problem?: string } {
  const started = performance.now();
  try {
    const { findings, changes } = target.run(text);
    const ms = performance.now() - started;
    return { ms, problem: checkOutcome(text, findings, changes) };
  } catch (err) {
    return { ms: performance.now() - started, problem: `threw ${err instanceof Error ? err.stack ?? err.message : String(err)}` };
  }
}

/** Runs `cases` mutated inputs, each through every target. */
/** @param timeLimitMs a run slower than this (twice) fails: TIME_LIMIT_MS unless a caller on a busy machine allows more. */
export function runFuzz(seedFiles: readonly string[], cases: number, firstSeed = 1, onProgress?: (done: number) => void, timeLimitMs = TIME_LIMIT_MS): FuzzReport {
  const failures: FuzzFailure[] = [];
  let runs = 0;
  let slowestMs = 0;
  let slowestTarget = '';
  const sources = seedFiles.length > 0 ? seedFiles : [''];
  for (let c = 0; c < cases; c++) {
    const seed = firstSeed + c;
    const random = seededRandom(seed);
    const input = mutate(random.pick(sources), random);
    for (const target of FUZZ_TARGETS) {
      runs++;
      let { ms, problem } = runOne(target, input);
      // A pause of a loaded machine (GC, another process) is not the input's shape: a slow run counts only if it is slow again.
      if (!problem && ms > timeLimitMs) {
        ms = Math.min(ms, runOne(target, input).ms);
        if (ms > timeLimitMs) problem = `took ${ms.toFixed(0)} ms (twice over ${timeLimitMs} ms) on ${input.length} characters`;
      }
      if (ms > slowestMs) [slowestMs, slowestTarget] = [ms, target.name];
      if (problem) failures.push({ seed, target: target.name, problem, input });
    }
    if (onProgress && (c + 1) % 1000 === 0) onProgress(c + 1);
  }
  return { cases, runs, seedFiles: seedFiles.length, failures, slowestMs, slowestTarget };
}

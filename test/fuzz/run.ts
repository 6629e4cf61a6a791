import * as path from 'node:path';
import { runCliFuzz } from './cliFuzz';
import { loadSeedFiles, runFuzz } from './fuzz';

/**
 * `npm run fuzz [cases] [first seed]`: the long run of issue 16 (default 100,000 inputs, or
 * TECHLEAD_FUZZ_CASES), then the CLI on one generated repository per hundred inputs.
 * Prints the counts and every failure's seed; exits 1 on a failure.
 */
const cases = Number(process.argv[2] ?? process.env.TECHLEAD_FUZZ_CASES ?? 100_000);
const firstSeed = Number(process.argv[3] ?? 1);
const repoRoot = path.resolve(__dirname, '../../..');
const seeds = loadSeedFiles(repoRoot);
const started = Date.now();
const report = runFuzz(seeds, cases, firstSeed, (done) => {
  if (done % 10_000 === 0) console.log(`${done} inputs, ${Math.round((Date.now() - started) / 1000)} s`);
});
for (const f of report.failures.slice(0, 20)) console.log(`FAIL seed ${f.seed} ${f.target}: ${f.problem.split('\n')[0]} (input of ${f.input.length} characters)`);
console.log(`${report.cases} inputs from ${report.seedFiles} seed files, ${report.runs} parser/planner runs, ${report.failures.length} failures (crash, over ${100} ms, range or span); slowest run ${report.slowestMs.toFixed(1)} ms (${report.slowestTarget}); ${Math.round((Date.now() - started) / 1000)} s`);
// The CLI writes and reads a folder per case: one case per hundred parser inputs.
const cliCases = Math.max(1, Math.round(cases / 100));
const cliStarted = Date.now();
void runCliFuzz(seeds, cliCases, firstSeed).then((cli) => {
  for (const f of cli.failures.slice(0, 20)) console.log(`FAIL seed ${f.seed} ${f.target}: ${f.problem.split('\n')[0]} (input of ${f.input.length} characters)`);
  console.log(`CLI: ${cli.cases} generated repositories, ${cli.runs} command runs, ${cli.failures.length} failures (exit code, internal error, hang); slowest run ${cli.slowestMs.toFixed(0)} ms; ${Math.round((Date.now() - cliStarted) / 1000)} s`);
  process.exitCode = report.failures.length + cli.failures.length > 0 ? 1 : 0;
});

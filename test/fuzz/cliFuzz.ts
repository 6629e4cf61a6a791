import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { seededRandom } from '../unit/support/seededRandom';
import { mutate, type FuzzFailure } from './fuzz';

/**
 * The CLI over generated repositories (issue 16): each case writes one mutated seed as a
 * decision record, a risk register, a guideline and the configuration of a temporary
 * folder, and runs the commands CI runs on it, in process. Each must end with an exit
 * code the CLI documents (0, 1, 2) and never with an internal error, a usage error for
 * arguments that are valid, or a hang.
 */
const FILES = ['docs/adr/0001-choose.md', 'risks.yaml', 'RISK_REGISTER.md', '.techlead/guidelines/security.md', '.techlead.yaml'];
const COMMANDS: readonly (readonly string[])[] = [
  ['lint', '--format', 'json'],
  ['lint', '--format', 'sarif'],
  ['risk', 'list', '--json'],
  ['adr', 'list', '--json'],
];
/** A case writes five files and runs four commands: generous beside the parsers' 100 ms. */
export const CLI_TIME_LIMIT_MS = 5_000;

export interface CliFuzzReport {
  readonly cases: number;
  readonly runs: number;
  readonly failures: readonly FuzzFailure[];
  readonly slowestMs: number;
}

export async function runCliFuzz(seedFiles: readonly string[], cases: number, firstSeed = 1, timeLimitMs = CLI_TIME_LIMIT_MS): Promise<CliFuzzReport> {
  const failures: FuzzFailure[] = [];
  const sources = seedFiles.length > 0 ? seedFiles : [''];
  let runs = 0;
  let slowestMs = 0;
  for (let c = 0; c < cases; c++) {
    const seed = firstSeed + c;
    const random = seededRandom(seed);
    const input = mutate(random.pick(sources), random);
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'techlead-cli-fuzz-'));
    try {
      for (const file of FILES) {
        fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        fs.writeFileSync(path.join(root, file), input);
      }
      for (const argv of COMMANDS) {
        runs++;
        let stderr = '';
        const started = performance.now();
        let code: number;
        try {
          code = await main([...argv], { stdout: () => undefined, stderr: (t) => (stderr += t), cwd: root, env: { TECHLEAD_TODAY: '2026-11-21' } });
        } catch (err) {
          failures.push({ seed, target: `cli ${argv.join(' ')}`, problem: `threw ${err instanceof Error ? err.stack ?? err.message : String(err)}`, input });
          continue;
        }
        const ms = performance.now() - started;
        slowestMs = Math.max(slowestMs, ms);
        const problem = ![0, 1, 2].includes(code)
          ? `exit code ${code}, not one of 0, 1, 2`
          : /internal error|usage:/i.test(stderr)
            ? `stderr: ${stderr.split('\n')[0]}`
            : ms > timeLimitMs
              ? `took ${ms.toFixed(0)} ms (over ${timeLimitMs} ms) on ${input.length} characters`
              : undefined;
        if (problem) failures.push({ seed, target: `cli ${argv.join(' ')}`, problem, input });
      }
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  }
  return { cases, runs, failures, slowestMs };
}

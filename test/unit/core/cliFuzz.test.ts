import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { loadSeedFiles } from '../../fuzz/fuzz';
import { runCliFuzz } from '../../fuzz/cliFuzz';

/** A bounded slice of the CLI fuzz target (issue 16); `npm run fuzz` runs a longer one. */
describe('fuzz: the CLI on generated repositories (bounded run)', function () {
  this.timeout(300_000);
  it('12 repositories through lint (JSON, SARIF), risk list and adr list: documented exit codes, no internal error, no hang', async () => {
    const seeds = loadSeedFiles(path.resolve(__dirname, '../../../..'));
    const report = await runCliFuzz(seeds, 12, 20261207);
    assert.equal(report.runs, 48);
    const shown = report.failures.slice(0, 5).map((f) => `seed ${f.seed} ${f.target}: ${f.problem.split('\n').slice(0, 3).join(' ')}`);
    assert.deepEqual(shown, []);
  });
});

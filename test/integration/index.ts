/**
 * Entry point VS Code loads inside the extension host (`extensionTestsPath`). It runs
 * every `*.test.js` next to it with mocha and reports the counts on one machine-readable
 * line for the launcher. Works the same under code-server and @vscode/test-electron.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec' });
  const grep = process.env.TECHLEAD_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failed) => {
      const stats = runner.stats ?? { passes: 0, failures: failed, pending: 0 };
      const result = { passed: stats.passes, failed: stats.failures, pending: stats.pending, failures };
      console.log(`TECHLEAD_TEST_RESULT ${JSON.stringify(result)}`);
      if (failed) reject(new Error(`${failed} test(s) failed`));
      else resolve();
    });
    const failures: string[] = [];
    runner.on('fail', (test, err) => failures.push(`${test.fullTitle()}: ${err instanceof Error ? err.message : String(err)}`));
  });
}

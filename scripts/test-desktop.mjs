// Runs the same integration suite in desktop VS Code with @vscode/test-electron, on
// machines that can download VS Code (this project's own CI machines cannot: there the
// suite runs in code-server through `npm test`).
//   npm run test:desktop [-- --version 1.100.0]
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runTests } from '@vscode/test-electron';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { version: { type: 'string', default: 'stable' } } });
const sandbox = mkdtempSync(join(tmpdir(), 'techlead-desktop-'));
cpSync(join(root, 'examples'), join(sandbox, 'examples'), { recursive: true });
const scenarios = [
  { scenario: 'empty', workspace: undefined },
  { scenario: 'example', workspace: join(sandbox, 'examples', 'acme-payments') },
  { scenario: 'multiroot', workspace: join(sandbox, 'examples', 'acme-payments.code-workspace') },
];
let failed = 0;
for (const s of scenarios) {
  console.log(`\n=== desktop VS Code (${values.version}): ${s.scenario}`);
  try {
    await runTests({
      version: values.version,
      extensionDevelopmentPath: root,
      extensionTestsPath: join(root, 'out', 'test', 'integration', 'index.js'),
      launchArgs: [...(s.workspace ? [s.workspace] : []), '--disable-extensions', '--skip-welcome', '--skip-release-notes'],
      extensionTestsEnv: { TECHLEAD_TEST_SCENARIO: s.scenario, TECHLEAD_TEST_SANDBOX: sandbox },
    });
  } catch (err) {
    failed++;
    console.error(`${s.scenario}: ${err instanceof Error ? err.message : err}`);
  }
}
rmSync(sandbox, { recursive: true, force: true });
console.log(failed ? `${failed} scenario(s) failed` : 'all scenarios passed');
process.exit(failed ? 1 : 0);

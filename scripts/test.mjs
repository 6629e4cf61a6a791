// The one test command (`npm test`): type-check, lint, unit tests in plain Node, integration
// tests inside real VS Code (no folder, the example repo, a multi-root workspace, and
// the packaged .vsix), the CLI installed from its npm tarball, and a UI test in headless
// Chromium. Ends with `N passed, N failed`.
//
//   node scripts/test.mjs [--only typecheck|lint|unit|grammar|integration|package|cli-package|ui]...
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
process.chdir(root);
const only = process.argv.flatMap((a, i, all) => (all[i - 1] === '--only' ? [a] : []));
const wants = (step) => only.length === 0 || only.includes(step);
const resultsDir = join(root, 'test-results');
mkdirSync(resultsDir, { recursive: true });

const tally = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

function section(title) {
  console.log(`\n=== ${title}`);
}

function run(title, command, args, { countAs = 1 } = {}) {
  const r = spawnSync(command, args, { stdio: 'inherit', cwd: root });
  if (r.status === 0) tally.passed += countAs;
  else {
    tally.failed += countAs;
    problems.push(`${title} failed (exit ${r.status ?? r.signal})`);
  }
  return r.status === 0;
}

function npx(bin) {
  return join(root, 'node_modules', '.bin', bin);
}

async function mochaInNode(title, config) {
  const Mocha = require('mocha');
  const options = JSON.parse(readFileSync(join(root, config), 'utf8'));
  const mocha = new Mocha({ ui: options.ui, timeout: options.timeout, reporter: 'spec' });
  for (const spec of [options.spec].flat()) {
    for (const file of expandSpec(spec)) mocha.addFile(file);
  }
  let stats;
  try {
    stats = await new Promise((res) => {
      const runner = mocha.run(() => res(runner.stats));
    });
  } catch (err) {
    // A test file that throws while loading: count it, report it, keep going to the summary.
    tally.failed += 1;
    problems.push(`${title}: could not load the tests: ${err instanceof Error ? err.message : String(err)}`);
    return;
  }
  tally.passed += stats.passes;
  tally.failed += stats.failures;
  tally.skipped += stats.pending;
  if (stats.failures) problems.push(`${title}: ${stats.failures} failed`);
}

// Expands a spec like "out/test/unit/**/*.test.js" (Node 20 has no fs.glob).
function expandSpec(spec) {
  const [base, suffix] = spec.split('/**/*');
  const found = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(suffix)) found.push(p);
    }
  };
  walk(join(root, base));
  return found.sort();
}

async function integration() {
  const { ensureVsCodeHost } = require('./vscode-host/install.js');
  const { runExtensionTests } = require('./vscode-host/runExtensionTests.js');
  const host = ensureVsCodeHost();
  console.log(`VS Code ${host.vscodeVersion} (code-server) will host the tests`);
  const sandbox = mkdtempSync(join(tmpdir(), 'techlead-it-'));
  // The tests create and edit files: they get copies, never the repo's own examples.
  cpSync(join(root, 'examples'), join(sandbox, 'examples'), { recursive: true });
  const reviewFixtures = require('../test/integration/fixtures/makeReviewRepo.js');
  const scenarios = [
    { label: 'no folder', scenario: 'empty' },
    { label: 'example repo', scenario: 'example', workspace: join(sandbox, 'examples', 'acme-payments') },
    { label: 'multi-root workspace', scenario: 'multiroot', workspace: join(sandbox, 'examples', 'acme-payments.code-workspace') },
    // Real Git repositories (branches, commits, uncommitted edits) for the review checklist.
    { label: 'git review repo', scenario: 'review', workspace: reviewFixtures.makeReviewRepo(sandbox) },
    { label: 'git review workspace (two repositories)', scenario: 'review-multiroot', workspace: reviewFixtures.makeReviewWorkspace(sandbox) },
  ];
  const outcomes = [];
  // TECHLEAD_IT_SCENARIOS=review,example runs just those scenarios (while working on one area).
  const chosen = process.env.TECHLEAD_IT_SCENARIOS?.split(',').map((x) => x.trim()).filter(Boolean);
  for (const s of chosen?.length ? scenarios.filter((x) => chosen.includes(x.scenario)) : scenarios) {
    section(`integration: ${s.label}`);
    outcomes.push(await runExtensionTests(host, {
      label: s.label,
      extensionPath: root,
      testsModule: join(root, 'out', 'test', 'integration', 'index.js'),
      workspace: s.workspace,
      env: { TECHLEAD_TEST_SCENARIO: s.scenario, TECHLEAD_TEST_SANDBOX: sandbox },
      logsDir: join(resultsDir, 'logs'),
    }));
  }
  section('integration: the launcher itself fails a run whose tests fail or whose extension host crashes');
  for (const [label, module, expected] of [['failing tests', 'failingTests.js', 1], ['crashed extension host', 'crashingTests.js', 2]]) {
    const o = await runExtensionTests(host, { label, extensionPath: join(root, 'test', 'integration', 'harness'), testsModule: join(root, 'test', 'runner', module), timeoutMs: 120_000, onOutput: () => {} });
    const ok = o.exitCode === expected;
    console.log(`${ok ? 'ok' : 'NOT OK'}: ${label} → exit code ${o.exitCode}${o.problem ? ` (${o.problem.split('\n')[0]})` : ''}, expected ${expected}`);
    outcomes.push({ label: `launcher detects ${label}`, passed: ok ? 1 : 0, failed: ok ? 0 : 1, pending: 0, failures: ok ? [] : [`exit code ${o.exitCode}, expected ${expected}`] });
  }
  rmSync(sandbox, { recursive: true, force: true });
  return { host, outcomes };
}

function count(outcome) {
  tally.passed += outcome.passed;
  tally.failed += outcome.failed;
  tally.skipped += outcome.pending;
  if (outcome.problem) {
    tally.failed += 1;
    problems.push(`${outcome.label}: ${outcome.problem}`);
  }
  for (const f of outcome.failures) problems.push(`${outcome.label}: ${f}`);
  console.log(`--- ${outcome.label}: ${outcome.passed} passed, ${outcome.failed} failed${outcome.problem ? `, ${outcome.problem}` : ''}`);
}

if (wants('typecheck')) {
  section('type-check');
  run('tsc (extension, CLI, core)', npx('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
  run('tsc (core alone: no vscode, no Node)', npx('tsc'), ['-p', 'src/core/tsconfig.json', '--noEmit']);
}
if (wants('lint')) {
  section('lint (ESLint over the project\'s own code)');
  run('eslint', npx('eslint'), ['.']);
}
section('build');
const built = run('build', process.execPath, ['scripts/build.mjs']) && run('compile tests', npx('tsc'), ['-p', 'test/tsconfig.json']);
if (!built) {
  console.error('build failed: skipping the remaining steps');
} else {
  if (wants('unit')) {
    section('unit tests (plain Node)');
    await mochaInNode('unit tests', 'test/.mocharc.unit.json');
  }
  if (wants('grammar')) {
    section('grammar tests (TextMate injection)');
    run('grammar tests', npx('vscode-tmgrammar-test'), ['--config', 'test/grammar/grammars.json', 'test/grammar/*.test.md']);
  }
  if (wants('integration')) {
    const { outcomes } = await integration();
    for (const o of outcomes) count(o);
  }
  if (wants('package')) {
    section('package (.vsix) and install it into VS Code');
    const { packageAndVerify } = require('./package-check.js');
    for (const o of await packageAndVerify(root, resultsDir)) count(o);
  }
  if (wants('cli-package')) {
    section('CLI package (npm pack) installed into an empty folder, offline, without dev dependencies');
    const { packAndInstallCli } = require('./cli-package-check.js');
    count(packAndInstallCli(root));
  }
  if (wants('ui')) {
    section('UI test (headless Chromium)');
    await mochaInNode('UI tests', 'test/.mocharc.ui.json');
  }
}

console.log('');
for (const p of problems) console.log(`FAILED: ${p}`);
if (tally.skipped) console.log(`${tally.skipped} skipped (tests for another workspace shape, or that need ../shared/corpus)`);
// The last line is what CI reads.
console.log(`${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed === 0 ? 0 : 1);

'use strict';
/**
 * Packages the extension as a user gets it (`npm run package`), checks the .vsix holds
 * only what a user needs, installs it into the test VS Code and runs the activation
 * suite against the installed copy (no development path).
 */
const path = require('node:path');
const fs = require('node:fs');
const { spawnSync } = require('node:child_process');
const { zipEntries } = require('./zipEntries');
const { ensureVsCodeHost } = require('./vscode-host/install');
const { runExtensionTests } = require('./vscode-host/runExtensionTests');

/** The bundles built beside dist/extension.js and loaded on first use (scripts/build.mjs). */
const LAZY_BUNDLES = require('./lazyBundles.json').map((b) => new RegExp(`^dist/${b.file.replace(/\./g, '\\.')}$`));
/** The .vsix a user downloads stays small: everything in it is bundled and minified. */
const MAX_VSIX_BYTES = 1024 * 1024;
/** What may be in the .vsix, below `extension/`: rule pages too, which Problems links to. */
const ALLOWED = [/^package\.json$/, /^readme\.md$/i, /^changelog\.md$/i, /^license(\.txt)?$/i, /^dist\/extension\.js$/, ...LAZY_BUNDLES, /^media\//, /^syntaxes\//, /^schemas\//, /^docs\/rules\/[a-z]+\/[a-z0-9-]+\.md$/];
const REQUIRED = [/^package\.json$/, /^dist\/extension\.js$/, ...LAZY_BUNDLES, /^readme\.md$/i, /^changelog\.md$/i, /^license(\.txt)?$/i, /^media\/techlead\.svg$/, /^media\/icon\.png$/, /^docs\/rules\/adr\/broken-link\.md$/];

async function packageAndVerify(root, resultsDir) {
  const outcomes = [];
  const vsix = path.join(root, 'dist', 'techlead-toolkit.vsix');
  fs.rmSync(vsix, { force: true });
  const packaged = spawnSync('npm', ['run', 'package', '--silent'], { cwd: root, stdio: 'inherit' });
  if (packaged.status !== 0 || !fs.existsSync(vsix)) {
    return [{ label: 'package', passed: 0, failed: 1, pending: 0, failures: ['npm run package failed'] }];
  }
  const entries = zipEntries(vsix).filter((e) => e.startsWith('extension/')).map((e) => e.slice('extension/'.length));
  const unexpected = entries.filter((e) => !ALLOWED.some((re) => re.test(e)));
  const missing = REQUIRED.filter((re) => !entries.some((e) => re.test(e))).map(String);
  const sizeKb = Math.round(fs.statSync(vsix).size / 1024);
  console.log(`${path.relative(root, vsix)}: ${entries.length} files, ${sizeKb} KB`);
  outcomes.push({
    label: '.vsix content',
    passed: unexpected.length || missing.length ? 0 : 1,
    failed: unexpected.length || missing.length ? 1 : 0,
    pending: 0,
    failures: [
      ...unexpected.map((e) => `.vsix contains ${e}, which a user does not need`),
      ...missing.map((e) => `.vsix lacks ${e}`),
    ],
  });
  const size = fs.statSync(vsix).size;
  outcomes.push({
    label: '.vsix size',
    passed: size <= MAX_VSIX_BYTES ? 1 : 0,
    failed: size <= MAX_VSIX_BYTES ? 0 : 1,
    pending: 0,
    failures: size <= MAX_VSIX_BYTES ? [] : [`.vsix is ${sizeKb} KB, over the ${MAX_VSIX_BYTES / 1024} KB a user should download`],
  });
  const host = ensureVsCodeHost();
  const example = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'techlead-vsix-'));
  fs.cpSync(path.join(root, 'examples'), path.join(example, 'examples'), { recursive: true });
  outcomes.push(await runExtensionTests(host, {
    label: 'installed .vsix',
    vsix,
    // VS Code runs a tests module only for an extension under development: an empty
    // harness extension plays that part, the real one comes from the .vsix.
    extensionPath: path.join(root, 'test', 'integration', 'harness'),
    timeoutMs: 180_000,
    testsModule: path.join(root, 'out', 'test', 'integration', 'index.js'),
    workspace: path.join(example, 'examples', 'acme-payments'),
    env: { TECHLEAD_TEST_SCENARIO: 'example', TECHLEAD_TEST_GREP: '^activation', TECHLEAD_TEST_INSTALLED: '1' },
    logsDir: path.join(resultsDir, 'logs'),
  }));
  fs.rmSync(example, { recursive: true, force: true });
  return outcomes;
}

module.exports = { packageAndVerify };

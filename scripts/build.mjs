// Bundles the extension and the CLI with esbuild.
//   node scripts/build.mjs [--production] [--watch]
// dist/extension.js: CommonJS for VS Code's extension host, `vscode` external.
// dist/cli-main.js: the CLI. Nothing is external except Node built-ins, so an accidental
// `import 'vscode'` anywhere under src/core or src/cli fails this build. dist/cli.js: the
// `techlead` binary, a launcher that compiles cli-main.js with its code cache (launch.ts).
import * as esbuild from 'esbuild';
import { chmodSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { lazyPackagesPlugin } from './lazyPackages.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;

// The yaml package's ES module build: the same library, but esbuild can leave out the
// parts we never call (its CommonJS build for Node cannot be tree-shaken): ~17 KB less.
const yamlEsm = join(dirname(createRequire(import.meta.url).resolve('yaml/package.json')), 'browser', 'index.js');

const common = {
  alias: { yaml: yamlEsm },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  legalComments: 'none',
  // Characters such as × and — as they are (UTF-8) rather than escaped to six bytes each.
  charset: 'utf8',
  logLevel: 'warning',
};

// Code only some commands need, loaded on first use (src/extension/lazyModules.ts), and
// libraries only some files need (`package` entries: the YAML parser, the linear-time
// regex engine), bundled once beside the bundles that use them and loaded when their
// first export is used (lazyPackages.mjs). The package check reads the same list;
// .vscodeignore must let each file in.
const lazyBundles = JSON.parse(readFileSync('scripts/lazyBundles.json', 'utf8'));
const lazyModules = lazyBundles.filter((b) => b.entry);
const packages = lazyBundles.filter((b) => b.package);
const lazy = { plugins: [await lazyPackagesPlugin(packages)], external: packages.map((b) => `./${b.file}`) };
const targets = [
  { ...common, ...lazy, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', ...lazy.external, ...lazyModules.map((b) => `./${b.file}`)] },
  ...lazyModules.map((b) => ({ ...common, ...lazy, entryPoints: [b.entry], outfile: `dist/${b.file}`, external: ['vscode', ...lazy.external] })),
  ...packages.map((b) => ({ ...common, stdin: { contents: `export * from ${JSON.stringify(b.package)};`, resolveDir: process.cwd() }, outfile: `dist/${b.file}` })),
  { ...common, ...lazy, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli-main.js', define: { TECHLEAD_VERSION: JSON.stringify(version) } },
  // The `techlead` command: loads cli-main.js with the code cache made below.
  { ...common, entryPoints: ['src/cli/launch.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

/**
 * The V8 code cache of the CLI bundle (dist/cli-main.cache), made by compiling the bundle
 * and linting the example repository once, so it holds the functions a run compiles.
 * Production builds only: a development build leaves none, so no stale cache is offered.
 */
async function writeCliCodeCache() {
  const { compileBundle } = createRequire(import.meta.url)('../dist/cli.js');
  const { bundle, script } = compileBundle();
  const quiet = { stdout() {}, stderr() {}, cwd: process.cwd(), env: process.env };
  const code = await bundle.main(['lint', '--root', 'examples/acme-payments', '--format', 'json', '--today', '2026-01-15'], quiet);
  if (code === 2) throw new Error('the CLI failed on examples/acme-payments while its code cache was made');
  writeFileSync('dist/cli-main.cache', script.createCachedData());
}

if (watch) {
  for (const t of targets) await (await esbuild.context(t)).watch();
  console.log('[build] watching src/ for changes');
} else {
  await Promise.all(targets.map((t) => esbuild.build(t)));
  chmodSync('dist/cli.js', 0o755);
  if (production) await writeCliCodeCache();
  else rmSync('dist/cli-main.cache', { force: true });
  const kb = (f) => `${(statSync(f).size / 1024).toFixed(1)} KB`;
  console.log(`[build] dist/extension.js ${kb('dist/extension.js')}, dist/cli-main.js ${kb('dist/cli-main.js')}${production ? ' (production)' : ''}`);
}

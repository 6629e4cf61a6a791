// Bundles the extension and the CLI with esbuild.
//   node scripts/build.mjs [--production] [--watch]
// dist/extension.js: CommonJS for VS Code's extension host, `vscode` external.
// dist/cli.js: the `techlead` binary. Nothing is external except Node built-ins, so an
// accidental `import 'vscode'` anywhere under src/core or src/cli fails this build.
import * as esbuild from 'esbuild';
import { chmodSync, readFileSync, statSync } from 'node:fs';
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
  { ...common, ...lazy, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', define: { TECHLEAD_VERSION: JSON.stringify(version) }, banner: { js: '#!/usr/bin/env node' } },
];

if (watch) {
  for (const t of targets) await (await esbuild.context(t)).watch();
  console.log('[build] watching src/ for changes');
} else {
  await Promise.all(targets.map((t) => esbuild.build(t)));
  chmodSync('dist/cli.js', 0o755);
  const kb = (f) => `${(statSync(f).size / 1024).toFixed(1)} KB`;
  console.log(`[build] dist/extension.js ${kb('dist/extension.js')}, dist/cli.js ${kb('dist/cli.js')}${production ? ' (production)' : ''}`);
}

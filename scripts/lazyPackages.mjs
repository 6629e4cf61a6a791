// An esbuild plugin that keeps large libraries out of the bundles that import them.
// `import { parseDocument } from 'yaml'` resolves to a small module whose exports are
// getters: the first one read requires the library's own bundle (`dist/yaml.js`, built
// by scripts/build.mjs), so a run that never parses YAML never reads or compiles it.
// Every bundle gets the same file, and Node's module cache gives them one copy.
//
// Why: reading and compiling a bundle costs in proportion to its size, at every CLI run
// and before every activation. The linear-time regex engine and the YAML parser are half
// of the CLI's bundle, and most runs need one of them at most.

/** @param {readonly { package: string, file: string }[]} packages */
export async function lazyPackagesPlugin(packages) {
  const proxies = new Map();
  for (const { package: name, file } of packages) {
    const names = Object.keys(await import(name)).filter((n) => n !== 'default' && n !== '__esModule');
    proxies.set(name, proxySource(names, `./${file}`));
  }
  const filter = new RegExp(`^(?:${[...proxies.keys()].map(escapeRegExp).join('|')})$`);
  return {
    name: 'lazy-packages',
    setup(build) {
      build.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'lazy-package' }));
      build.onLoad({ filter: /.*/, namespace: 'lazy-package' }, (args) => ({ contents: proxies.get(args.path), loader: 'js' }));
    },
  };
}

function proxySource(names, file) {
  const getters = names.map((n) => `  ${JSON.stringify(n)}: { enumerable: true, get: () => load()[${JSON.stringify(n)}] },`).join('\n');
  return `let loaded;
// A literal path, so the build leaves it external; resolved next to the bundle at run time.
const load = () => (loaded ??= require(${JSON.stringify(file)}));
Object.defineProperty(exports, '__esModule', { value: true });
Object.defineProperties(exports, {
${getters}
});
`;
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

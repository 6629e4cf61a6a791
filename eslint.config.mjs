// ESLint for the project's own code (`npm run lint`, also a step of `npm test`).
// TypeScript: typescript-eslint's recommended rules plus a few a strict project keeps;
// the core's boundary (no `vscode`, no Node built-ins) is checked here as well as by its
// own tsconfig. Scripts (Node, plain JavaScript): ESLint's recommended rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'require', 'module', 'exports', '__dirname', '__filename', 'Buffer', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'URL', 'TextDecoder', 'TextEncoder', 'performance', 'structuredClone', 'AbortController', 'fetch', 'queueMicrotask', 'global', 'globalThis'].map((g) => [g, 'readonly']),
);

export default tseslint.config(
  {
    ignores: ['dist/**', 'out/**', 'node_modules/**', 'test-results/**', 'bench/**', '.vscode-test/**', 'examples/**', 'test/fixtures/**', 'test/grammar/**'],
  },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    rules: {
      eqeqeq: ['error', 'smart'],
      'no-var': 'error',
      // A variable a closure reads before its one assignment stays `let`.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      'no-throw-literal': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // The scanners mean it: they find control characters in YAML, front matter and slugs
      // to report or drop them.
      'no-control-regex': 'off',
    },
  },
  {
    // The lazy bundles are loaded with require() on purpose (see the file's comment).
    files: ['src/extension/lazyModules.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Expected YAML and Markdown in tests match indentation and table padding literally;
    // a run of spaces there reads as the text it matches, better than ` {4}`.
    files: ['test/**/*.ts'],
    rules: { 'no-regex-spaces': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core runs in plain Node and in the editor: go through a host interface.' }],
        patterns: [{ group: ['node:*'], message: 'src/core never imports Node built-ins: go through a host interface.' }],
      }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2024, globals: nodeGlobals },
    rules: {
      eqeqeq: ['error', 'smart'],
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    // Webview scripts run in the webview's browser page.
    files: ['media/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { window: 'readonly', document: 'readonly', requestAnimationFrame: 'readonly', acquireVsCodeApi: 'readonly' } },
  },
  {
    files: ['test/ui/**/*.js'],
    languageOptions: { globals: Object.fromEntries(['describe', 'it', 'before', 'after', 'beforeEach', 'afterEach'].map((g) => [g, 'readonly'])) },
  },
);

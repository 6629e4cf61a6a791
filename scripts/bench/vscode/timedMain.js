'use strict';
// Loaded by VS Code as the `main` of a benchmark copy of an extension (activation.mjs writes
// the copy). It times, without touching the extension's code, what activation costs:
// loading the module (require) and the activate() call itself, awaited if it returns a
// promise. The tests module reads the numbers from the extension host's global object.
const t0 = performance.now();
const real = require('./real-main');
const loadMs = performance.now() - t0;

exports.activate = async function activate(context) {
  const t1 = performance.now();
  let api = real.activate(context);
  const syncMs = performance.now() - t1;
  if (api && typeof api.then === 'function') api = await api;
  globalThis.__techleadBenchActivation = { loadMs, activateMs: syncMs, activateResolvedMs: performance.now() - t1 };
  return api;
};
exports.deactivate = function deactivate() {
  return real.deactivate ? real.deactivate() : undefined;
};

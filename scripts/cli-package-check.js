'use strict';
/**
 * The CLI as a team installs it: `npm pack`, then the tarball installed into an empty
 * folder with no dev dependencies, offline, with a clean environment and an empty npm
 * cache (the runtime dependencies come as tarballs packed from node_modules, so nothing
 * is fetched), then `techlead` run from there on the example repository.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { npmInstallInto, spawnClean } = require('./npmInstall.js');

/** `npm pack` of `folder` into `dest`; returns the tarball's path. */
function pack(folder, dest) {
  const before = new Set(fs.readdirSync(dest));
  const r = spawnClean('npm', ['pack', '--silent', '--pack-destination', dest, folder], { cwd: dest, encoding: 'utf8' });
  const made = fs.readdirSync(dest).filter((f) => f.endsWith('.tgz') && !before.has(f));
  if (r.status !== 0 || made.length !== 1) throw new Error(`npm pack ${folder} failed (exit ${r.status}):\n${r.stderr}`);
  return path.join(dest, made[0]);
}

/** @returns {{ label: string, passed: number, failed: number, pending: number, failures: string[] }} */
function packAndInstallCli(root) {
  const label = 'CLI package installed from its tarball';
  const failures = [];
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'techlead-cli-pack-'));
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const tarballs = [pack(root, work), ...Object.keys(manifest.dependencies ?? {}).map((d) => pack(path.join(root, 'node_modules', d), work))];
    console.log(`packed ${tarballs.map((t) => `${path.basename(t)} (${Math.round(fs.statSync(t).size / 1024)} KB)`).join(', ')}`);
    const app = path.join(work, 'app');
    npmInstallInto(app, tarballs, { npmArgs: ['--offline', '--omit=dev', '--cache', path.join(work, 'npm-cache')], logFile: path.join(work, 'install.log') });

    const installed = fs.readdirSync(path.join(app, 'node_modules')).filter((n) => !n.startsWith('.')).sort();
    const expected = [manifest.name, ...Object.keys(manifest.dependencies ?? {})].sort();
    if (installed.join() !== expected.join()) failures.push(`node_modules holds ${installed.join(', ')}, expected only ${expected.join(', ')}`);

    const techlead = path.join(app, 'node_modules', '.bin', 'techlead');
    const version = spawnClean(techlead, ['--version'], { encoding: 'utf8' });
    if (version.stdout.trim() !== manifest.version) failures.push(`techlead --version printed "${version.stdout.trim()}" (exit ${version.status}), expected ${manifest.version}: ${version.stderr}`);

    // From a subfolder, as a user in their repository would: the CLI finds the root.
    const example = path.join(root, 'examples', 'acme-payments');
    const lint = spawnClean(techlead, ['lint', '--format', 'json'], { cwd: path.join(example, 'docs'), encoding: 'utf8' });
    let findings;
    try {
      findings = JSON.parse(lint.stdout);
    } catch {
      findings = undefined;
    }
    if (lint.status !== 0 && lint.status !== 1) failures.push(`techlead lint exited ${lint.status}: ${lint.stderr}`);
    else if (!Array.isArray(findings)) failures.push(`techlead lint printed no JSON array: ${lint.stdout.slice(0, 200)}`);
    else {
      const missing = findings.filter((f) => !fs.existsSync(path.join(example, f.file)));
      if (missing.length) failures.push(`techlead lint reported files that are not in the example: ${missing.map((f) => f.file).join(', ')}`);
      console.log(`techlead lint (installed from the tarball) on examples/acme-payments: exit ${lint.status}, ${findings.length} findings`);
    }
  } catch (err) {
    failures.push(err instanceof Error ? err.message : String(err));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return { label, passed: failures.length ? 0 : 1, failed: failures.length ? 1 : 0, pending: 0, failures };
}

module.exports = { packAndInstallCli };

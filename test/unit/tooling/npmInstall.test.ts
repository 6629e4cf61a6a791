import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const NPM_INSTALL = path.join(REPO_ROOT, 'scripts', 'npmInstall.js');

type Env = Record<string, string>;

/**
 * Runs a probe script under `npm start`, as a user's `npm start` runs scripts/start.mjs:
 * the probe calls the installer's npmInstallInto with a stand-in `npm` that records the
 * environment it was given. Returns the probe's own environment and the stand-in's.
 */
function probeUnderNpmStart(): { outer: Env; child: Env } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'techlead-npm-env-'));
  try {
    const fakeBin = path.join(dir, 'fake-bin');
    fs.mkdirSync(fakeBin);
    fs.writeFileSync(
      path.join(fakeBin, 'npm'),
      `#!${process.execPath}\nrequire('node:fs').writeFileSync(require('node:path').join(process.cwd(), 'child-env.json'), JSON.stringify(process.env));\n`,
      { mode: 0o755 },
    );
    fs.writeFileSync(
      path.join(dir, 'probe.js'),
      [
        `const fs = require('node:fs');`,
        `const { npmInstallInto } = require(${JSON.stringify(NPM_INSTALL)});`,
        `fs.writeFileSync('outer-env.json', JSON.stringify(process.env));`,
        `npmInstallInto(${JSON.stringify(path.join(dir, 'prefix'))}, ['code-server@1.0.0'], { prependPath: [${JSON.stringify(fakeBin)}], extraEnv: { npm_config_nodedir: '/opt/node-24' } });`,
      ].join('\n'),
    );
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'probe', private: true, scripts: { start: 'node probe.js' } }));
    const r = spawnSync('npm', ['start', '--silent'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const read = (f: string): Env => JSON.parse(fs.readFileSync(f, 'utf8')) as Env;
    return { outer: read(path.join(dir, 'outer-env.json')), child: read(path.join(dir, 'prefix', 'child-env.json')) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('nested npm installs (scripts/npmInstall.js)', function () {
  this.timeout(60_000);
  let outer: Env;
  let child: Env;
  before(() => ({ outer, child } = probeUnderNpmStart()));

  it('the probe really ran the way `npm start` runs its script (npm_* variables set)', () => {
    assert.equal(outer.npm_lifecycle_event, 'start');
    assert.match(outer.npm_config_user_agent ?? '', /node\/v\d+/);
  });

  it('no npm_* variable of the outer npm reaches the nested install; only those the installer sets', () => {
    const npmVariables = Object.keys(child).filter((k) => /^npm_/i.test(k)).sort();
    assert.deepEqual(npmVariables, ['npm_config_nodedir', 'npm_config_update_notifier']);
    assert.equal(child.npm_config_nodedir, '/opt/node-24');
  });

  it('nor INIT_CWD, NODE or the node_modules/.bin folders npm put on PATH; the installer`s folders come first', () => {
    assert.equal(child.INIT_CWD, undefined);
    assert.equal(child.NODE, undefined);
    const entries = (child.PATH ?? '').split(path.delimiter);
    assert.ok(entries[0]?.endsWith('fake-bin'), child.PATH);
    assert.deepEqual(entries.filter((e) => /node_modules[\\/]\.bin$|node-gyp-bin$/.test(e)), []);
  });

  it('keeps the rest of the environment (HOME, PATH entries of the user)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { cleanEnv } = require(NPM_INSTALL) as { cleanEnv(env: Env, o?: { extra?: Env }): Env };
    const env = cleanEnv({ HOME: '/home/u', PATH: '/p/node_modules/.bin:/usr/bin', npm_config_user_agent: 'npm/10 node/v20.0.0', NPM_CONFIG_CACHE: '/c', LANG: 'C' }, { extra: { X: '1' } });
    assert.deepEqual(env, { HOME: '/home/u', PATH: '/usr/bin', LANG: 'C', X: '1' });
  });
});

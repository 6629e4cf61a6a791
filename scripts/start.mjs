// The main job (`npm start`): builds the extension and opens it in a real VS Code on the
// bundled example repository.
//   - With desktop VS Code (`code` on PATH): a new window with the extension loaded.
//   - Otherwise: VS Code as code-server, installed from the npm registry on first run,
//     serving http://127.0.0.1:PORT/ until Ctrl+C.
//
//   npm start [-- --workspace DIR] [--port N] [--host ADDRESS] [--server]
//     --workspace  folder or *.code-workspace to open (default: examples/acme-payments)
//     --port       port for code-server (default: 8080, or a free one if taken)
//     --host       address to listen on (default 127.0.0.1; 0.0.0.0 to reach it from another machine)
//     --server     use code-server even when desktop VS Code is installed
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    workspace: { type: 'string', default: join(root, 'examples', 'acme-payments') },
    port: { type: 'string' },
    host: { type: 'string', default: '127.0.0.1' },
    server: { type: 'boolean', default: false },
  },
});
const workspace = resolve(values.workspace);

const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: root });
if (build.status !== 0) process.exit(build.status ?? 1);

const desktop = !values.server && spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' }).stdout.trim();
if (desktop && !/code-server/.test(desktop)) {
  console.log(`Opening ${workspace} in desktop VS Code (${desktop}) with Tech Lead Toolkit loaded from ${root}`);
  const r = spawnSync(desktop, ['--new-window', `--extensionDevelopmentPath=${root}`, workspace], { stdio: 'inherit' });
  process.exit(r.status ?? 0);
}

const { ensureVsCodeHost } = require('./vscode-host/install.js');
const { startCodeServer, remoteUri, workbenchUrl, delay } = require('./vscode-host/server.js');
const host = ensureVsCodeHost({ needBrowser: false });
// A profile that survives restarts, so layout and settings stay as the user left them.
const stateDir = join(process.env.TECHLEAD_VSCODE_HOST_CACHE || join(homedir(), '.cache', 'techlead-toolkit'), 'start-profile');
mkdirSync(stateDir, { recursive: true });
const port = Number(values.port) || (await portIsFree(8080) ? 8080 : undefined);
const server = await startCodeServer(host, { stateDir, port, bindHost: values.host });
const url = workbenchUrl(server, { workspace, payload: [['extensionDevelopmentPath', remoteUri(server, root)], ['skipWelcome', 'true']] });
console.log(`
Tech Lead Toolkit is running in VS Code ${host.vscodeVersion} (code-server).
Open this URL in a browser:

  ${url}

Workspace: ${workspace}
Rebuild with \`npm run build\` (or \`npm run watch\`) and reload the page to pick up changes.
Press Ctrl+C to stop.
`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping VS Code…');
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
while (!server.exited()) await delay(500);
console.error('code-server stopped unexpectedly; see its log:', server.logFile);
process.exit(1);

async function portIsFree(p) {
  const net = await import('node:net');
  return new Promise((res) => {
    const probe = net.createServer();
    probe.once('error', () => res(false));
    probe.listen(p, '127.0.0.1', () => probe.close(() => res(true)));
  });
}

import * as assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { parse } from 'yaml';
import { TempFolder } from './adrCliSupport';

const repoRoot = path.resolve(__dirname, '../../../..');
const ENTRY = path.join(repoRoot, 'action', 'reviewComment.mjs');
/** The compiled CLI (tests run from out/), standing in for the packed dist/cli.js. */
const CLI = path.resolve(__dirname, '../../../src/cli/main.js');

interface Recorded {
  method: string;
  url: string;
  auth: string | undefined;
  body: { body?: string } | undefined;
}

/** A stand-in for the GitHub REST API's issue comments: lists, creates and edits them in memory. */
function fakeGitHub() {
  const requests: Recorded[] = [];
  const comments: { id: number; body: string; html_url: string }[] = [{ id: 1, body: 'Looks good to me', html_url: 'https://example.invalid/c/1' }];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const body = raw ? JSON.parse(raw) : undefined;
      requests.push({ method: req.method!, url: req.url!, auth: req.headers.authorization, body });
      const reply = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      const url = new URL(req.url!, 'http://localhost');
      if (req.method === 'GET' && url.pathname === '/repos/acme/app/issues/7/comments') return reply(200, comments);
      if (req.method === 'POST' && url.pathname === '/repos/acme/app/issues/7/comments') {
        const created = { id: 100 + comments.length, body: body.body, html_url: `https://example.invalid/c/${100 + comments.length}` };
        comments.push(created);
        return reply(201, created);
      }
      const edit = /^\/repos\/acme\/app\/issues\/comments\/(\d+)$/.exec(url.pathname);
      const target = edit && comments.find((c) => c.id === Number(edit[1]));
      if (req.method === 'PATCH' && target) {
        target.body = body.body;
        return reply(200, target);
      }
      reply(404, { message: 'Not Found' });
    });
  });
  return { server, requests, comments };
}

function runEntry(env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [ENTRY], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('the GitHub Action\'s review comment', () => {
  let folder: TempFolder;
  let github: ReturnType<typeof fakeGitHub>;
  let apiUrl: string;

  before(async () => {
    github = fakeGitHub();
    await new Promise<void>((resolve) => github.server.listen(0, '127.0.0.1', resolve));
    apiUrl = `http://127.0.0.1:${(github.server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => github.server.close(() => resolve())));
  beforeEach(() => (folder = new TempFolder()));
  afterEach(() => folder.remove());

  it('posts the checklist once, then updates that same comment', async () => {
    const g = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], { cwd: folder.root, encoding: 'utf8' }).trim();
    folder.write({
      '.techlead/guidelines/doc-001-notes.md': '---\nid: DOC-001\ntitle: Notes stay current\napplies-to: "*.md"\nseverity: info\n---\nWhy.\n\n- [ ] The note still describes the code\n',
      'src/app.txt': 'app\n',
    });
    g('init', '--quiet', '-b', 'main');
    g('add', '.');
    g('commit', '--quiet', '-m', 'base');
    const base = g('rev-parse', 'HEAD');
    g('checkout', '--quiet', '-b', 'feature');
    folder.write({ 'notes.md': '# Notes\n' });
    g('add', '.');
    g('commit', '--quiet', '-m', 'notes');
    // A recorded pull_request event, cut down to what the entry reads.
    const eventFile = path.join(folder.root, '..', `${path.basename(folder.root)}-event.json`);
    fs.writeFileSync(eventFile, JSON.stringify({ action: 'synchronize', number: 7, pull_request: { number: 7, base: { ref: 'main', sha: base }, head: { ref: 'feature', sha: g('rev-parse', 'HEAD') } } }));
    const env = { GITHUB_EVENT_PATH: eventFile, GITHUB_REPOSITORY: 'acme/app', GITHUB_TOKEN: 'test-token', GITHUB_API_URL: apiUrl, GITHUB_WORKSPACE: folder.root, TECHLEAD_CLI: CLI };
    try {
      const first = await runEntry(env);
      assert.equal(first.code, 0, first.stderr);
      const writes = () => github.requests.filter((r) => r.method !== 'GET');
      assert.deepEqual(writes().map((r) => `${r.method} ${r.url}`), ['POST /repos/acme/app/issues/7/comments']);
      const posted = github.comments.find((c) => c.body.startsWith('<!-- techlead-review -->\n'))!;
      assert.match(posted.body, /DOC-001 Notes stay current/);
      assert.match(posted.body, /- \[ \] The note still describes the code/);

      // A later push: the same comment is edited, no second one appears.
      folder.write({ 'more.md': '# More\n' });
      g('add', '.');
      g('commit', '--quiet', '-m', 'more');
      const second = await runEntry(env);
      assert.equal(second.code, 0, second.stderr);
      assert.deepEqual(writes().map((r) => `${r.method} ${r.url}`), ['POST /repos/acme/app/issues/7/comments', `PATCH /repos/acme/app/issues/comments/${posted.id}`]);
      assert.equal(github.comments.filter((c) => c.body.includes('<!-- techlead-review -->')).length, 1);
      assert.match(posted.body, /more\.md/);
      assert.ok(github.requests.every((r) => r.auth === 'Bearer test-token'));
    } finally {
      fs.rmSync(eventFile, { force: true });
    }
  });

  it('does nothing outside a pull request', async () => {
    const eventFile = path.join(folder.root, 'push.json');
    fs.writeFileSync(eventFile, JSON.stringify({ ref: 'refs/heads/main' }));
    const before = github.requests.length;
    const r = await runEntry({ GITHUB_EVENT_PATH: eventFile, GITHUB_REPOSITORY: 'acme/app', GITHUB_TOKEN: 't', GITHUB_API_URL: apiUrl, TECHLEAD_CLI: CLI });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /not a pull request/);
    assert.equal(github.requests.length, before);
  });
});

describe('action.yml', () => {
  it('is a composite action that annotates, uploads SARIF and comments with its own entry', () => {
    const action = parse(fs.readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as { runs: { using: string; steps: { uses?: string; run?: string }[] } };
    assert.equal(action.runs.using, 'composite');
    const steps = action.runs.steps;
    assert.ok(steps.some((s) => s.uses?.startsWith('actions/setup-node@')));
    assert.ok(steps.some((s) => s.run?.includes('--format github') && s.run.includes('--format sarif')));
    assert.ok(steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@')));
    const comment = steps.find((s) => s.run?.includes('action/reviewComment.mjs'));
    assert.ok(comment && fs.existsSync(ENTRY));
  });
});

// Posts the review checklist (`techlead review --format md`) of a pull request as one
// comment, and updates that same comment on later runs, found by a hidden marker.
// Runs in the GitHub Action (action.yml) with GITHUB_TOKEN; plain Node (20+), no
// dependencies: the REST API through fetch.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MARKER = '<!-- techlead-review -->';
const COMMENTS_PER_PAGE = 100;
/** Beyond this many pages of comments the search stops (and a new comment is posted). */
const MAX_PAGES = 20;

function required(env, name) {
  const value = env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

/** The CLI's stdout; its stderr (problems in guideline files) is passed on to the log. */
function runCli(cli, args, cwd) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [cli, ...args], { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (stderr) process.stderr.write(stderr);
      if (err) reject(new Error(`techlead ${args.join(' ')} failed (${err.code}): ${stderr.trim().split('\n')[0] ?? ''}`));
      else resolve(stdout);
    });
  });
}

function api(env) {
  const base = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const token = required(env, 'GITHUB_TOKEN');
  return async (method, route, body) => {
    const res = await fetch(`${base}${route}`, {
      method,
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${token}`,
        'x-github-api-version': '2022-11-28',
        'user-agent': 'techlead-toolkit-action',
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`${method} ${route}: HTTP ${res.status} ${(await res.text()).slice(0, 300)}`);
    return res.status === 204 ? undefined : res.json();
  };
}

/** The comment this action posted before on the pull request, if any. */
async function findComment(call, repo, number) {
  for (let page = 1; page <= MAX_PAGES; page++) {
    const comments = await call('GET', `/repos/${repo}/issues/${number}/comments?per_page=${COMMENTS_PER_PAGE}&page=${page}`);
    const hit = comments.find((c) => typeof c.body === 'string' && c.body.includes(MARKER));
    if (hit) return hit;
    if (comments.length < COMMENTS_PER_PAGE) return undefined;
  }
  return undefined;
}

/**
 * Runs once for the pull request in GITHUB_EVENT_PATH. Returns what it did: 'created',
 * 'updated', or 'skipped' (not a pull request, or nothing applies and nothing was posted).
 */
export async function run(env = process.env, log = (m) => process.stdout.write(`${m}\n`)) {
  const event = JSON.parse(await readFile(required(env, 'GITHUB_EVENT_PATH'), 'utf8'));
  const pr = event.pull_request;
  if (!pr) {
    log('techlead: not a pull request event; no review comment.');
    return 'skipped';
  }
  const repo = required(env, 'GITHUB_REPOSITORY');
  const root = env.TECHLEAD_ROOT || '.';
  const cli = env.TECHLEAD_CLI || path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.js');
  const cwd = env.GITHUB_WORKSPACE || process.cwd();
  const review = (format) => runCli(cli, ['review', '--root', root, '--base', pr.base.sha, '--format', format], cwd);
  const report = JSON.parse(await review('json'));
  const applies = report.guidelines.length > 0 || (report.decisions ?? []).length > 0 || (report.risks ?? []).length > 0;
  const call = api(env);
  const existing = await findComment(call, repo, pr.number);
  // No comment on a pull request no guideline concerns; one posted before is kept up to date.
  if (!applies && !existing) {
    log('techlead: no review guideline applies to this change; no comment.');
    return 'skipped';
  }
  const body = `${MARKER}\n${await review('md')}`;
  if (existing) {
    await call('PATCH', `/repos/${repo}/issues/comments/${existing.id}`, { body });
    log(`techlead: updated the review comment ${existing.html_url ?? existing.id}`);
    return 'updated';
  }
  const created = await call('POST', `/repos/${repo}/issues/${pr.number}/comments`, { body });
  log(`techlead: posted the review comment ${created.html_url ?? created.id}`);
  return 'created';
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run().catch((err) => {
    process.stderr.write(`::error title=techlead review comment::${String(err.message ?? err).replace(/%/g, '%25').replace(/\r?\n/g, '%0A')}\n`);
    process.exitCode = 1;
  });
}

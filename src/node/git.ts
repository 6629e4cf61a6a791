import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import * as nodePath from 'node:path';
import { findUp } from './findUp';

/** Git's output can be large (a diff of a big change); beyond this the command fails rather than truncate. */
const MAX_OUTPUT_BYTES = 512 * 1024 * 1024;

/**
 * Settings that stop Git from running programs the repository names. A repository's own
 * `.git/config` is written by whoever prepared the checkout (a pull request's branch in CI,
 * a repository a tech lead opens to look at): `core.fsmonitor` and hooks are commands, and
 * so are external diff drivers and the pager. Text conversion is off per command
 * (`NO_EXTERNAL_PROGRAMS`); clean/smudge filters are switched off by name (`filterOverrides`).
 */
const SAFE_CONFIG = ['--no-pager', '-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', '-c', 'diff.external=', '-c', 'core.pager=cat', '-c', 'core.untrackedCache=false'];

/** Options for `diff`, `show` and `log -p`: no external diff driver, no textconv filter. */
export const NO_EXTERNAL_PROGRAMS = ['--no-ext-diff', '--no-textconv'] as const;

/** The environment Git runs in: no optional locks, no pager, no prompt, no external diff program. */
function safeEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_PAGER: 'cat', PAGER: 'cat', GIT_TERMINAL_PROMPT: '0' };
  delete env.GIT_EXTERNAL_DIFF;
  return env;
}

/** Git exited with an error; `stderr` says why, in Git's words. */
export class GitError extends Error {
  constructor(readonly args: readonly string[], readonly stderr: string, readonly exitCode: number | string | null) {
    super(`git ${args.join(' ')} failed: ${stderr.trim().split('\n')[0] || `exit code ${exitCode}`}`);
    this.name = 'GitError';
  }
}

/**
 * Runs `git` with arguments (never through a shell) in `cwd` and returns its standard
 * output. Optional locks are off, so reading a diff never races an editor's Git, and
 * nothing the repository configures is executed (see SAFE_CONFIG).
 */
export async function git(cwd: string, args: readonly string[]): Promise<string> {
  return run(cwd, [...SAFE_CONFIG, ...(await filterOverrides(cwd)), ...args]);
}

function run(cwd: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', [...args], { cwd, env: safeEnv(), maxBuffer: MAX_OUTPUT_BYTES, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (!err) resolve(stdout);
      else if ((err as NodeJS.ErrnoException).code === 'ENOENT') reject(new GitError(args, 'git is not installed or not on PATH', null));
      else reject(new GitError(args, stderr || err.message, (err as { code?: number | string }).code ?? null));
    });
  });
}

const FILTER_KEY = /^filter\.(.+)\.(?:clean|smudge|process)$/;

/**
 * `-c filter.<name>.clean= …` for every filter driver Git's configuration names: Git runs
 * a driver only when its command is not empty, and a driver cannot be switched off for
 * every name at once. Reading the configuration runs nothing.
 */
async function filterOverrides(cwd: string): Promise<string[]> {
  let listing: string;
  try {
    listing = await run(cwd, [...SAFE_CONFIG, 'config', '--null', '--name-only', '--get-regexp', '^filter\\.']);
  } catch {
    return []; // no filter configured (exit 1), or not a repository: nothing to switch off
  }
  const names = new Set<string>();
  for (const key of listing.split('\0')) {
    const m = FILTER_KEY.exec(key.trim());
    if (m) names.add(m[1]!);
  }
  return [...names].flatMap((name) => ['-c', `filter.${name}.clean=`, '-c', `filter.${name}.smudge=`, '-c', `filter.${name}.process=`, '-c', `filter.${name}.required=false`]);
}

/** Whether `dir` is inside a Git work tree (false when Git is missing too). */
export async function isGitWorkTree(dir: string): Promise<boolean> {
  // Two processes are started to ask Git; a folder with no `.git` up the tree cannot be one.
  if (!hasGitEntryAbove(dir)) return false;
  try {
    return (await git(dir, ['rev-parse', '--is-inside-work-tree'])).trim() === 'true';
  } catch {
    return false;
  }
}

/**
 * Whether `dir` or a folder above it holds a Git repository, as Git itself recognises one:
 * a `.git` folder with `HEAD`, `objects` and `refs`, or a `.git` file (a linked work tree
 * or a submodule points to its repository with one); or the environment points Git
 * elsewhere (`GIT_DIR`, `GIT_WORK_TREE`). Only then can Git find a work tree there.
 */
export function hasGitEntryAbove(dir: string): boolean {
  if (process.env.GIT_DIR !== undefined || process.env.GIT_WORK_TREE !== undefined) return true;
  return findUp(dir, (at) => isGitEntry(nodePath.join(at, '.git'))) !== undefined;
}

function isGitEntry(path: string): boolean {
  try {
    if (!statSync(path).isDirectory()) return true;
  } catch {
    return false;
  }
  return ['HEAD', 'objects', 'refs'].every((name) => existsSync(nodePath.join(path, name)));
}

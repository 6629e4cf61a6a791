import { execFile } from 'node:child_process';

/** Git's output can be large (a diff of a big change); beyond this the command fails rather than truncate. */
const MAX_OUTPUT_BYTES = 512 * 1024 * 1024;

/** Git exited with an error; `stderr` says why, in Git's words. */
export class GitError extends Error {
  constructor(readonly args: readonly string[], readonly stderr: string, readonly exitCode: number | string | null) {
    super(`git ${args.join(' ')} failed: ${stderr.trim().split('\n')[0] || `exit code ${exitCode}`}`);
    this.name = 'GitError';
  }
}

/**
 * Settings that switch off what a repository's own config could make Git run: the
 * repository being linted may be untrusted (a pull request in CI), and its `.git/config`
 * could name an fsmonitor hook, hooks or an external diff program. Commands that diff or
 * show content also pass `--no-ext-diff --no-textconv` (see {@link NO_EXTERNAL_PROGRAMS}).
 */
const SAFE_CONFIG = ['--no-pager', '-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', '-c', 'diff.external='];

/** Options for `diff`, `show` and `log -p`: no external diff driver, no textconv filter. */
export const NO_EXTERNAL_PROGRAMS = ['--no-ext-diff', '--no-textconv'] as const;

/**
 * Runs `git` with arguments (never through a shell) in `cwd` and returns its standard
 * output. Optional locks are off, so reading a diff never races an editor's Git; nothing
 * the repository configures is executed (SAFE_CONFIG), and no pager.
 */
export function git(cwd: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_PAGER: 'cat', PAGER: 'cat', GIT_TERMINAL_PROMPT: '0' };
    delete env.GIT_EXTERNAL_DIFF;
    execFile('git', [...SAFE_CONFIG, ...args], { cwd, env, maxBuffer: MAX_OUTPUT_BYTES, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (!err) resolve(stdout);
      else if ((err as NodeJS.ErrnoException).code === 'ENOENT') reject(new GitError(args, 'git is not installed or not on PATH', null));
      else reject(new GitError(args, stderr || err.message, (err as { code?: number | string }).code ?? null));
    });
  });
}

/** Whether `dir` is inside a Git work tree (false when Git is missing too). */
export async function isGitWorkTree(dir: string): Promise<boolean> {
  try {
    return (await git(dir, ['rev-parse', '--is-inside-work-tree'])).trim() === 'true';
  } catch {
    return false;
  }
}

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
 * Runs `git` with arguments (never through a shell) in `cwd` and returns its standard
 * output. Optional locks are off, so reading a diff never races an editor's Git.
 */
export function git(cwd: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', [...args], { cwd, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' }, maxBuffer: MAX_OUTPUT_BYTES, encoding: 'utf8' }, (err, stdout, stderr) => {
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

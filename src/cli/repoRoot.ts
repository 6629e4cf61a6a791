import { statSync } from 'node:fs';
import * as nodePath from 'node:path';
import { findUp } from '../node/findUp';
import { ADR_DIR_FILE, LOG4BRAINS_FILE } from '../core/adr/discovery';
import { CONFIG_FILE } from '../core/config/config';

/**
 * Files or folders that mark a repository's root. `.git` is a folder in a clone and a
 * file in a linked work tree or a submodule, so either counts.
 */
export const ROOT_MARKERS: readonly string[] = [CONFIG_FILE, ADR_DIR_FILE, LOG4BRAINS_FILE, '.git'];

/** What `--root` defaults to, for the commands' help. */
export const ROOT_DEFAULT_HELP = `the nearest folder up from the current one that holds ${ROOT_MARKERS.slice(0, -1).join(', ')} or ${ROOT_MARKERS[ROOT_MARKERS.length - 1]}; else the current folder`;

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The folder a command works on when `--root` is not given: the nearest folder at or
 * above `cwd` that holds a root marker, as adr-tools finds `.adr-dir` and git finds
 * `.git`, so a command run in a subfolder sees the whole repository. `cwd` itself when
 * no folder up to the file-system root has one.
 */
export function findRepoRoot(cwd: string, has: (path: string) => boolean = exists): string {
  return findUp(cwd, (dir) => ROOT_MARKERS.some((marker) => has(nodePath.join(dir, marker)))) ?? nodePath.resolve(cwd);
}

import { holdRepositoryLock, type RepositoryLocks } from './repositoryLock';
import * as nodePath from 'node:path';
import { systemClock, fixedClock, type Clock, type Logger } from '../core/host';
import { FolderIndex } from '../core/index/folderIndex';
import { KIND_PROVIDERS } from '../core/kinds';
import type { HostSettings } from '../core/config/config';
import { NodeFolderFileSystem } from '../node/nodeFileSystem';
import { listRepoFiles } from './repoFiles';
import { hasRepoFileReaders } from '../core/index/repoFileReaders';
import { keptListings } from '../core/index/keptListings';
import type { FolderFileSystem } from '../core/host';
import { UsageError } from './usageError';
import { findRepoRoot } from './repoRoot';
import { isIsoDate } from '../core/util/dates';
import { statSync } from 'node:fs';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** The repository locks of the command run this belongs to (set by `main`). */
  readonly locks?: RepositoryLocks;
}

/** Logs to stderr only with --verbose, so stdout stays machine-readable. */
export function stderrLogger(io: CliIo, verbose: boolean): Logger {
  return {
    info: (m) => verbose && io.stderr(`${m}\n`),
    warn: (m) => io.stderr(`warning: ${m}\n`),
    error: (m) => io.stderr(`error: ${m}\n`),
  };
}

/** `--today YYYY-MM-DD` pins the date for reproducible CI runs; TECHLEAD_TODAY does the same. */
export function clockFor(today: string | undefined, io: CliIo): Clock {
  const pinned = today ?? io.env.TECHLEAD_TODAY;
  if (pinned === undefined) return systemClock;
  if (!isIsoDate(pinned)) throw new UsageError(`--today must be a date like 2026-01-31, not "${pinned}"`);
  return fixedClock(pinned);
}

/** `--root` when given (relative to the current folder), else the repository root found from the current folder. */
export function resolveRoot(root: string | undefined, io: CliIo): NodeFolderFileSystem {
  const dir = root === undefined ? findRepoRoot(io.cwd) : nodePath.resolve(io.cwd, root);
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    /* reported below */
  }
  if (!isDir) throw new UsageError(`--root ${dir} is not a folder`);
  return new NodeFolderFileSystem(dir);
}

/**
 * Builds the index of one folder, exactly as the extension does for a workspace folder.
 * `listFiles` asks for the folder's file list whatever the documents need (lint reads the
 * code files); it is listed while the index builds, so `git ls-files` costs no wall time.
 */
export async function buildIndex(options: { root?: string; today?: string; verbose?: boolean; settings?: HostSettings; listFiles?: boolean }, io: CliIo): Promise<{ index: FolderIndex; fs: NodeFolderFileSystem }> {
  const fs = resolveRoot(options.root, io);
  // From this read to the command's last write, no other techlead run plans from or writes to the folder.
  await holdRepositoryLock(fs.root, io.locks);
  // One run reads one state of the folder: each folder is listed once, for the index and the file list.
  const folder = keptListings(fs);
  const listing = options.listFiles ? listFilesOf(fs.root, folder) : undefined;
  const index = new FolderIndex({
    fs: folder,
    providers: KIND_PROVIDERS,
    clock: clockFor(options.today, io),
    logger: stderrLogger(io, options.verbose ?? false),
    settings: options.settings ?? {},
  });
  await index.build();
  // Guideline patterns and paths in risks' related are checked against the folder's files.
  if (listing || hasRepoFileReaders(index)) index.setRepoFiles(await (listing ?? listFilesOf(fs.root, folder)));
  return { index, fs };
}

/** The folder's files, or undefined when they cannot be listed (the rules that need them then stay quiet). */
function listFilesOf(root: string, folder: FolderFileSystem): Promise<readonly string[] | undefined> {
  return listRepoFiles(root, folder).catch(() => undefined);
}

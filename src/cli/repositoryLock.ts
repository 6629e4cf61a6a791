import { promises as fsp, realpathSync } from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';

/** How long a run waits for another to finish before it gives up. */
const WAIT_MS = 30_000;
/** A lock whose owner cannot be asked (another machine's temporary folder) is taken over after this. */
const STALE_MS = 10 * 60_000;
const RETRY_MS = 25;

/**
 * The locks one command run holds; all are released when the run ends. Passed along with
 * the run's `CliIo` rather than kept in an `AsyncLocalStorage`: that turns on Node's
 * promise hooks for every promise of the run, which made indexing 10,000 records
 * measurably slower.
 */
export type RepositoryLocks = Set<string>;

/**
 * Runs one CLI command. Locks it takes ({@link holdRepositoryLock}) are held until it
 * ends, whatever way it ends.
 */
export async function runWithLockScope<T>(work: (locks: RepositoryLocks) => Promise<T>): Promise<T> {
  const locks: RepositoryLocks = new Set();
  try {
    return await work(locks);
  } finally {
    for (const lock of locks) await release(lock);
  }
}

/**
 * Holds the repository for the rest of the command run: no other `techlead` run reads
 * it to plan an edit, or writes to it, until this one ends. Reading, planning and writing
 * become one step, so six `adr new` runs at once get six numbers and two risk edits on
 * one register both land. The lock is a folder made in the system's temporary folder
 * (making a folder either succeeds or finds it there, atomically), named after the
 * repository's real path, so nothing is written into the repository. A lock left by a
 * run that died is taken over.
 */
export async function holdRepositoryLock(root: string, locks: RepositoryLocks | undefined): Promise<void> {
  if (!locks) return; // outside a command run (the extension, a test of the core): nothing to serialise with
  const lock = lockPathFor(root);
  if (locks.has(lock)) return;
  await acquire(lock);
  locks.add(lock);
}

function lockPathFor(root: string): string {
  let real = root;
  try {
    real = realpathSync.native(root);
  } catch {
    // a folder that does not exist: its path as given names the lock
  }
  return nodePath.join(os.tmpdir(), `techlead-${pathKey(real)}.lock`);
}

/**
 * 64 bits of FNV-1a over the path, as hex. Not a cryptographic hash, and need not be: two
 * folders that shared a key would only take turns. Loading `node:crypto` for it cost
 * every run several milliseconds.
 */
function pathKey(path: string): string {
  let low = 0x811c9dc5;
  let high = 0xcbf29ce4;
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i);
    low = Math.imul(low ^ c, 0x01000193) >>> 0;
    high = Math.imul(high ^ c ^ (low >>> 24), 0x01000193) >>> 0;
  }
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}

async function acquire(lock: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      await fsp.mkdir(lock);
      await fsp.writeFile(nodePath.join(lock, 'owner'), `${os.hostname()} ${process.pid}\n`);
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    if (await isAbandoned(lock)) {
      await fsp.rm(lock, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new LockTimeoutError(`another techlead run has held this repository for over ${WAIT_MS / 1000} s (lock ${lock}); try again when it ends`);
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}

/** Removes a lock this run holds: its owner file, then the folder (anything else found in it goes too). */
async function release(lock: string): Promise<void> {
  await fsp.unlink(nodePath.join(lock, 'owner')).catch(() => undefined);
  // Removing the two entries by name spares loading the recursive remover on every run.
  await fsp.rmdir(lock).catch(() => fsp.rm(lock, { recursive: true, force: true }));
}

/** The owner's process is gone, or the lock is too old to belong to a live run. */
async function isAbandoned(lock: string): Promise<boolean> {
  const owner = await fsp.readFile(nodePath.join(lock, 'owner'), 'utf8').catch(() => undefined);
  if (owner === undefined) {
    // Made a moment ago and not written yet, or left half-made: judged by age.
    const age = await fsp.stat(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
    return age > 5_000;
  }
  const [host, pid] = owner.trim().split(' ');
  if (host === os.hostname() && pid !== undefined && /^\d+$/.test(pid)) {
    try {
      process.kill(Number(pid), 0);
      return false;
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === 'ESRCH';
    }
  }
  const age = await fsp.stat(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
  return age > STALE_MS;
}

/** Another run held the repository for longer than a run waits. */
export class LockTimeoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LockTimeoutError';
  }
}

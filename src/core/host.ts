/**
 * The host interfaces the core runs against. The core never touches a file system,
 * a console or the system clock directly: the CLI passes Node implementations, the
 * extension passes ones built on `vscode.workspace.fs` (so remote and virtual
 * workspaces work) that also see the unsaved text of open editors.
 *
 * Paths handed to a {@link FolderFileSystem} are always relative to its folder,
 * `/`-separated, without a leading `/` (the folder itself is `""`).
 */

export type FileKind = 'file' | 'directory';

export interface FileStat {
  readonly type: FileKind;
  readonly size: number;
  /** Modification time in ms since the epoch. */
  readonly mtime: number;
}

export interface DirectoryEntry {
  readonly name: string;
  /** What the entry is, symbolic links followed. */
  readonly type: FileKind;
  /**
   * For a symbolic link to a path inside the folder: that path (folder-relative, links
   * resolved; `''` for the folder itself), so a file linked under two names is read once
   * (`CLAUDE.md` → `AGENTS.md`) and a walk can tell a linked folder from a real one.
   * Absent for anything else, and on hosts that cannot tell.
   */
  readonly linkTarget?: string;
}

/** Read access to one workspace folder. */
export interface FolderFileSystem {
  /** A display name for the folder (the workspace folder's name, or the CLI root's base name). */
  readonly name: string;
  /** Reads a file as UTF-8 text. Rejects with {@link FileNotFoundError} when it does not exist. */
  readText(path: string): Promise<string>;
  /** Stats a path; `undefined` when it does not exist. */
  stat(path: string): Promise<FileStat | undefined>;
  /** Lists a directory; an empty array when it does not exist. */
  list(path: string): Promise<readonly DirectoryEntry[]>;
  /**
   * Reads a file as UTF-8 text unless it is larger than `maxBytes`, in which case it
   * resolves to the file's size and reads nothing. This is how the index reads: a host
   * that can check the size of the file it has opened saves a stat per file (indexing
   * 15,000 files spent about as long in those stats as in reading). Rejects with
   * {@link FileNotFoundError} when the file does not exist.
   */
  readTextWithin(path: string, maxBytes: number): Promise<string | { readonly size: number }>;
}

export class FileNotFoundError extends Error {
  constructor(readonly path: string) {
    super(`${path}: file not found`);
    this.name = 'FileNotFoundError';
  }
}

/**
 * The file's bytes are not UTF-8 (Latin-1, Windows-1252, UTF-16…). Decoding them anyway
 * would turn "René" into "Ren\uFFFD" and any edit would write that back, so hosts refuse
 * to read it and the index reports it on the file's first line.
 */
export class NotUtf8Error extends Error {
  constructor(readonly path: string) {
    super('This file is not UTF-8 text; the toolkit reads UTF-8 only, so it was not read.');
    this.name = 'NotUtf8Error';
  }
}

/**
 * The path leads outside the workspace folder: through `..` or a symbolic link. Hosts
 * refuse such paths, whatever asked for them (a configured folder, a template, a record),
 * so nothing outside the folder is read or written.
 */
export class OutsideFolderError extends Error {
  constructor(readonly path: string) {
    super(`${path} leads outside the workspace folder (through ".." or a symbolic link), so it is not read or written`);
    this.name = 'OutsideFolderError';
  }
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface Clock {
  /** Today's date in the user's time zone, as `YYYY-MM-DD`. */
  today(): string;
  now(): Date;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/** A clock fixed at one day: for tests and for reproducible CLI runs (`--today`). */
export function fixedClock(isoDate: string): Clock {
  return { today: () => isoDate, now: () => new Date(`${isoDate}T12:00:00Z`) };
}

export function formatIsoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export const systemClock: Clock = { today: () => formatIsoDate(new Date()), now: () => new Date() };

/**
 * Lets long loops give the event loop a turn so no single step blocks for long. Where
 * the host has `setImmediate` (Node), the loop resumes right after pending I/O and timers
 * ran; `setTimeout(0)` elsewhere, which waits at least a millisecond (idle time) each turn.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}

export interface CancellationSignal {
  readonly isCancellationRequested: boolean;
}

export const neverCancelled: CancellationSignal = { isCancellationRequested: false };

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

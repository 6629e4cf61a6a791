/**
 * A change under review, as the front ends get it from `git diff`: the files it touches,
 * the lines it adds and where its hunks are. Paths are repo-relative, `/`-separated.
 */

export type ChangeStatus = 'added' | 'modified' | 'deleted' | 'renamed';

export interface AddedLine {
  /** 1-based line number in the new version of the file. */
  readonly line: number;
  /** The line's text, without the leading `+` or a trailing carriage return. */
  readonly text: string;
}

export interface Hunk {
  readonly oldStart: number;
  readonly oldLines: number;
  readonly newStart: number;
  readonly newLines: number;
}

export interface ChangedFile {
  /** The path after the change (for a deleted file, the path it had). */
  readonly path: string;
  readonly status: ChangeStatus;
  /** The path before a rename or copy. */
  readonly oldPath?: string;
  readonly addedLines: readonly AddedLine[];
  readonly hunks: readonly Hunk[];
  /** True for binary files: no lines to look at. */
  readonly binary?: boolean;
}

/** A file changed without line details, for callers that only have a list of paths. */
export function changedPath(path: string, status: ChangeStatus = 'modified'): ChangedFile {
  return { path, status, addedLines: [], hunks: [] };
}

import type { AddedLine, ChangeStatus, ChangedFile, Hunk } from './changeSet';
import { readPathField, readQuotedPath } from './unquoteGitPath';

/**
 * Parses `git diff` output (any context size, `--no-color`), plain unified diffs and
 * `git format-patch` mails into changed files. Handles renames and copies, new and
 * deleted files, mode-only changes, binary files (with or without `--binary`), `\ No
 * newline at end of file`, quoted paths with octal escapes, and CRLF anywhere. Never
 * throws: what it cannot make sense of is skipped and reported in `problems`.
 */

export interface DiffProblem {
  /** 1-based line in the diff text. */
  readonly line: number;
  readonly message: string;
}

export interface ParsedDiff {
  readonly files: ChangedFile[];
  readonly problems: DiffProblem[];
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
/** Combined diffs of merges (`diff --cc`): `@@@ -a,b -c,d +e,f @@@`. */
const COMBINED_HUNK_HEADER = /^(@{3,}) (?:-\d+(?:,\d+)? )+\+(\d+)(?:,(\d+))? @{3,}/;
const DEV_NULL = '/dev/null';

interface FileBuilder {
  oldPath: string | undefined;
  newPath: string | undefined;
  status: ChangeStatus;
  copied: boolean;
  binary: boolean;
  hunks: Hunk[];
  addedLines: AddedLine[];
  /** Whether `---`/`+++` lines were seen (a plain diff starts its next file with them). */
  sawFileLines: boolean;
}

interface HunkState {
  oldLeft: number;
  newLeft: number;
  newLine: number;
  /** Number of leading marker columns: 1, or the number of parents in a combined diff. */
  columns: number;
  startLine: number;
}

export function parseUnifiedDiff(text: string): ParsedDiff {
  const files: ChangedFile[] = [];
  const problems: DiffProblem[] = [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop(); // the final line break ends a line, it does not start one
  let file: FileBuilder | undefined;
  let hunk: HunkState | undefined;
  let inBinaryPatch = false;

  const endedEarly = (lineNo: number) => {
    if (hunk && (hunk.oldLeft > 0 || hunk.newLeft > 0)) {
      problems.push({ line: hunk.startLine, message: `The hunk starting here ends early, before line ${lineNo}: the diff may be truncated.` });
    }
  };
  const finish = (lineNo: number) => {
    endedEarly(lineNo);
    hunk = undefined;
    inBinaryPatch = false;
    if (!file) return;
    const built = build(file);
    if (built) files.push(built);
    else problems.push({ line: lineNo, message: 'A file in the diff has no path; it was skipped.' });
    file = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = lines[i]!;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;

    if (hunk) {
      if (hunk.oldLeft > 0 || hunk.newLeft > 0) {
        if (readHunkLine(line, hunk, file!)) continue;
        if (!startsSection(line, lines[i + 1])) {
          problems.push({ line: lineNo, message: `Unexpected line inside a hunk: "${line.slice(0, 60)}".` });
          continue;
        }
        endedEarly(lineNo);
        hunk = undefined;
      } else if (line.startsWith('\\')) {
        continue; // "\ No newline at end of file" after the hunk's last line
      } else {
        hunk = undefined;
      }
    }

    if (line.startsWith('diff --git ')) {
      finish(lineNo);
      file = newFile();
      const [oldPath, newPath] = gitHeaderPaths(line.slice('diff --git '.length));
      file.oldPath = oldPath;
      file.newPath = newPath;
      continue;
    }
    if (line.startsWith('diff --cc ') || line.startsWith('diff --combined ')) {
      finish(lineNo);
      file = newFile();
      const path = readPathField(line.slice(line.indexOf(' ', 5) + 1));
      file.oldPath = path;
      file.newPath = path;
      continue;
    }
    if (inBinaryPatch) continue;
    if (line.startsWith('--- ') && lines[i + 1]?.startsWith('+++ ') && (!file || file.sawFileLines || file.hunks.length > 0)) {
      finish(lineNo); // a plain unified diff: `---`/`+++` start the next file
      file = newFile();
    }
    if (!file) continue;

    const hunkHeader = HUNK_HEADER.exec(line);
    if (hunkHeader) {
      const newLines = count(hunkHeader[4]);
      let newStart = +hunkHeader[3]!;
      if (newStart === 0 && newLines > 0) {
        // Line 0 is only ever the start of an empty side (`+0,0`): lines numbered 0 would
        // point before the file. Read the lines as starting at line 1 and say so.
        problems.push({ line: lineNo, message: `This hunk says its ${newLines} new lines start at line 0; they were read as starting at line 1.` });
        newStart = 1;
      }
      const h: Hunk = { oldStart: +hunkHeader[1]!, oldLines: count(hunkHeader[2]), newStart, newLines };
      file.hunks.push(h);
      hunk = { oldLeft: h.oldLines, newLeft: h.newLines, newLine: h.newStart, columns: 1, startLine: lineNo };
      continue;
    }
    const combined = COMBINED_HUNK_HEADER.exec(line);
    if (combined) {
      const columns = combined[1]!.length - 1;
      const newStart = +combined[2]!;
      const newLines = count(combined[3]);
      file.hunks.push({ oldStart: 0, oldLines: 0, newStart, newLines });
      // Old-side counts differ per parent; track only the new side.
      hunk = { oldLeft: 0, newLeft: newLines, newLine: newStart, columns, startLine: lineNo };
      continue;
    }
    readHeaderLine(line, file);
    if (line === 'GIT binary patch') inBinaryPatch = true;
  }
  finish(lines.length);
  return { files, problems };
}

/** A line that starts a new file or hunk, so whatever hunk came before must have ended. */
function startsSection(line: string, next: string | undefined): boolean {
  return line.startsWith('diff ') || line.startsWith('@@') || (line.startsWith('--- ') && next?.startsWith('+++ ') === true);
}

function newFile(): FileBuilder {
  return { oldPath: undefined, newPath: undefined, status: 'modified', copied: false, binary: false, hunks: [], addedLines: [], sawFileLines: false };
}

function count(s: string | undefined): number {
  return s === undefined ? 1 : +s;
}

/** Consumes one line of a hunk's body; false when the line does not belong to a hunk. */
function readHunkLine(line: string, hunk: HunkState, file: FileBuilder): boolean {
  if (line.startsWith('\\')) return true;
  const markers = line.slice(0, hunk.columns);
  if (line === '' || /^ +$/.test(markers)) {
    // Context (an empty line is context whose leading space an editor trimmed).
    hunk.oldLeft = Math.max(0, hunk.oldLeft - 1);
    hunk.newLeft--;
    hunk.newLine++;
    return true;
  }
  if (!/^[-+ ]+$/.test(markers) || markers.length < hunk.columns) return false;
  if (!markers.includes('-')) {
    // A CRLF file in a CRLF diff leaves one more carriage return on the line.
    const content = line.slice(hunk.columns);
    file.addedLines.push({ line: hunk.newLine, text: content.endsWith('\r') ? content.slice(0, -1) : content });
    hunk.newLine++;
    hunk.newLeft--;
  } else if (hunk.columns === 1) {
    hunk.oldLeft--;
  }
  return true;
}

function readHeaderLine(line: string, file: FileBuilder): void {
  if (line.startsWith('new file mode')) file.status = 'added';
  else if (line.startsWith('deleted file mode')) file.status = 'deleted';
  else if (line.startsWith('rename from ')) {
    file.oldPath = readPathField(line.slice('rename from '.length));
    file.status = 'renamed';
  } else if (line.startsWith('rename to ')) {
    file.newPath = readPathField(line.slice('rename to '.length));
    file.status = 'renamed';
  } else if (line.startsWith('copy from ')) {
    file.oldPath = readPathField(line.slice('copy from '.length));
    file.copied = true;
  } else if (line.startsWith('copy to ')) {
    file.newPath = readPathField(line.slice('copy to '.length));
    file.copied = true;
  } else if (line.startsWith('Binary files ') || line === 'GIT binary patch') {
    file.binary = true;
    const names = / and (.+) differ$/.exec(line);
    if (names && names[1] !== DEV_NULL && file.newPath === undefined) file.newPath = stripPrefix(readPathField(names[1]!), 'b/');
  } else if (line.startsWith('--- ')) {
    file.sawFileLines = true;
    const p = readPathField(line.slice(4));
    if (p === DEV_NULL) file.status = 'added';
    else file.oldPath = stripPrefix(p, 'a/');
  } else if (line.startsWith('+++ ')) {
    file.sawFileLines = true;
    const p = readPathField(line.slice(4));
    if (p === DEV_NULL) file.status = 'deleted';
    else file.newPath = stripPrefix(p, 'b/');
  }
}

function build(f: FileBuilder): ChangedFile | undefined {
  const status: ChangeStatus = f.copied && f.status === 'modified' ? 'added' : f.status;
  const path = status === 'deleted' ? f.oldPath ?? f.newPath : f.newPath ?? f.oldPath;
  if (!path) return undefined;
  const renamedOrCopied = (status === 'renamed' || f.copied) && f.oldPath !== undefined && f.oldPath !== path;
  return {
    path,
    status,
    ...(renamedOrCopied ? { oldPath: f.oldPath } : {}),
    addedLines: f.addedLines,
    hunks: f.hunks,
    ...(f.binary ? { binary: true } : {}),
  };
}

/**
 * The two paths of a `diff --git a/x b/y` header. Either may be quoted. Unquoted paths
 * with spaces are ambiguous; when both are the same (no rename) the split is exact,
 * otherwise the `rename`/`---`/`+++` lines that follow correct it.
 */
function gitHeaderPaths(rest: string): [string | undefined, string | undefined] {
  if (rest.startsWith('"')) {
    const first = readQuotedPath(rest, 0);
    if (!first) return [undefined, undefined];
    const second = rest.slice(first.end + 1);
    return [stripPrefix(first.path, 'a/'), stripPrefix(readPathField(second), 'b/')];
  }
  const quotedSecond = rest.indexOf(' "');
  if (quotedSecond >= 0) {
    const second = readQuotedPath(rest, quotedSecond + 1);
    if (second) return [stripPrefix(rest.slice(0, quotedSecond), 'a/'), stripPrefix(second.path, 'b/')];
  }
  const half = (rest.length - 1) / 2;
  if (Number.isInteger(half) && rest[half] === ' ' && rest.slice(2, half) === rest.slice(half + 3)) {
    return [stripPrefix(rest.slice(0, half), 'a/'), stripPrefix(rest.slice(half + 1), 'b/')];
  }
  const split = rest.indexOf(' b/');
  if (split >= 0) return [stripPrefix(rest.slice(0, split), 'a/'), rest.slice(split + 3)];
  return [undefined, undefined];
}

function stripPrefix(path: string, prefix: string): string {
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

import type { AddedLine, ChangedFile, Hunk } from '../changeSet';
import { matchLines, splitLines } from './matchLines';

/**
 * A changed file as it is in an editor with unsaved edits: the change was read from the
 * saved file, so its line numbers are the saved text's. A line of the edited text is
 * added when it is new since the save, or when it is a saved line the change added.
 * Hunks move with the lines they start on; a hunk whose first line was deleted starts
 * on the line that took its place.
 */
export function followEdits(file: ChangedFile, savedText: string, currentText: string): ChangedFile {
  if (savedText === currentText) return file;
  const saved = splitLines(savedText);
  const current = splitLines(currentText);
  const match = matchLines(saved, current);
  const wasAdded = new Set(file.addedLines.map((l) => l.line - 1));
  const addedLines: AddedLine[] = [];
  // Where each saved line went (0-based), for the hunks; -1 for deleted lines.
  const movedTo = new Int32Array(saved.length).fill(-1);
  match.forEach((from, to) => {
    if (from >= 0) movedTo[from] = to;
    if (from < 0 || wasAdded.has(from)) addedLines.push({ line: to + 1, text: current[to]! });
  });
  const hunks = file.hunks.map((h): Hunk => ({ ...h, newStart: nextKept(movedTo, h.newStart - 1, current.length) + 1 }));
  return { ...file, addedLines, hunks };
}

/** The edited line of saved line `from`, or of the first saved line after it that was kept. */
function nextKept(movedTo: Int32Array, from: number, currentLength: number): number {
  for (let i = Math.max(from, 0); i < movedTo.length; i++) if (movedTo[i]! >= 0) return movedTo[i]!;
  return Math.max(currentLength - 1, 0);
}

/**
 * The lines `modifiedText` adds to `originalText`, as the two sides of a diff editor
 * show them (a pull request's file, a commit in the timeline).
 */
export function addedBetween(originalText: string, modifiedText: string): AddedLine[] {
  const modified = splitLines(modifiedText);
  const match = matchLines(splitLines(originalText), modified);
  const added: AddedLine[] = [];
  match.forEach((from, to) => {
    if (from < 0) added.push({ line: to + 1, text: modified[to]! });
  });
  return added;
}

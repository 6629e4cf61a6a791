import { editOf, type EditChange, type FileChange, type Fix } from './findings';
import type { TextEdit } from './text';

/** The edits taken so far for one file, and its text they were planned from. */
interface PlannedEdits {
  readonly path: string;
  readonly text: string;
  readonly edits: TextEdit[];
}

/**
 * Combines several fixes into one set of changes that can be applied together (CLI
 * `--fix`, "fix all" in the editor). A fix whose edits overlap one already taken, or that
 * creates/renames a path another fix touches, or that was planned from another text of a
 * file than the fixes taken (findings made before and after an edit), is left out: the
 * caller lints again and applies it in the next round, so fixes converge instead of
 * corrupting a file.
 */
export function mergeFixes(fixes: readonly Fix[]): { changes: FileChange[]; applied: Fix[]; skipped: Fix[] } {
  const editsByPath = new Map<string, PlannedEdits>();
  const structural: FileChange[] = [];
  const touched = new Set<string>();
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  for (const fix of fixes) {
    if (!fits(fix, editsByPath, touched)) {
      skipped.push(fix);
      continue;
    }
    applied.push(fix);
    for (const c of fix.changes) {
      if (c.type === 'edit') {
        const taken = editsByPath.get(c.path);
        if (taken) taken.edits.push(...c.edits);
        else editsByPath.set(c.path, { path: c.path, text: c.plannedFrom, edits: [...c.edits] });
      } else {
        structural.push(c);
        if (c.type === 'create') touched.add(c.path);
        else touched.add(c.from).add(c.to);
      }
    }
  }
  const changes: FileChange[] = [...editsByPath.values()].map((planned) => editOf(planned, planned.edits));
  return { changes: [...changes, ...structural], applied, skipped };
}

function fits(fix: Fix, editsByPath: ReadonlyMap<string, PlannedEdits>, touched: ReadonlySet<string>): boolean {
  for (const c of fix.changes) {
    if (c.type === 'edit') {
      if (touched.has(c.path)) return false;
      const taken = editsByPath.get(c.path);
      if (taken && !samePlan(c, taken)) return false;
    } else {
      const paths = c.type === 'create' ? [c.path] : [c.from, c.to];
      if (paths.some((p) => touched.has(p) || editsByPath.has(p))) return false;
    }
  }
  return true;
}

/** Offsets into different texts cannot be applied together; overlapping edits neither. */
function samePlan(c: EditChange, taken: PlannedEdits): boolean {
  return c.plannedFrom === taken.text && !c.edits.some((e) => taken.edits.some((t) => overlaps(e, t)));
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Two insertions at the same point are ambiguous in order: treat them as overlapping.
  return a.start < b.end && b.start < a.end || a.start === b.start;
}

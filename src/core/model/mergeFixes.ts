import type { FileChange, Fix } from './findings';
import type { TextEdit } from './text';

/**
 * Combines several fixes into one set of changes that can be applied together (CLI
 * `--fix`, "fix all" in the editor). A fix whose edits overlap one already taken, or that
 * creates/renames a path another fix touches, is left out: the caller lints again and
 * applies it in the next round, so fixes converge instead of corrupting a file.
 */
export function mergeFixes(fixes: readonly Fix[]): { changes: FileChange[]; applied: Fix[]; skipped: Fix[] } {
  const editsByPath = new Map<string, TextEdit[]>();
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
        let list = editsByPath.get(c.path);
        if (!list) editsByPath.set(c.path, (list = []));
        list.push(...c.edits);
      } else {
        structural.push(c);
        if (c.type === 'create') touched.add(c.path);
        else touched.add(c.from).add(c.to);
      }
    }
  }
  const changes: FileChange[] = [...editsByPath].map(([path, edits]) => ({ type: 'edit', path, edits }));
  return { changes: [...changes, ...structural], applied, skipped };
}

function fits(fix: Fix, editsByPath: ReadonlyMap<string, readonly TextEdit[]>, touched: ReadonlySet<string>): boolean {
  for (const c of fix.changes) {
    if (c.type === 'edit') {
      if (touched.has(c.path)) return false;
      const taken = editsByPath.get(c.path) ?? [];
      if (c.edits.some((e) => taken.some((t) => overlaps(e, t)))) return false;
    } else {
      const paths = c.type === 'create' ? [c.path] : [c.from, c.to];
      if (paths.some((p) => touched.has(p) || editsByPath.has(p))) return false;
    }
  }
  return true;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Two insertions at the same point are ambiguous in order: treat them as overlapping.
  return a.start < b.end && b.start < a.end || a.start === b.start;
}

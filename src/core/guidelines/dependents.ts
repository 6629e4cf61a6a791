import type { DocumentChange } from '../index/kindProvider';
import type { WorkspaceView } from '../rules/rule';

/**
 * The guidelines whose findings can change when one document changed: only
 * guideline/duplicate-id looks at other guidelines (those with the same id).
 */
export function guidelinesAffectedBy(change: DocumentChange, view: WorkspaceView): Set<string> {
  const out = new Set<string>();
  const ids = new Set<string>();
  for (const doc of [change.before, change.after]) if (doc?.kind === 'guideline') ids.add(doc.id.toLowerCase());
  if (ids.size === 0) return out;
  for (const g of view.documents('guideline')) if (ids.has(g.id.toLowerCase())) out.add(g.path);
  return out;
}

import type { RiskRegister } from '../risk/model';
import type { WorkspaceView } from '../rules/rule';

/**
 * The documents whose findings depend on the folder's file list (`WorkspaceView.repoFiles`):
 * every guideline (`guideline/unmatched-glob`), every risk register with a path in a
 * risk's `related` (`risk/unknown-reference`) and every decision with `applies-to`
 * (`adr/unmatched-applies-to`). Front ends list the folder's files only when
 * there are some, and lint just these again when the list changes.
 */
export function repoFileReaders(view: WorkspaceView): string[] {
  const paths = view.documents('guideline').map((g) => g.path);
  for (const register of view.documents('risk')) if (namesPaths(register)) paths.push(register.path);
  for (const record of view.documents('decision')) if (record.appliesTo.length > 0) paths.push(record.path);
  return paths;
}

/**
 * Whether {@link repoFileReaders} would name any document, stopping at the first: asked
 * after every edit of a register, in folders of thousands of risks.
 */
export function hasRepoFileReaders(view: WorkspaceView): boolean {
  return view.documents('guideline').length > 0 || view.documents('risk').some(namesPaths) || view.documents('decision').some((r) => r.appliesTo.length > 0);
}

function namesPaths(register: RiskRegister): boolean {
  return register.risks.some((risk) => risk.related.some((ref) => ref.kind === 'path'));
}

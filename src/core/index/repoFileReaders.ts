import type { WorkspaceView } from '../rules/rule';

/**
 * The documents whose findings depend on the folder's file list (`WorkspaceView.repoFiles`):
 * every guideline (`guideline/unmatched-glob`) and every risk register with a path in a
 * risk's `related` (`risk/unknown-reference`). Front ends list the folder's files only when
 * there are some, and lint just these again when the list changes.
 */
export function repoFileReaders(view: WorkspaceView): string[] {
  const paths = view.documents('guideline').map((g) => g.path);
  for (const register of view.documents('risk')) {
    if (register.risks.some((risk) => risk.related.some((ref) => ref.kind === 'path'))) paths.push(register.path);
  }
  return paths;
}

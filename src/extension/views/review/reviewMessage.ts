import type { ReviewModel } from '../../review/reviewModel';
import { scopeChildren } from './reviewNodes';
import { plural } from '../../../core/text/plural';

/** Restricted Mode: the review reads Git and matches the repository's own patterns, so it waits for trust. */
export const UNTRUSTED_MESSAGE = 'Review checklists are off in Restricted Mode: they read the change from Git and match this repository\'s own patterns. Trust the workspace to turn them on.';

/**
 * The line above the Review Checklist: what is compared with what, and why the review
 * may be incomplete. Undefined when the tree is empty and all is well, so the welcome
 * content (which VS Code shows only without a message) can offer its links.
 */
export function reviewViewMessage(model: ReviewModel, hasFolders: boolean, trusted = true): string | undefined {
  if (hasFolders && !trusted) return UNTRUSTED_MESSAGE;
  if (!hasFolders || model.status === 'starting' || model.loading) return undefined;
  if (model.status === 'gitUnavailable') return 'Review checklists read the change from Git, and the built-in Git extension is disabled or unavailable.';
  const scopes = model.scopes();
  if (scopes.length === 0) return 'No Git repository found in this workspace: review checklists compare your working tree with a base branch.';
  if (scopes.length > 1) return undefined; // each folder's node says what it compares
  const scope = scopes[0]!;
  // Whatever the tree shows (guidelines, or only the decisions and risks of the change)
  // reads against what was compared: the line is there whenever the tree is not empty.
  if (scopeChildren(scope, undefined).length === 0 && scope.notes.length === 0) return undefined;
  const files = scope.changes.length;
  return [`${scope.comparison.label} · ${plural(files, 'changed file')}.`, ...scope.notes].join(' ');
}

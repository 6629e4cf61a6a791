import type * as vscode from 'vscode';
import type { ChangedFile } from '../../core/review/changeSet';
import type { ApplicableGuideline } from '../../core/review/matchGuidelines';
import type { WorkspaceIndexes } from '../workspace/workspaceIndexes';
import type { ReviewModel } from './reviewModel';
import type { ReviewScope } from './reviewScope';

/** A document that is part of the change under review, with the guidelines that apply to it. */
export interface ReviewedFile {
  readonly scope: ReviewScope;
  readonly path: string;
  readonly file: ChangedFile;
  /** Applicable guidelines whose `applies-to` selects this file, blockers first. */
  readonly applicable: readonly ApplicableGuideline[];
}

/** The review of a document, when it is a changed file some guideline applies to. */
export function reviewedFile(model: ReviewModel, indexes: WorkspaceIndexes, uri: vscode.Uri): ReviewedFile | undefined {
  const hit = indexes.entryFor(uri);
  if (!hit) return undefined;
  for (const scope of model.scopes()) {
    if (scope.entry !== hit.entry) continue;
    const file = scope.changes.find((c) => c.path === hit.path);
    if (!file) continue;
    const applicable = scope.applicable.filter((a) => a.files.includes(file));
    return applicable.length > 0 ? { scope, path: hit.path, file, applicable } : undefined;
  }
  return undefined;
}

/** Identifies one applicable guideline across refreshes (command arguments, code actions). */
export interface GuidelineRef {
  readonly scopeKey: string;
  readonly guidelinePath: string;
}

export function findApplicable(model: ReviewModel, ref: GuidelineRef): { scope: ReviewScope; applicable: ApplicableGuideline } | undefined {
  const scope = model.scopes().find((s) => s.key === ref.scopeKey);
  const applicable = scope?.applicable.find((a) => a.guideline.path === ref.guidelinePath);
  return scope && applicable ? { scope, applicable } : undefined;
}

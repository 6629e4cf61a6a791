import * as vscode from 'vscode';
import type { ToolkitApi } from '../../src/extension/extension';
import { REVIEW_DIAGNOSTIC_SOURCE } from '../../src/extension/review/hints/hintDiagnostics';
import type { ReviewScope } from '../../src/extension/review/reviewScope';
import type { ReviewNode } from '../../src/extension/views/review/reviewNodes';
import { nextEvent } from './support';

/** The review scenarios open Git repositories built by test/integration/fixtures/makeReviewRepo.js. */
export const reviewScenario = process.env.TECHLEAD_TEST_SCENARIO;

/** Resolves once no Git read is pending and `condition` holds; waits on the model's events, never sleeps. */
export async function reviewUntil(api: ToolkitApi, what: string, condition: (scopes: ReviewScope[]) => boolean, timeoutMs = 20_000): Promise<ReviewScope[]> {
  const { model } = api.review;
  const settled = () => !model.busy && model.status !== 'starting' && condition(model.scopes());
  if (!settled()) {
    await nextEvent(model.onDidChange, settled, timeoutMs).catch((err: Error) => {
      throw new Error(`${what}: ${err.message}; the review shows ${JSON.stringify(summary(model.scopes()))}`);
    });
  }
  return model.scopes();
}

function summary(scopes: readonly ReviewScope[]) {
  return scopes.map((s) => ({ folder: s.entry.folder.name, compared: s.comparison.label, files: s.changes.map((c) => c.path), guidelines: ids(s), notes: s.notes }));
}

/** The ids of the guidelines that apply in a scope, in the view's order. */
export function ids(scope: ReviewScope): string[] {
  return scope.applicable.map((a) => a.guideline.id);
}

export type NodeOf<T extends ReviewNode['type']> = Extract<ReviewNode, { type: T }>;

export function isNode<T extends ReviewNode['type']>(type: T): (n: ReviewNode) => n is NodeOf<T> {
  return (n): n is NodeOf<T> => n.type === type;
}

export function reviewHints(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === REVIEW_DIAGNOSTIC_SOURCE);
}

/** The review's CodeLenses of a file (opened first: VS Code computes lenses only for open documents). */
export async function reviewLenses(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  await vscode.workspace.openTextDocument(uri);
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
  return (lenses ?? []).filter((l) => l.command?.command === 'techlead.review.toggleItem');
}

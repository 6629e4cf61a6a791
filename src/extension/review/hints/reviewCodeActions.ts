import * as vscode from 'vscode';
import { Commands } from '../../ids';
import type { WorkspaceIndexes } from '../../workspace/workspaceIndexes';
import type { ReviewModel } from '../reviewModel';
import { reviewedFile, type GuidelineRef } from '../reviewLookup';
import { REVIEW_DIAGNOSTIC_SOURCE } from './hintDiagnostics';

/** "Open guideline" and "Tick item…" on the review's hint diagnostics. */
export class ReviewCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly model: ReviewModel, private readonly indexes: WorkspaceIndexes) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const hints = context.diagnostics.filter((d) => d.source === REVIEW_DIAGNOSTIC_SOURCE);
    if (hints.length === 0) return [];
    const reviewed = reviewedFile(this.model, this.indexes, document.uri);
    if (!reviewed) return [];
    const actions: vscode.CodeAction[] = [];
    const seen = new Set<string>();
    for (const diagnostic of hints) {
      const id = typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
      const applicable = reviewed.applicable.find((a) => a.guideline.id === id);
      if (!applicable || seen.has(applicable.guideline.path)) continue;
      seen.add(applicable.guideline.path);
      const { guideline } = applicable;
      const uri = reviewed.scope.entry.fs.uri(guideline.path);
      const at = guideline.checklist[0]?.range.start.line ?? 0;
      const open = new vscode.CodeAction(`Open guideline ${guideline.id}`, vscode.CodeActionKind.QuickFix);
      open.diagnostics = [diagnostic];
      open.command = { command: 'vscode.open', title: open.title, arguments: [uri, { selection: new vscode.Range(at, 0, at, 0) }] };
      const ref: GuidelineRef = { scopeKey: reviewed.scope.key, guidelinePath: guideline.path };
      const tick = new vscode.CodeAction(`Tick item of ${guideline.id}…`, vscode.CodeActionKind.QuickFix);
      tick.diagnostics = [diagnostic];
      tick.command = { command: Commands.reviewToggleItem, title: tick.title, arguments: [ref] };
      actions.push(open, tick);
    }
    return actions;
  }
}

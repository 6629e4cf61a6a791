import * as vscode from 'vscode';
import type { ApplicableGuideline } from '../../../core/review/matchGuidelines';
import { isTicked, type ChecklistTicks } from '../../../core/review/ticks';
import { Commands } from '../../ids';
import type { WorkspaceIndexes } from '../../workspace/workspaceIndexes';
import type { ReviewModel } from '../reviewModel';
import { reviewedFile, type GuidelineRef } from '../reviewLookup';
import type { TickStore } from '../tickStore';
import { progressOf, SEVERITY_CODICON } from './guidelineHover';

/**
 * Above the first changed line of a changed file, one CodeLens per guideline that
 * applies to it: its id, title and progress. Hovering shows the rationale and the
 * items; clicking offers to tick one. Unchanged files get none.
 */
export class ReviewCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly model: ReviewModel, private readonly indexes: WorkspaceIndexes, private readonly ticks: TickStore, private readonly enabledFor: (uri: vscode.Uri) => boolean) {
    this.subscriptions = [model.onDidChange(() => this.emitter.fire()), ticks.onDidChange(() => this.emitter.fire())];
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!this.enabledFor(document.uri)) return [];
    const reviewed = reviewedFile(this.model, this.indexes, document.uri);
    if (!reviewed) return [];
    // Hunks start with context lines: the first added line is where the change begins.
    // A change that only deletes has none; its first hunk's start is the nearest line.
    const firstChanged = reviewed.file.addedLines[0]?.line ?? reviewed.file.hunks[0]?.newStart ?? 1;
    const line = Math.min(Math.max(firstChanged - 1, 0), Math.max(document.lineCount - 1, 0));
    const range = new vscode.Range(line, 0, line, 0);
    const ticks = this.ticks.ticks(reviewed.scope.tickScope);
    return reviewed.applicable.map((applicable) => {
      const ref: GuidelineRef = { scopeKey: reviewed.scope.key, guidelinePath: applicable.guideline.path };
      return new vscode.CodeLens(range, {
        title: lensTitle(applicable, ticks),
        tooltip: lensTooltip(applicable, ticks),
        command: Commands.reviewToggleItem,
        arguments: [ref],
      });
    });
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.emitter.dispose();
  }
}

function lensTitle(applicable: ApplicableGuideline, ticks: ChecklistTicks): string {
  const { guideline } = applicable;
  return `${SEVERITY_CODICON[guideline.severity]} ${guideline.id}: ${guideline.title} (${progressOf(applicable, ticks)})`;
}

/** CodeLens tooltips are plain text: the rationale, then the items with their state. */
function lensTooltip({ guideline }: ApplicableGuideline, ticks: ChecklistTicks): string {
  const items = guideline.checklist.map((i) => `${isTicked(guideline, i, ticks) ? '☑' : '☐'} ${i.text}`);
  return [guideline.rationale.trim(), '', ...items, '', 'Click to tick an item.'].join('\n').trim();
}

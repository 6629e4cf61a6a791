import * as vscode from 'vscode';
import type { ApplicableGuideline } from '../../../core/review/matchGuidelines';
import { isTicked, type ChecklistTicks } from '../../../core/review/ticks';
import { Commands } from '../../ids';
import type { GuidelineRef } from '../reviewLookup';
import type { TickStore } from '../tickStore';
import type { EditorReviews } from './editorReviews';
import { progressOf, SEVERITY_CODICON } from './guidelineHover';

/**
 * Above the first changed line of a changed file, one CodeLens per guideline that
 * applies to it: its id, title and progress. Hovering shows the rationale and the
 * items; clicking offers to tick one. Unchanged files get none. The line follows unsaved
 * edits: it comes from the editor's review of the text as typed (see EditorReviews).
 */
export class ReviewCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly editors: EditorReviews, private readonly ticks: TickStore, private readonly enabledFor: (uri: vscode.Uri) => boolean) {
    this.subscriptions = [editors.onDidChange(() => this.emitter.fire()), ticks.onDidChange(() => this.emitter.fire())];
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!this.enabledFor(document.uri)) return [];
    const reviewed = this.editors.reviewOf(document);
    // Ticks belong to the change under review: a version outside it gets no lenses.
    if (!reviewed?.scope || reviewed.applicable.length === 0) return [];
    const scope = reviewed.scope;
    // Hunks start with context lines: the first added line is where the change begins.
    // A change that only deletes has none; its first hunk's start is the nearest line.
    const firstChanged = reviewed.file.addedLines[0]?.line ?? reviewed.file.hunks[0]?.newStart ?? 1;
    const line = Math.min(Math.max(firstChanged - 1, 0), Math.max(document.lineCount - 1, 0));
    const range = new vscode.Range(line, 0, line, 0);
    const ticks = this.ticks.ticks(scope.tickScope);
    return reviewed.applicable.map((applicable) => {
      const ref: GuidelineRef = { scopeKey: scope.key, guidelinePath: applicable.guideline.path };
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

import * as vscode from 'vscode';
import { renderChecklistMarkdown } from '../../../core/review/checklistMarkdown';
import { Commands } from '../../ids';
import type { ReviewNode } from '../../views/review/reviewNodes';
import type { ReviewTreeProvider } from '../../views/review/reviewTree';
import type { WorkspaceIndexes } from '../../workspace/workspaceIndexes';
import type { BaseChoices } from '../baseChoices';
import type { GuidelineRef } from '../reviewLookup';
import type { ReviewModel } from '../reviewModel';
import type { TickStore } from '../tickStore';
import { chooseBase } from './chooseBase';
import { newGuideline } from './newGuideline';
import { showAllGuidelines } from './showAllGuidelines';
import { tickItem } from './tickItem';
import { plural } from '../../../core/text/plural';

export interface ReviewCommandServices {
  readonly indexes: WorkspaceIndexes;
  readonly model: ReviewModel;
  readonly tree: ReviewTreeProvider;
  readonly ticks: TickStore;
  readonly baseChoices: BaseChoices;
}

/** The Review Checklist commands (category "Review"). */
export function registerReviewCommands(services: ReviewCommandServices): vscode.Disposable[] {
  const { indexes, model, tree, ticks, baseChoices } = services;
  return [
    vscode.commands.registerCommand(Commands.reviewChooseBase, () => chooseBase(model, baseChoices)),
    vscode.commands.registerCommand(Commands.reviewRefresh, () => model.refresh()),
    vscode.commands.registerCommand(Commands.reviewResetTicks, () => resetTicks(model, ticks)),
    vscode.commands.registerCommand(Commands.reviewCopyChecklist, () => copyChecklist(model, tree)),
    vscode.commands.registerCommand(Commands.reviewShowAllGuidelines, () => showAllGuidelines(model, indexes)),
    vscode.commands.registerCommand(Commands.reviewNewGuideline, (node?: ReviewNode) => newGuideline(indexes, node)),
    vscode.commands.registerCommand(Commands.reviewToggleItem, (target?: ReviewNode | GuidelineRef) => tickItem(model, tree, target)),
  ];
}

/** Clears the ticks of the branches under review (other branches keep theirs). */
async function resetTicks(model: ReviewModel, ticks: TickStore): Promise<void> {
  const scopes = [...new Set(model.scopes().map((s) => s.tickScope))];
  for (const scope of scopes) await ticks.reset(scope);
  const branches = [...new Set(model.scopes().map((s) => s.comparison.branch))];
  void vscode.window.showInformationMessage(branches.length ? `Review ticks reset for ${branches.join(', ')}.` : 'Nothing to reset: there is no change under review.');
}

/** The checklist as Markdown for a pull request description, one section per folder when there are several. */
async function copyChecklist(model: ReviewModel, tree: ReviewTreeProvider): Promise<string> {
  const scopes = model.scopes();
  const several = scopes.length > 1;
  const markdown = scopes
    .map((s) => renderChecklistMarkdown(s.applicable, tree.ticksOf(s), { governance: s.governance, ...(several ? { heading: `Review checklist: ${s.entry.folder.name}` } : {}) }))
    .join('\n') || renderChecklistMarkdown([]);
  await vscode.env.clipboard.writeText(markdown);
  const count = scopes.reduce((n, s) => n + s.applicable.length, 0);
  const decisions = scopes.reduce((n, s) => n + s.governance.decisions.length, 0);
  const risks = scopes.reduce((n, s) => n + s.governance.risks.length, 0);
  const parts = [plural(count, 'guideline'), decisions ? plural(decisions, 'decision') : undefined, risks ? plural(risks, 'risk') : undefined].filter(Boolean);
  void vscode.window.showInformationMessage(`Copied the review checklist (${parts.join(', ')}) as Markdown.`);
  return markdown;
}

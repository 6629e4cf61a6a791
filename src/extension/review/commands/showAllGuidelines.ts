import * as vscode from 'vscode';
import type { Guideline } from '../../../core/guidelines/model';
import { Commands } from '../../ids';
import { SEVERITY_LABEL } from '../../views/review/reviewPresentation';
import type { WorkspaceIndexes } from '../../workspace/workspaceIndexes';
import type { ReviewModel } from '../reviewModel';
import { plural } from '../../../core/text/plural';

/**
 * "Show All Guidelines": every guideline of every folder, whether or not it applies to
 * the current change, with how many changed files it applies to; picking one opens it.
 */
export async function showAllGuidelines(model: ReviewModel, indexes: WorkspaceIndexes): Promise<void> {
  const applying = new Map<Guideline, number>();
  for (const scope of model.scopes()) for (const a of scope.applicable) applying.set(a.guideline, (applying.get(a.guideline) ?? 0) + a.files.length);
  const several = indexes.folders().length > 1;
  const items = indexes.folders().flatMap((entry) => entry.index.documents('guideline').map((guideline) => {
    const files = applying.get(guideline);
    return {
      label: `${guideline.id}: ${guideline.title}`,
      description: `${SEVERITY_LABEL[guideline.severity]} · ${files ? `applies to ${plural(files, 'changed file')}` : 'not in this change'}`,
      detail: `${several ? `${entry.folder.name}/` : ''}${guideline.path} · ${guideline.appliesTo.map((a) => a.text).join(', ') || 'applies to no paths'}`,
      uri: entry.fs.uri(guideline.path),
      line: guideline.checklist[0]?.range.start.line ?? 0,
    };
  }));
  if (items.length === 0) {
    const create = await vscode.window.showInformationMessage('There are no review guidelines yet. Guidelines are Markdown checklists in .techlead/guidelines/ that name the paths they apply to.', 'New Guideline');
    if (create) await vscode.commands.executeCommand(Commands.reviewNewGuideline);
    return;
  }
  const pick = await vscode.window.showQuickPick(items, { title: 'All Review Guidelines', placeHolder: 'Pick a guideline to open it', matchOnDescription: true, matchOnDetail: true });
  if (pick) await vscode.window.showTextDocument(pick.uri, { selection: new vscode.Range(pick.line, 0, pick.line, 0) });
}

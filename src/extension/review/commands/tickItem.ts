import * as vscode from 'vscode';
import { isTicked } from '../../../core/review/ticks';
import type { ReviewTreeProvider } from '../../views/review/reviewTree';
import type { ReviewNode } from '../../views/review/reviewNodes';
import type { ReviewModel } from '../reviewModel';
import { findApplicable, type GuidelineRef } from '../reviewLookup';
import type { ReviewScope } from '../reviewScope';
import type { ApplicableGuideline } from '../../../core/review/matchGuidelines';
import { markdownToPlainText } from '../../../core/text/markdown';

/**
 * "Tick Item…": toggles a checklist item. From the tree an item node toggles directly;
 * from a CodeLens or a hint's code action the guideline is known and its items are
 * offered; from the palette the guideline is asked first.
 */
export async function tickItem(model: ReviewModel, tree: ReviewTreeProvider, target?: ReviewNode | GuidelineRef): Promise<void> {
  if (target && 'type' in target && target.type === 'item') {
    const { scope, applicable, item } = target;
    await tree.setTicked(scope, applicable.guideline, item, !isTicked(applicable.guideline, item, tree.ticksOf(scope)));
    return;
  }
  const found = target && 'type' in target && target.type === 'guideline' ? target : target && 'scopeKey' in target ? findApplicable(model, target) : await pickGuideline(model);
  if (!found) {
    if (target) void vscode.window.showInformationMessage('Tick Item: that guideline no longer applies to the change.');
    return;
  }
  const { scope, applicable } = found;
  const { guideline } = applicable;
  const ticks = tree.ticksOf(scope);
  const items = guideline.checklist.map((item) => {
    const ticked = isTicked(guideline, item, ticks);
    // Plain words: a picker row shows Markdown as typed (backticks and all). The state is an
    // icon beside the label (not a $(codicon) in it, which a screen reader would spell out)
    // and words in the description.
    return {
      label: markdownToPlainText(item.text),
      iconPath: new vscode.ThemeIcon(ticked ? 'pass-filled' : 'circle-large-outline'),
      description: ticked ? 'ticked: pick to untick' : 'not ticked',
      item,
      ticked,
    };
  });
  if (items.length === 0) {
    void vscode.window.showInformationMessage(`${guideline.id} has no checklist items.`);
    return;
  }
  const pick = await vscode.window.showQuickPick(items, { title: `Tick Item of ${guideline.id}: ${markdownToPlainText(guideline.title)}`, placeHolder: 'Pick an item to tick or untick it' });
  if (pick) await tree.setTicked(scope, guideline, pick.item, !pick.ticked);
}

async function pickGuideline(model: ReviewModel): Promise<{ scope: ReviewScope; applicable: ApplicableGuideline } | undefined> {
  const candidates = model.scopes().flatMap((scope) => scope.applicable.map((applicable) => ({ scope, applicable })));
  if (candidates.length === 0) {
    void vscode.window.showInformationMessage('Tick Item: no review guideline applies to the current change.');
    return undefined;
  }
  const pick = await vscode.window.showQuickPick(
    candidates.map((c) => ({ label: `${c.applicable.guideline.id} ${markdownToPlainText(c.applicable.guideline.title)}`, description: c.scope.entry.folder.name, candidate: c })),
    { title: 'Tick Item', placeHolder: 'Which guideline?' },
  );
  return pick?.candidate;
}

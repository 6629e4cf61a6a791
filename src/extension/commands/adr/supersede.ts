import * as vscode from 'vscode';
import { systemClock } from '../../../core/host';
import type { DecisionRecord } from '../../../core/adr/model';
import { planSupersede } from '../../../core/adr/write';
import type { WorkspaceIndexes } from '../../workspace/workspaceIndexes';
import { recordFor, recordItems, type RecordPickItem } from './adrTargets';
import { applyAdrPlan, type AdrCommandResult } from './applyAdrPlan';
import { askTitle, createDecision } from './newDecision';

const WHAT = 'Supersede';
const NEW_DECISION = 'New decision…';

/** A record that already says what replaces it is a poor choice for either end. */
function alreadySuperseded(record: DecisionRecord): string | undefined {
  return record.status?.value === 'superseded' ? 'Already superseded' : undefined;
}

/** A successor should be a decision in force. */
function noLongerInForce(record: DecisionRecord): string | undefined {
  const status = record.status?.value;
  return status === 'superseded' || status === 'deprecated' || status === 'rejected' ? 'No longer in force' : undefined;
}

/**
 * "ADR: Supersede…": the record that no longer holds (the one invoked on, or a pick),
 * then its successor: an existing record, or a new one created in the same folder. Both
 * records change in one undoable edit: "Superseded by" in the old one, "Supersedes" in
 * the new one, each in its own format.
 */
export async function supersede(indexes: WorkspaceIndexes, arg?: unknown): Promise<AdrCommandResult | undefined> {
  const old = await recordFor(indexes, arg, WHAT, 'Which decision no longer holds?', { setAside: alreadySuperseded });
  if (!old) return undefined;
  const items: RecordPickItem[] = [
    { label: NEW_DECISION, iconPath: new vscode.ThemeIcon('add'), description: `a new record in ${old.record.folder || '.'} that supersedes ${old.record.id}` },
    ...recordItems([old], { exclude: old.record, setAside: noLongerInForce }),
  ];
  const pick = await vscode.window.showQuickPick(items, { title: `${WHAT} ${old.record.id}`, placeHolder: `Which decision replaces ${old.record.id}?`, matchOnDescription: true });
  if (!pick) return undefined;
  const today = systemClock.today();
  if (!pick.target) {
    const title = await askTitle(old, `${WHAT} ${old.record.id}: the new decision`);
    if (title === undefined) return undefined;
    return createDecision(old, { title, directory: old.record.directory?.path ?? old.record.folder, supersedes: [old.record.path], today }, WHAT);
  }
  return applyAdrPlan(old, planSupersede(old.entry.index, old.record, pick.target.record), WHAT);
}

import * as vscode from 'vscode';
import { LINK_RELATIONS, planLink, type LinkRelation } from '../../../core/adr/write';
import type { WorkspaceIndexes } from '../../workspace/workspaceIndexes';
import { recordFor, recordItems } from './adrTargets';
import { applyAdrPlan, type AdrCommandResult } from './applyAdrPlan';

const WHAT = 'Link';

/** How each relation reads from both ends, for the pick. */
const RELATION_WORDING: Readonly<Record<LinkRelation, { verb: string; reverse: string }>> = {
  'relates-to': { verb: 'relates to', reverse: 'Relates to' },
  amends: { verb: 'amends', reverse: 'Amended by' },
  clarifies: { verb: 'clarifies', reverse: 'Clarified by' },
  extends: { verb: 'extends', reverse: 'Extended by' },
};

/**
 * "ADR: Link…": the record to link from (the one invoked on, or a pick), the record it
 * relates to, and how. Both records say so, each in its own format ("Amends …" in one,
 * "Amended by …" in the other), in one undoable edit.
 */
export async function linkRecords(indexes: WorkspaceIndexes, arg?: unknown): Promise<AdrCommandResult | undefined> {
  const from = await recordFor(indexes, arg, WHAT, 'Link which decision?');
  if (!from) return undefined;
  const others = recordItems([from], { exclude: from.record });
  if (!others.some((i) => i.target)) {
    void vscode.window.showInformationMessage(`${WHAT}: ${from.entry.folder.name} has no other record to link ${from.record.id} to.`);
    return undefined;
  }
  const to = await vscode.window.showQuickPick(others, { title: `${WHAT} ${from.record.id}`, placeHolder: `Which decision does ${from.record.id} relate to?`, matchOnDescription: true });
  if (!to?.target) return undefined;
  const toRecord = to.target.record;
  const relation = await vscode.window.showQuickPick(
    LINK_RELATIONS.map((r) => ({ label: r, description: `${from.record.id} ${RELATION_WORDING[r].verb} ${toRecord.id}; ${toRecord.id} says "${RELATION_WORDING[r].reverse} ${from.record.id}"`, relation: r })),
    { title: `${WHAT} ${from.record.id} → ${toRecord.id}`, placeHolder: 'How are they related?' },
  );
  if (!relation) return undefined;
  const result = await applyAdrPlan(from, planLink(from.record, toRecord, relation.relation, from.entry.index), WHAT);
  if (result?.paths.length === 0) void vscode.window.showInformationMessage(`${WHAT}: both records already say so.`);
  return result;
}

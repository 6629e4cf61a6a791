import * as vscode from 'vscode';
import { systemClock } from '../../../core/host';
import { ADR_STATUS_VALUES, type AdrStatusValue } from '../../../core/adr/model';
import { planChangeStatus } from '../../../core/adr/write';
import { Commands } from '../../ids';
import type { WorkspaceIndexes } from '../../workspace/workspaceIndexes';
import { recordFor } from './adrTargets';
import { pickWithActive } from '../pickers';
import { STATUS_LABELS, statusPhrase } from '../../../core/adr/recordPresentation';
import { applyAdrPlan, type AdrCommandResult } from './applyAdrPlan';

const WHAT = 'Change Status';

type SettableStatus = Exclude<AdrStatusValue, 'other'>;

const STATUS_MEANING: Readonly<Record<SettableStatus, string>> = {
  draft: 'still being written',
  proposed: 'written, waiting for a decision',
  accepted: 'decided: the team follows it',
  rejected: 'considered and turned down',
  deprecated: 'no longer followed, nothing replaces it',
  superseded: 'replaced by another record (asks which)',
};

/**
 * "ADR: Change Status…": a quick pick of the statuses with the current one marked; the
 * record's status changes where and how the record writes it. Choosing "superseded" goes
 * on to Supersede, since a superseded record should say what replaces it.
 */
export async function changeStatus(indexes: WorkspaceIndexes, arg?: unknown): Promise<AdrCommandResult | undefined> {
  const target = await recordFor(indexes, arg, WHAT, 'Which decision?');
  if (!target) return undefined;
  const current = target.record.status?.value;
  const items = ADR_STATUS_VALUES.filter((s): s is SettableStatus => s !== 'other').map((status) => ({
    label: STATUS_LABELS[status],
    description: status === current ? `current · ${STATUS_MEANING[status]}` : STATUS_MEANING[status],
    status,
  }));
  // The pick opens on the current status, as a select box would.
  const pick = await pickWithActive(items, items.find((i) => i.status === current), { title: `${WHAT}: ${target.record.id}`, placeholder: `Now: ${statusPhrase(target.record, undefined)}. Which status?` });
  if (!pick) return undefined;
  if (pick.status === 'superseded' && current !== 'superseded') {
    return vscode.commands.executeCommand<AdrCommandResult | undefined>(Commands.adrSupersede, target.entry.fs.uri(target.record.path));
  }
  const result = await applyAdrPlan(target, planChangeStatus(target.record, pick.status, systemClock.today()), WHAT);
  if (result?.paths.length === 0) void vscode.window.showInformationMessage(`${target.record.id} is already ${pick.status}.`);
  return result;
}

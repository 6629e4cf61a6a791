import * as vscode from 'vscode';
import { systemClock } from '../../../core/host';
import { ADR_CATALOG } from '../../../core/adr/catalog';
import { normalizeRelative } from '../../../core/config/config';
import { DEFAULT_ADR_DIRECTORY, listAdrTemplates, planInitialize } from '../../../core/adr/write';
import type { WorkspaceIndexes } from '../../workspace/workspaceIndexes';
import { adrFolderFor, type AdrFolder } from './adrTargets';
import { applyAdrPlan, openWithSelection } from './applyAdrPlan';
import type { NewDecisionResult } from './newDecision';
import { pickTemplateId } from './newDecision';
import { plural } from '../../../core/text/plural';

const WHAT = 'Initialize Decision Records';

/**
 * "ADR: Initialize Decision Records…": a first record ("Record architecture decisions")
 * in a new folder, and `.techlead.yaml` naming it when the repository has none. A folder
 * that already holds records is refused in the input box itself, before anything is asked
 * further; the planner refuses again if records appeared meanwhile.
 */
export async function initializeDecisions(indexes: WorkspaceIndexes, arg?: unknown): Promise<NewDecisionResult | undefined> {
  const folder = await adrFolderFor(indexes, arg, WHAT);
  if (!folder) return undefined;
  const directory = await askDirectory(folder);
  if (directory === undefined) return undefined;
  let template: string | undefined;
  if (folder.workspace.config.adrTemplate === undefined) {
    const picked = await pickTemplateId(await listAdrTemplates(folder.workspace, directory), `${WHAT}: template`, 'Which template will the records follow?');
    if (picked === null) return undefined;
    template = picked;
  }
  const plan = await planInitialize(folder.workspace, { directory, template, today: systemClock.today() });
  const applied = await applyAdrPlan(folder, plan, WHAT);
  if (!applied || !plan.ok) return undefined;
  // A new record folder changes discovery and what is watched: rebuild so New Decision finds it at once.
  await indexes.rebuild([folder.entry.folder]);
  await openWithSelection(folder, plan.path, plan.cursor);
  for (const note of plan.notes) void vscode.window.showInformationMessage(note);
  return { ...applied, record: plan.path };
}

async function askDirectory(folder: AdrFolder): Promise<string | undefined> {
  const catalog = folder.entry.index.catalog(ADR_CATALOG);
  const withRecords = folder.workspace.discovery.directories.filter((d) => catalog.inFolder(d.path).length > 0).map((d) => d.path || '.');
  const answer = await vscode.window.showInputBox({
    title: WHAT,
    prompt: `Folder for the decision records, relative to ${folder.entry.folder.name}.${withRecords.length ? ` Records are already kept in ${withRecords.join(', ')}.` : ''}`,
    value: DEFAULT_ADR_DIRECTORY,
    validateInput: (value) => {
      const path = normalizeRelative(value.trim());
      if (!path) return 'Enter a folder, e.g. docs/adr.';
      const count = catalog.inFolder(path).length;
      if (count > 0) return `${path} already holds ${plural(count, 'decision record')}: it needs no initializing. Use "ADR: New Decision…" to add one, or enter another folder.`;
      return undefined;
    },
  });
  return answer === undefined ? undefined : normalizeRelative(answer.trim());
}

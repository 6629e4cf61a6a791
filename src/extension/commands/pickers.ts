import * as vscode from 'vscode';
import { isIsoDate } from '../../core/util/dates';
import { addInterval } from '../../core/risk/dates';
import type { FolderEntry, WorkspaceIndexes } from '../workspace/workspaceIndexes';

/**
 * The workspace folder a command works in: the only one, the one of the active editor,
 * or the user's choice. Undefined (after telling the user) when no folder is open.
 */
export async function pickFolder(indexes: WorkspaceIndexes, purpose: string): Promise<FolderEntry | undefined> {
  const entries = indexes.folders();
  if (entries.length === 0) {
    void vscode.window.showInformationMessage(`${purpose}: open a folder first.`, 'Open Folder').then((a) => a && vscode.commands.executeCommand('workbench.action.files.openFolder'));
    return undefined;
  }
  if (entries.length === 1) return entries[0];
  const active = vscode.window.activeTextEditor?.document.uri;
  const fromEditor = active && indexes.entryFor(active)?.entry;
  const pick = await vscode.window.showQuickPick(
    entries.map((e) => ({ label: e.folder.name, description: e === fromEditor ? 'folder of the active editor' : undefined, entry: e })),
    { title: purpose, placeHolder: 'Which workspace folder?' },
  );
  return pick?.entry;
}

/** Validates `YYYY-MM-DD` for input boxes. */
export function validateIsoDate(value: string): string | undefined {
  if (value.trim() === '') return undefined;
  if (!isIsoDate(value.trim())) return 'Enter a date as YYYY-MM-DD, for example 2026-12-31';
  return undefined;
}

export function addDays(isoDate: string, days: number): string {
  return addInterval(isoDate, { amount: days, unit: 'd', text: `${days}d` });
}

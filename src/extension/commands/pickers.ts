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

/**
 * A quick pick that opens on `active` (the current value) rather than on the first item,
 * so the user sees where they stand and Enter keeps it; `showQuickPick` cannot do that.
 * Resolves to the accepted item, or `undefined` when the pick is dismissed.
 *
 * `typed`, for pickers whose list only suggests values, turns typed text into an item of
 * its own ("Use 'Priya Shah'"): offered first when no listed item matches the text, so
 * Enter takes what was typed; offered last otherwise, so Enter still takes the match.
 */
export function pickWithActive<T extends vscode.QuickPickItem>(
  items: readonly T[],
  active: T | undefined,
  options: { readonly title?: string; readonly placeholder?: string; readonly typed?: (text: string) => T },
): Promise<T | undefined> {
  const pick = vscode.window.createQuickPick<T>();
  pick.title = options.title;
  pick.placeholder = options.placeholder;
  pick.items = items;
  if (active) pick.activeItems = [active];
  const typed = options.typed;
  if (typed) {
    pick.onDidChangeValue((value) => {
      const text = value.trim();
      if (!text) {
        pick.items = items;
        return;
      }
      const own = { ...typed(text), alwaysShow: true };
      const matches = items.some((i) => i.label.toLowerCase().includes(text.toLowerCase()));
      pick.items = matches ? [...items, own] : [own, ...items];
      if (!matches) pick.activeItems = [own];
    });
  }
  return new Promise<T | undefined>((resolve) => {
    let answer: T | undefined;
    pick.onDidAccept(() => {
      answer = pick.selectedItems[0] ?? pick.activeItems[0];
      // Nothing to accept (an empty list): the pick stays open, as showQuickPick's does.
      if (!answer) return;
      pick.hide();
    });
    // Hiding follows accepting too: the answer is settled once, when the pick is gone.
    pick.onDidHide(() => {
      resolve(answer);
      pick.dispose();
    });
    pick.show();
  });
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

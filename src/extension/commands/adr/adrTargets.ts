import * as vscode from 'vscode';
import type { DecisionRecord } from '../../../core/adr/model';
import { adrWorkspaceOf, type AdrWorkspace } from '../../../core/adr/write';
import type { DecisionNode } from '../../views/decisions/decisionNodes';
import { recordLabel, statusAndDate } from '../../../core/adr/recordPresentation';
import type { FolderEntry, WorkspaceIndexes } from '../../workspace/workspaceIndexes';
import { Commands } from '../../ids';
import { pickFolder } from '../pickers';

/** A workspace folder whose decision records are indexed: what the writing planners need. */
export interface AdrFolder {
  readonly entry: FolderEntry;
  readonly workspace: AdrWorkspace;
}

/** One record and the workspace folder it lives in. */
export interface RecordTarget extends AdrFolder {
  readonly record: DecisionRecord;
}

/** The indexed ADR context of a workspace folder; tells the user when records are not indexed there. */
export function adrFolderOf(entry: FolderEntry, purpose: string): AdrFolder | undefined {
  const workspace = adrWorkspaceOf(entry.index);
  if (!workspace) {
    void vscode.window.showWarningMessage(`${purpose}: decision records are not indexed in ${entry.folder.name}; check the techlead.adr settings.`);
    return undefined;
  }
  return { entry, workspace };
}

/*
 * Commands are invoked with a node of the Decisions view (context menu, view title), a
 * file URI (editor menus, other commands), or nothing (palette); the argument is checked
 * at run time, since menus and other extensions pass what they like.
 */

/** The workspace folder a command was invoked for (from its argument), else the only one, the active editor's, or the user's pick. */
export async function adrFolderFor(indexes: WorkspaceIndexes, arg: unknown, purpose: string): Promise<AdrFolder | undefined> {
  // Commands may run while the first index is still being built; the planners need it complete.
  await indexes.whenIdle();
  const uri = folderUriOf(arg);
  const entry = uri ? indexes.folders().find((e) => e.folder.uri.toString() === uri.toString()) : await pickFolder(indexes, purpose);
  return entry && adrFolderOf(entry, purpose);
}

function folderUriOf(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return vscode.workspace.getWorkspaceFolder(arg)?.uri;
  if (isDecisionNode(arg)) return arg.folder.uri;
  return undefined;
}

function isDecisionNode(arg: unknown): arg is DecisionNode {
  return typeof arg === 'object' && arg !== null && 'type' in arg && 'folder' in arg && ['folder', 'group', 'record'].includes(String((arg as { type: unknown }).type));
}

/** The record a command was invoked on, as indexed now (a tree node may hold an older parse). */
export function recordFromArgument(indexes: WorkspaceIndexes, arg: unknown, purpose: string): RecordTarget | undefined {
  let uri: vscode.Uri | undefined;
  if (arg instanceof vscode.Uri) uri = arg;
  else if (isDecisionNode(arg) && arg.type === 'record') uri = vscode.Uri.joinPath(arg.folder.uri, ...arg.record.path.split('/'));
  if (!uri) return undefined;
  const hit = indexes.entryFor(uri);
  const record = hit?.entry.index.get(hit.path);
  if (!hit || record?.kind !== 'decision') return undefined;
  const folder = adrFolderOf(hit.entry, purpose);
  return folder && { ...folder, record };
}

/** Every indexed record of a folder, in the order the Decisions view lists them by number. */
export function recordsOf(folder: AdrFolder): DecisionRecord[] {
  return [...folder.entry.index.documents('decision')].sort((a, b) => a.folder.localeCompare(b.folder) || (a.number?.value ?? Infinity) - (b.number?.value ?? Infinity) || a.path.localeCompare(b.path));
}

export interface RecordPickItem extends vscode.QuickPickItem {
  readonly target?: RecordTarget;
}

/** How a record picker orders its records. */
export interface RecordPickOptions {
  /** A record left out (the one the command already works on). */
  readonly exclude?: DecisionRecord | undefined;
  /**
   * Why a record is a poor choice here ("already superseded"), or undefined: such records
   * are listed last, under that reason, rather than hidden, so a user fixing a record can
   * still reach them.
   */
  readonly setAside?: (record: DecisionRecord) => string | undefined;
}

/** Quick-pick items for records, one separator per ADR folder, records set aside last under their reason. */
export function recordItems(folders: readonly AdrFolder[], options: RecordPickOptions = {}): RecordPickItem[] {
  const items: RecordPickItem[] = [];
  const asideByReason = new Map<string, RecordPickItem[]>();
  // Records set aside leave their folder's separator: their description says the folder instead.
  const severalFolders = new Set(folders.flatMap((f) => recordsOf(f).map((r) => `${f.entry.folder.name}:${r.folder}`))).size > 1;
  for (const folder of folders) {
    let lastFolder: string | undefined;
    for (const record of recordsOf(folder)) {
      if (record === options.exclude) continue;
      const where = folders.length > 1 ? `${folder.entry.folder.name}: ${record.folder || '.'}` : record.folder || '.';
      const reason = options.setAside?.(record);
      if (reason !== undefined) {
        const aside = asideByReason.get(reason) ?? asideByReason.set(reason, []).get(reason)!;
        aside.push({ label: recordLabel(record), description: [statusAndDate(record), severalFolders ? where : ''].filter(Boolean).join(' · '), target: { ...folder, record } });
        continue;
      }
      if (record.folder !== lastFolder) {
        lastFolder = record.folder;
        items.push({ label: where, kind: vscode.QuickPickItemKind.Separator });
      }
      items.push({ label: recordLabel(record), description: statusAndDate(record), target: { ...folder, record } });
    }
  }
  for (const [reason, aside] of asideByReason) items.push({ label: reason, kind: vscode.QuickPickItemKind.Separator }, ...aside);
  return items;
}

/** The record a command works on: the one it was invoked on, else the user's pick (the active editor's record first). */
export async function recordFor(indexes: WorkspaceIndexes, arg: unknown, purpose: string, question: string, options: Pick<RecordPickOptions, 'setAside'> = {}): Promise<RecordTarget | undefined> {
  await indexes.whenIdle();
  const given = recordFromArgument(indexes, arg, purpose);
  if (given) return given;
  const folders = indexes.folders().flatMap((e) => (e.index.documents('decision').length > 0 ? [adrFolderOf(e, purpose)].filter((f): f is AdrFolder => !!f) : []));
  if (folders.length === 0) {
    void vscode.window.showInformationMessage(`${purpose}: there are no decision records yet.`, 'New Decision…').then((a) => a && vscode.commands.executeCommand(Commands.adrNew));
    return undefined;
  }
  const editorRecord = vscode.window.activeTextEditor && recordFromArgument(indexes, vscode.window.activeTextEditor.document.uri, purpose);
  // The editor's record is offered first only when it is a good choice.
  const active = editorRecord && options.setAside?.(editorRecord.record) === undefined ? editorRecord : undefined;
  const items = recordItems(folders, { exclude: active?.record, setAside: options.setAside });
  if (active) items.unshift({ label: 'open in the editor', kind: vscode.QuickPickItemKind.Separator }, { label: recordLabel(active.record), description: statusAndDate(active.record), target: active });
  const pick = await vscode.window.showQuickPick(items, { title: purpose, placeHolder: question, matchOnDescription: true });
  return pick?.target;
}

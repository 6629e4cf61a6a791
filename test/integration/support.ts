import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ToolkitApi } from '../../src/extension/extension';
import type { RiskNode } from '../../src/extension/views/risks/risksTree';
import { nextEvent } from '../../src/extension/workspace/events';

export { nextEvent };

export const EXTENSION_ID = 'techlead.techlead-toolkit';

/** Which workspace the launcher opened: `empty`, `example` (one folder) or `multiroot`. */
export const scenario = (process.env.TECHLEAD_TEST_SCENARIO ?? 'empty') as 'empty' | 'example' | 'multiroot';

/** Activates the extension (failing the test if it cannot) and waits for its first index. */
export async function activated(): Promise<ToolkitApi> {
  const ext = vscode.extensions.getExtension<ToolkitApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this VS Code`);
  const api = await ext.activate();
  assert.ok(ext.isActive, 'extension did not activate');
  await api.indexes.whenIdle();
  return api;
}

export function folderNamed(name: string): vscode.WorkspaceFolder {
  const f = vscode.workspace.workspaceFolders?.find((w) => w.name === name);
  assert.ok(f, `workspace folder ${name} is not open`);
  return f;
}

/** Resolves once `condition` holds, checking now and after every index change (no polling, no sleeps). */
export async function whenIndexed(api: ToolkitApi, condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  if (condition()) return;
  await nextEvent(api.indexes.onDidChange, () => condition(), timeoutMs);
}

/** A file of a workspace folder. */
export function fileIn(folder: vscode.WorkspaceFolder, path: string): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, ...path.split('/'));
}

export async function diskText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** The files' text on disk before a test changes them. */
export async function snapshot(folder: vscode.WorkspaceFolder, paths: readonly string[]): Promise<Map<string, string>> {
  return new Map(await Promise.all(paths.map(async (p) => [p, await diskText(fileIn(folder, p))] as const)));
}

/**
 * Puts files back as they were, open documents included (the commands save files that had
 * no unsaved changes; an undo leaves them unsaved), and waits until the index has them again.
 */
export async function restore(api: ToolkitApi, folder: vscode.WorkspaceFolder, originals: ReadonlyMap<string, string>): Promise<void> {
  const index = api.indexes.folders().find((e) => e.folder === folder)!.index;
  for (const [path, original] of originals) {
    const uri = fileIn(folder, path);
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (document && document.getText() !== original) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, new vscode.Range(0, 0, document.lineCount, 0), original);
      assert.ok(await vscode.workspace.applyEdit(edit));
    }
    if (document?.isDirty) await document.save();
    if ((await diskText(uri)) !== original) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(original));
    await whenIndexed(api, () => index.get(path)?.text === original);
  }
}

export type RiskRow = Extract<RiskNode, { type: 'risk' }>;

/** Every risk row of the view, under whichever groups it is in. */
export function riskRows(api: ToolkitApi): RiskRow[] {
  const tree = api.views.risks;
  const walk = (nodes: RiskNode[]): RiskRow[] => nodes.flatMap((n) => (n.type === 'risk' ? [n] : walk(tree.getChildren(n))));
  return walk(tree.getChildren());
}

export function rowOf(api: ToolkitApi, id: string): RiskRow {
  const row = riskRows(api).find((r) => r.item.risk.id === id);
  assert.ok(row, `${id} is in the Risks view`);
  return row;
}

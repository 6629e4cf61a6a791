import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ToolkitApi } from '../../src/extension/extension';
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

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated, EXTENSION_ID, scenario } from './support';

describe(`activation (${scenario})`, () => {
  it('activates and exposes its API', async () => {
    const api = await activated();
    assert.ok(api.indexes, 'the API has the workspace indexes');
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
  });

  (process.env.TECHLEAD_TEST_INSTALLED ? it : it.skip)('runs the copy installed from the .vsix, not the source tree', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.match(ext.extensionUri.path, /\/extensions\/techlead\.techlead-toolkit-/);
  });

  it('registers every command the manifest declares', async () => {
    await activated();
    const declared = (vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.commands as { command: string }[]).map((c) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = declared.filter((c) => !registered.has(c));
    assert.deepEqual(missing, [], `declared but not registered: ${missing.join(', ')}`);
  });

  it('indexes one entry per workspace folder', async () => {
    const api = await activated();
    assert.equal(api.indexes.folders().length, vscode.workspace.workspaceFolders?.length ?? 0);
  });

  it('shows the Tech Lead views', async () => {
    await activated();
    for (const view of ['techlead.decisions', 'techlead.risks', 'techlead.review']) {
      await vscode.commands.executeCommand(`${view}.focus`);
    }
  });
});

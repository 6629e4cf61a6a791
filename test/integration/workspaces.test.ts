import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated, scenario } from './support';

describe(`workspace shapes (${scenario})`, () => {
  (scenario === 'empty' ? it : it.skip)('works with no folder open: no index, no errors, commands explain themselves', async () => {
    const api = await activated();
    assert.equal(vscode.workspace.workspaceFolders, undefined);
    assert.equal(api.indexes.folders().length, 0);
    assert.deepEqual(api.views.decisions.getChildren(), []);
    assert.deepEqual(api.views.risks.getChildren(), []);
    await vscode.commands.executeCommand('techlead.refresh');
  });

  (scenario === 'multiroot' ? it : it.skip)('indexes each folder of a multi-root workspace separately', async () => {
    const api = await activated();
    const names = api.indexes.folders().map((e) => e.folder.name).sort();
    assert.deepEqual(names, ['acme-payments', 'acme-web']);
    const web = api.indexes.folders().find((e) => e.folder.name === 'acme-web')!;
    assert.equal(web.index.documents('decision').length, 2, 'acme-web has two MADR records');
    assert.ok(web.index.documents('risk').length >= 1, 'acme-web has its risk register');
    const top = api.views.decisions.getChildren();
    assert.deepEqual(top.map((n) => n.type), ['folder', 'folder'], 'one top-level node per workspace folder');
    const riskTop = api.views.risks.getChildren();
    assert.deepEqual(riskTop.map((n) => (n.type === 'folder' ? n.entry.folder.name : n.type)).sort(), ['acme-payments', 'acme-web']);
  });
});

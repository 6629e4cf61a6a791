import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated, nextEvent, scenario } from './support';
import type { DecisionNode } from '../../src/extension/views/decisions/decisionNodes';
import { ruleIdOf } from '../../src/extension/diagnostics/findingsToDiagnostics';

(scenario === 'example' ? describe : describe.skip)('Decisions (example repo)', () => {
  let folder: vscode.WorkspaceFolder;
  before(() => {
    folder = vscode.workspace.workspaceFolders![0]!;
  });
  const uri = (path: string) => vscode.Uri.joinPath(folder.uri, ...path.split('/'));
  const labelOf = (tree: { getTreeItem(n: DecisionNode): vscode.TreeItem }, n: DecisionNode) => String(tree.getTreeItem(n).label);

  it('lists the records of both ADR folders, grouped by status', async () => {
    const { views } = await activated();
    const tree = views.decisions;
    await tree.setGrouping('status');
    const groups = tree.getChildren();
    const labels = groups.map((g) => labelOf(tree, g));
    assert.deepEqual(labels.filter((l) => ['Proposed', 'Accepted', 'Superseded'].includes(l)), ['Proposed', 'Accepted', 'Superseded']);
    const all = groups.flatMap((g) => tree.getChildren(g));
    assert.equal(all.length, 8, 'five Nygard records and three MADR records');
    // Two ADR folders both have a record 1: each row says which folder it is in.
    const descriptionOf = (label: string) => String(tree.getTreeItem(all.find((n) => labelOf(tree, n).startsWith(label))!).description);
    assert.match(descriptionOf('1. Record architecture decisions'), /^docs\/adr · /);
    assert.match(descriptionOf('1. Use double-entry'), /^services\/ledger\/docs\/decisions · /);
    const superseded = tree.getChildren(groups.find((g) => labelOf(tree, g) === 'Superseded')!);
    const item = tree.getTreeItem(superseded[0]!);
    assert.equal(item.label, '2. Store idempotency keys in Redis');
    assert.match(String(item.description), /superseded by 5/);
    // The tooltip is made when the pointer rests on the item.
    assert.equal(item.tooltip, undefined);
    const tooltip = (tree.resolveTreeItem(item, superseded[0]!).tooltip as vscode.MarkdownString).value;
    assert.match(tooltip, /^\*\*2\. Store idempotency keys in Redis\*\*/);
    assert.match(tooltip, /Superseded by: 5\./);
    assert.match(tooltip.replace(/\\/g, ''), /---\n\nClients retry `POST \/charges` on timeouts\. Without a key the retry can charge the card twice \(RISK-002\)\. We already run Redis/, 'the start of its Context');
  });

  it('groups by folder and lists flat by number', async () => {
    const { views } = await activated();
    const tree = views.decisions;
    await tree.setGrouping('folder');
    assert.deepEqual(tree.getChildren().map((g) => labelOf(tree, g)), ['docs/adr', 'services/ledger/docs/decisions']);
    await tree.setGrouping('number');
    const numbers = tree.getChildren().map((n) => labelOf(tree, n).split('.')[0]);
    assert.deepEqual(numbers, ['1', '1', '2', '2', '3', '3', '4', '5']);
    await tree.setGrouping('status');
  });

  it('filters by text', async () => {
    const { views } = await activated();
    views.decisions.setFilter('idempotency');
    const shown = views.decisions.getChildren().flatMap((g) => views.decisions.getChildren(g)).map((n) => labelOf(views.decisions, n));
    assert.deepEqual(shown.sort(), ['2. Store idempotency keys in Redis', '5. Store idempotency keys in PostgreSQL']);
    views.decisions.setFilter('');
  });

  it('reports a duplicate number and renumbers the newer record with its quick fix', async () => {
    const api = await activated();
    const original = uri('docs/adr/0003-put-the-card-processor-behind-an-interface.md');
    const originalText = await vscode.workspace.fs.readFile(original);
    const older = uri('docs/adr/0003-use-a-message-queue.md');
    const diagnosed = nextEvent(vscode.languages.onDidChangeDiagnostics, () => vscode.languages.getDiagnostics(original).some((d) => ruleIdOf(d) === 'adr/duplicate-number'));
    // Dated before record 3, so record 3 is the one that must move.
    await vscode.workspace.fs.writeFile(older, new TextEncoder().encode('# 3. Use a message queue\n\nDate: 2026-01-02\n\n## Status\n\nAccepted\n\n## Context\n\nx\n\n## Decision\n\ny\n\n## Consequences\n\nz\n'));
    await diagnosed;
    const diagnostic = vscode.languages.getDiagnostics(original).find((d) => ruleIdOf(d) === 'adr/duplicate-number')!;
    assert.match(String((diagnostic.code as { target: vscode.Uri }).target), /\/docs\/rules\/adr\/duplicate-number\.md$/, 'Problems links the rule id to its page');
    await vscode.workspace.openTextDocument(original);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', original, diagnostic.range);
    const fix = actions.find((a) => /Renumber to 6/.test(a.title));
    assert.ok(fix?.edit, `a renumber quick fix among ${JSON.stringify(actions.map((a) => a.title))}`);
    const renamedPath = 'docs/adr/0006-put-the-card-processor-behind-an-interface.md';
    const reindexed = nextEvent(api.indexes.onDidChange, (c) => c.paths.includes(renamedPath));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    await reindexed;
    const renamed = await vscode.workspace.openTextDocument(uri(renamedPath));
    const text = renamed.getText();
    assert.match(text, /^# 6\. Put the card processor behind an interface/i);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(original)), 'the old file name is gone');
    const settled = nextEvent(api.indexes.onDidChange, (c) => c.paths.includes('docs/adr/0003-put-the-card-processor-behind-an-interface.md'));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(uri(renamedPath));
    await vscode.workspace.fs.delete(older);
    await vscode.workspace.fs.writeFile(original, originalText);
    await settled;
  });

  it('shows parse problems on the record, never hides the file', async () => {
    const api = await activated();
    const broken = uri('services/ledger/docs/decisions/0004-broken-front-matter.md');
    const diagnosed = nextEvent(vscode.languages.onDidChangeDiagnostics, () => vscode.languages.getDiagnostics(broken).some((d) => d.severity === vscode.DiagnosticSeverity.Error));
    await vscode.workspace.fs.writeFile(broken, new TextEncoder().encode('---\nstatus: [accepted\ndate: 2026-03-01\n---\n\n# Broken front matter\n'));
    await diagnosed;
    const node = api.views.decisions.getChildren().flatMap((g) => api.views.decisions.getChildren(g)).find((n) => n.type === 'record' && n.record.path.endsWith('0004-broken-front-matter.md'));
    assert.ok(node, 'the broken record is in the tree');
    const item = api.views.decisions.getTreeItem(node);
    assert.match(String(item.description), /problem/);
    assert.equal((item.iconPath as vscode.ThemeIcon).id, 'error');
    await vscode.workspace.fs.delete(broken);
  });
});

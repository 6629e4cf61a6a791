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
  /** Every record row, however deep the groups. */
  const recordNodes = (tree: { getChildren(n?: DecisionNode): DecisionNode[] }, nodes = tree.getChildren()): DecisionNode[] =>
    nodes.flatMap((n) => (n.type === 'record' ? [n] : recordNodes(tree, tree.getChildren(n))));

  it('groups by ADR folder, then by status, when numbers restart in two folders', async () => {
    const { views } = await activated();
    const tree = views.decisions;
    await tree.setGrouping('status');
    const folders = tree.getChildren();
    assert.deepEqual(folders.map((f) => labelOf(tree, f)), ['docs/adr', 'services/ledger/docs/decisions']);
    assert.deepEqual(folders.map((f) => tree.getChildren(f).map((g) => labelOf(tree, g))), [['Accepted', 'Superseded'], ['Proposed', 'Accepted']]);
    assert.deepEqual(folders.map((f) => tree.getTreeItem(f).accessibilityInformation?.label), ['docs/adr, 5 decisions', 'services/ledger/docs/decisions, 3 decisions']);
    const all = recordNodes(tree);
    assert.equal(all.length, 8, 'five Nygard records and three MADR records');
    // Reveal walks up from a record: status group, then ADR folder, then the top.
    const ledgerOne = all.find((n) => labelOf(tree, n).startsWith('1. Use double-entry'))!;
    const statusGroup = tree.getParent(ledgerOne)!;
    assert.equal(labelOf(tree, statusGroup), 'Accepted');
    assert.equal(labelOf(tree, tree.getParent(statusGroup)!), 'services/ledger/docs/decisions');
    assert.equal(tree.getParent(tree.getParent(statusGroup)!), undefined);
    assert.equal(tree.findRecordNode(folder, ledgerOne.type === 'record' ? ledgerOne.record.path : '')?.id, ledgerOne.id);
    // In a status group a row says what the group does not: the date, and what superseded it.
    const item = (label: string) => tree.getTreeItem(all.find((n) => labelOf(tree, n).startsWith(label))!);
    assert.equal(item('1. Use double-entry').description, '2026-02-16');
    // One casing rule: the group says "Accepted"; no row beside it says "accepted".
    assert.equal(item('1. Record architecture decisions').description, '2026-01-12');
    assert.equal(item('1. Use double-entry').accessibilityInformation?.label, '1. Use double-entry bookkeeping for the ledger, Accepted, dated 2026-02-16');
    const superseded = item('2. Store idempotency keys in Redis');
    assert.equal(superseded.description, 'Superseded by 5 · 2026-01-20');
    // The tooltip is made when the pointer rests on the item.
    assert.equal(superseded.tooltip, undefined);
    const node = all.find((n) => labelOf(tree, n).startsWith('2. Store idempotency keys in Redis'))!;
    const tooltip = (tree.resolveTreeItem(superseded, node).tooltip as vscode.MarkdownString).value;
    assert.match(tooltip, /^\*\*2\. Store idempotency keys in Redis\*\*/);
    assert.match(tooltip, /Status: Superseded by 5/);
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
    // A flat list says each record's ADR folder, since numbers restart in each.
    const first = tree.getChildren().slice(0, 2).map((n) => String(tree.getTreeItem(n).description));
    assert.deepEqual(first, ['docs/adr · Accepted · 2026-01-12', 'services/ledger/docs/decisions · Accepted · 2026-02-16']);
    await tree.setGrouping('status');
  });

  it('filters by text', async () => {
    const { views } = await activated();
    views.decisions.setFilter('idempotency');
    const shown = recordNodes(views.decisions).map((n) => labelOf(views.decisions, n));
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
    const node = recordNodes(api.views.decisions).find((n) => n.type === 'record' && n.record.path.endsWith('0004-broken-front-matter.md'));
    assert.ok(node, 'the broken record is in the tree');
    const item = api.views.decisions.getTreeItem(node);
    assert.match(String(item.description), /problem/);
    assert.equal((item.iconPath as vscode.ThemeIcon).id, 'error');
    await vscode.workspace.fs.delete(broken);
  });
});

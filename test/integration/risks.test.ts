import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated, nextEvent, scenario, whenIndexed } from './support';
import { withScriptedAnswers } from './scriptedUi';
import type { RiskNode } from '../../src/extension/views/risks/risksTree';

const REGISTER = 'docs/risks/payments.yaml';

(scenario === 'example' ? describe : describe.skip)('Risks (example repo)', () => {
  let folder: vscode.WorkspaceFolder;
  before(async () => {
    folder = vscode.workspace.workspaceFolders![0]!;
  });
  const registerUri = () => vscode.Uri.joinPath(folder.uri, ...REGISTER.split('/'));
  const read = async () => new TextDecoder().decode(await vscode.workspace.fs.readFile(registerUri()));

  it('shows risks grouped by severity band, highest score first', async () => {
    const api = await activated();
    const tree = api.views.risks;
    await tree.setGrouping('band');
    const groups = tree.getChildren();
    const labels = groups.filter((g) => g.type === 'group').map((g) => tree.getTreeItem(g).label);
    const order = ['Critical', 'High', 'Medium', 'Low', 'Not scored', 'Closed'];
    assert.ok(labels.length >= 3, `groups: ${JSON.stringify(labels)}`);
    assert.deepEqual(labels, [...labels].sort((a, b) => order.indexOf(String(a)) - order.indexOf(String(b))), 'groups in severity order');
    for (const g of groups) {
      const scores = tree.getChildren(g).flatMap((n) => (n.type === 'risk' ? [n.item.risk.score ?? -1] : []));
      assert.deepEqual(scores, [...scores].sort((a, b) => b - a), `risks in ${String(tree.getTreeItem(g).label)} sorted by score`);
    }
    const critical = groups.find((g) => tree.getTreeItem(g).label === 'Critical');
    assert.ok(critical, 'a Critical group');
    const first = tree.getChildren(critical)[0]!;
    const item = tree.getTreeItem(first);
    assert.match(String(item.description), /score \d+ · .+ · (due \d{4}-\d{2}-\d{2}|no due date)/);
    // What the reader sees once the Markdown is rendered: escapes gone, no percent-encoding.
    const tooltip = (item.tooltip as vscode.MarkdownString).value.replace(/\\(.)/g, '$1');
    assert.doesNotMatch(tooltip, /%[0-9A-F]{2}/, 'no percent-encoded text');
    assert.match(tooltip, /^Status: [a-z]/m);
    assert.match(tooltip, /^Owner: \S/m);
  });

  it('regroups by owner', async () => {
    const { views } = await activated();
    await views.risks.setGrouping('owner');
    const labels = views.risks.getChildren().map((g) => String(views.risks.getTreeItem(g).label));
    assert.ok(labels.some((l) => /Dana Lee/.test(l)), `owner groups: ${JSON.stringify(labels)}`);
    await views.risks.setGrouping('band');
  });

  it('marks a risk reviewed, changing only its reviewed date and keeping every comment', async () => {
    const api = await activated();
    const before = await read();
    const target = api.views.risks.getChildren().flatMap((g) => api.views.risks.getChildren(g)).find((n): n is Extract<RiskNode, { type: 'risk' }> => n.type === 'risk' && n.item.register.path === REGISTER && !!n.item.risk.reviewed);
    assert.ok(target, 'a reviewed risk in the register');
    const changed = nextEvent(api.indexes.onDidChange, (c) => c.paths.includes(REGISTER));
    await vscode.commands.executeCommand('techlead.risk.markReviewed', target);
    await changed;
    const doc = await vscode.workspace.openTextDocument(registerUri());
    await doc.save();
    const after = await read();
    const beforeLines = before.split('\n');
    const afterLines = after.split('\n');
    assert.equal(afterLines.length, beforeLines.length, 'no line added or removed');
    const diff = beforeLines.flatMap((l, i) => (l === afterLines[i] ? [] : [[l, afterLines[i]]]));
    assert.equal(diff.length, 1, `exactly one line changed: ${JSON.stringify(diff)}`);
    assert.match(diff[0]![1]!, /reviewed: \d{4}-\d{2}-\d{2}/);
    assert.equal((after.match(/#/g) ?? []).length, (before.match(/#/g) ?? []).length, 'comments intact');
  });

  it('adds a risk through the guided command', async () => {
    const api = await activated();
    const registerNow = () => api.indexes.folders()[0]!.index.documents('risk').find((r) => r.path === REGISTER)!;
    await withScriptedAnswers([
      'Ledger replica lag hides refunds', // title
      '4', // likelihood
      '3', // impact
      'Dana Lee', // owner (known from the register)
      '2027-03-01', // due
    ], () => vscode.commands.executeCommand('techlead.risk.add'));
    await whenIndexed(api, () => registerNow().risks.some((r) => r.title === 'Ledger replica lag hides refunds'));
    const doc = await vscode.workspace.openTextDocument(registerUri());
    await doc.save();
    const text = await read();
    assert.match(text, /title: Ledger replica lag hides refunds/);
    assert.match(text, /due: 2027-03-01/);
    const added = registerNow().risks.find((r) => r.title === 'Ledger replica lag hides refunds');
    assert.ok(added, 'the new risk is indexed');
    assert.equal(added.score, 12);
    assert.match(added.id ?? '', /^RISK-\d+$/);
  });

  it('exports the risks as an HTML report through the guided command (the report writers load on first use)', async () => {
    await activated();
    const target = vscode.Uri.joinPath(folder.uri, 'risk-report-export-test.html');
    try {
      // The command ends by offering to open the report; the scripted UI dismisses that.
      await withScriptedAnswers(['HTML', { saveAs: target }], () => vscode.commands.executeCommand('techlead.risk.exportReport'));
      const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      assert.match(html, /^<!DOCTYPE html>/i);
      assert.match(html, /RISK-\d+/, 'the report lists the register\'s risks');
    } finally {
      await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    }
  });

  it('reports a broken register as a diagnostic and keeps it in the tree', async () => {
    const api = await activated();
    const broken = vscode.Uri.joinPath(folder.uri, 'docs', 'risks', 'broken.yaml');
    const published = nextEvent(vscode.languages.onDidChangeDiagnostics, (e) => e.uris.some((u) => u.toString() === broken.toString()) && vscode.languages.getDiagnostics(broken).length > 0);
    await vscode.workspace.fs.writeFile(broken, new TextEncoder().encode('risks:\n  - id: RISK-900\n    title: [unclosed\n'));
    await published;
    const diagnostics = vscode.languages.getDiagnostics(broken);
    assert.ok(diagnostics.some((d) => d.code === 'risk/yaml-syntax' && d.severity === vscode.DiagnosticSeverity.Error), JSON.stringify(diagnostics.map((d) => [d.code, d.message])));
    const nodes = api.views.risks.getChildren();
    assert.ok(nodes.some((n) => n.type === 'broken' && n.register.path === 'docs/risks/broken.yaml'), 'the broken register shows as an error item');
    const gone = nextEvent(vscode.languages.onDidChangeDiagnostics, (e) => e.uris.some((u) => u.toString() === broken.toString()) && vscode.languages.getDiagnostics(broken).length === 0);
    await vscode.workspace.fs.delete(broken);
    await gone;
  });
});

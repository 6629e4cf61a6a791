import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated, folderNamed, nextEvent, riskRows, rowOf, scenario, whenIndexed } from './support';
import { withScriptedAnswers } from './scriptedUi';
import type { RiskNode } from '../../src/extension/views/risks/risksTree';
import { ruleIdOf } from '../../src/extension/diagnostics/findingsToDiagnostics';

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

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

  it('shows each row\'s status and last review in its description and aria label', async () => {
    const api = await activated();
    const row = api.views.risks.getTreeItem(rowOf(api, 'RISK-002'));
    assert.match(String(row.description), /^(OVERDUE · |review due · )?mitigating · score \d+ · Tom Okafor · due \d{4}-\d{2}-\d{2} · reviewed \d{4}-\d{2}-\d{2}$/);
    assert.match(row.accessibilityInformation?.label ?? '', /^RISK-002 .+, mitigating, score \d+, owner Tom Okafor, due \d{4}-\d{2}-\d{2}, last reviewed \d{4}-\d{2}-\d{2}$/);
    assert.doesNotMatch(row.accessibilityInformation?.label ?? '', /[`*_$]/, 'no Markdown or codicon syntax read aloud');
  });

  it('Mark Reviewed shows the date it wrote in the row', async () => {
    const api = await activated();
    await vscode.commands.executeCommand('techlead.risk.markReviewed', rowOf(api, 'RISK-005'));
    await whenIndexed(api, () => rowOf(api, 'RISK-005').item.risk.reviewed === today());
    assert.match(String(api.views.risks.getTreeItem(rowOf(api, 'RISK-005')).description), new RegExp(` · reviewed ${today()}$`));
    await vscode.workspace.openTextDocument(registerUri()).then((d) => d.save());
  });

  it('offers only live risks to Mark Reviewed, Close and Re-assess, and every risk to Change Status', async () => {
    await activated();
    for (const command of ['techlead.risk.markReviewed', 'techlead.risk.close', 'techlead.risk.reassess']) {
      const offered = (await pickerRows(command)).map((l) => l.split(' ')[0]);
      assert.ok(offered.includes('RISK-001'), `${command} offers open risks`);
      assert.ok(!offered.includes('RISK-007'), `${command} leaves out the closed RISK-007: ${offered.join(', ')}`);
    }
    assert.ok((await pickerRows('techlead.risk.changeStatus')).some((l) => l.startsWith('RISK-007 ')), 'a closed risk can be reopened');
  });

  it('focuses the current status and the current levels, and counts the steps of Re-assess', async () => {
    const api = await activated();
    const status = await withScriptedAnswers([undefined], () => vscode.commands.executeCommand('techlead.risk.changeStatus', rowOf(api, 'RISK-002')));
    assert.equal(status.shown[0]?.active, 'mitigating', 'Enter keeps the current status');
    assert.match(status.shown[0]?.descriptions[status.shown[0].labels.indexOf('mitigating')] ?? '', /\(current\)$/);
    const risk = rowOf(api, 'RISK-002').item.risk;
    const reassess = await withScriptedAnswers([String(risk.likelihood), String(risk.impact), undefined], () => vscode.commands.executeCommand('techlead.risk.reassess', rowOf(api, 'RISK-002')));
    assert.deepEqual(reassess.shown.map((p) => p.title), ['Re-assess RISK-002 (1/3): likelihood', 'Re-assess RISK-002 (2/3): impact', 'Re-assess RISK-002 (3/3): residual risk']);
    assert.deepEqual(reassess.shown.slice(0, 2).map((p) => p.active), [String(risk.likelihood), String(risk.impact)], 'the current levels are focused');
  });

  it('asks how a risk was resolved in plain words when closing it', async () => {
    const api = await activated();
    const { inputPrompts, prompts } = await withScriptedAnswers([undefined], () => vscode.commands.executeCommand('techlead.risk.close', rowOf(api, 'RISK-006')));
    assert.deepEqual(prompts, ['input: Close RISK-006']);
    assert.equal(inputPrompts[0], 'How was the risk resolved? Your answer is kept in the register as its resolution.');
  });

  it('Show Only My Risks says so in the view, with how many it shows of all', async () => {
    const api = await activated();
    const { risks, risksView } = api.views;
    const all = riskRows(api).length;
    risks.setMine(['dana@example.com']);
    try {
      const mine = riskRows(api);
      assert.ok(mine.length > 0 && mine.every((r) => r.item.risk.owner?.email === 'dana@example.com'), 'only Dana\'s risks');
      assert.equal(risksView.message, `Showing only your risks — ${mine.length} of ${all}. Show Everyone's Risks in the title bar shows them all.`);
      assert.equal(risksView.description, 'mine');
    } finally {
      await vscode.commands.executeCommand('techlead.risk.showAllOwners');
    }
    assert.equal(risksView.message, undefined);
    assert.equal(riskRows(api).length, all);
  });

  it('adds a risk through the guided command', async () => {
    const api = await activated();
    const registerNow = () => api.indexes.folders()[0]!.index.documents('risk').find((r) => r.path === REGISTER)!;
    const { prompts } = await withScriptedAnswers([
      'Ledger replica lag hides refunds', // title
      '4', // likelihood
      '3', // impact
      'Dana Lee', // owner (known from the register)
      '2027-03-01', // due
    ], () => vscode.commands.executeCommand('techlead.risk.add'));
    assert.deepEqual(prompts, ['input: Add Risk (1/5)', 'pick: Add Risk (2/5): likelihood', 'pick: Add Risk (3/5): impact', 'pick: Add Risk (4/5): owner', 'input: Add Risk (5/5): due date']);
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

  it('takes an owner typed in the owner step: "Use \'…\'" comes first and Enter takes it', async () => {
    const api = await activated();
    const registerNow = () => api.indexes.folders()[0]!.index.documents('risk').find((r) => r.path === REGISTER)!;
    const owner = 'Lena Novak <lena@example.com>';
    const { shown } = await withScriptedAnswers(['Webhook signing key leaks', '2', '4', owner, '2027-04-01'], () => vscode.commands.executeCommand('techlead.risk.add'));
    const ownerStep = shown.find((p) => p.title === 'Add Risk (4/5): owner');
    assert.ok(ownerStep, 'the owner step was shown');
    assert.equal(ownerStep.typedRows?.[0], `Use '${owner}'`);
    assert.equal(ownerStep.chosen, `Use '${owner}'`);
    await whenIndexed(api, () => registerNow().risks.some((r) => r.title === 'Webhook signing key leaks'));
    assert.equal(registerNow().risks.find((r) => r.title === 'Webhook signing key leaks')?.owner?.text, owner);
    await vscode.workspace.openTextDocument(registerUri()).then((d) => d.save());
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
    assert.ok(diagnostics.some((d) => ruleIdOf(d) === 'risk/yaml-syntax' && d.severity === vscode.DiagnosticSeverity.Error), JSON.stringify(diagnostics.map((d) => [ruleIdOf(d), d.message])));
    const nodes = api.views.risks.getChildren();
    assert.ok(nodes.some((n) => n.type === 'broken' && n.register.path === 'docs/risks/broken.yaml'), 'the broken register shows as an error item');
    const gone = nextEvent(vscode.languages.onDidChangeDiagnostics, (e) => e.uris.some((u) => u.toString() === broken.toString()) && vscode.languages.getDiagnostics(broken).length === 0);
    await vscode.workspace.fs.delete(broken);
    await gone;
  });
});

/** The rows the risk picker of a palette command offers (the picker is dismissed). */
async function pickerRows(command: string): Promise<string[]> {
  let rows: string[] = [];
  await withScriptedAnswers([(items) => {
    rows = items.map((i) => i.label);
    return undefined;
  }], () => vscode.commands.executeCommand(command));
  return rows;
}

(scenario === 'multiroot' ? describe : describe.skip)('Risks (a folder with a new, empty register)', () => {
  it('shows the new register after Add Risk is cancelled, and Create again opens it instead of failing', async () => {
    const api = await activated();
    const web = folderNamed('acme-web');
    const at = (path: string) => vscode.Uri.joinPath(web.uri, ...path.split('/'));
    const registersOfWeb = () => api.indexes.folders().find((e) => e.folder === web)!.index.documents('risk');
    const old = at('risk-register.yaml');
    const oldText = await vscode.workspace.fs.readFile(old);
    await vscode.workspace.fs.delete(old);
    await whenIndexed(api, () => registersOfWeb().length === 0);
    try {
      const create = await withScriptedAnswers([undefined], () => vscode.commands.executeCommand('techlead.risk.createRegister', web));
      assert.deepEqual(create.prompts, ['input: Add Risk (1/5)'], 'Add Risk starts in the new register, and is cancelled');
      await whenIndexed(api, () => registersOfWeb().some((r) => r.path === 'docs/risks/risks.yaml'));
      const folderNode = api.views.risks.getChildren().find((n) => n.type === 'folder' && n.entry.folder === web);
      assert.ok(folderNode, 'acme-web is in the Risks view');
      const rows = api.views.risks.getChildren(folderNode);
      assert.deepEqual(rows.map((r) => r.type), ['empty']);
      const item = api.views.risks.getTreeItem(rows[0]!);
      assert.equal(item.label, 'docs/risks/risks.yaml');
      assert.equal(item.description, 'no risks yet — click to add the first');
      assert.equal(item.command?.command, 'techlead.risk.add');
      const again = await withScriptedAnswers([], () => vscode.commands.executeCommand('techlead.risk.createRegister', web));
      assert.deepEqual(again.messages, ['acme-web already has a risk register, docs/risks/risks.yaml: it is open in the editor. Add risks to it with Add Risk.']);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), at('docs/risks/risks.yaml').toString());
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(at('docs/risks'), { recursive: true }).then(undefined, () => undefined);
      await vscode.workspace.fs.writeFile(old, oldText);
      await whenIndexed(api, () => registersOfWeb().some((r) => r.path === 'risk-register.yaml'));
    }
  });
});

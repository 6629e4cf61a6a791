import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ToolkitApi } from '../../src/extension/extension';
import { ruleIdOf } from '../../src/extension/diagnostics/findingsToDiagnostics';
import { isNode, reviewScenario, reviewUntil } from './reviewSupport';
import { activated, nextEvent, whenIndexed } from './support';

/**
 * The review repository (test/integration/fixtures/makeReviewRepo.js) has decisions with
 * applies-to (ADR-0001 on src/api/, ADR-0003 on src/db/), a superseded ADR-0002 cited in
 * the branch's migration, and a register naming src/api/charges.ts (RISK-001) and the
 * migrations folder (RISK-002).
 */
(reviewScenario === 'review' ? describe : describe.skip)('Decisions and risks govern code (a real Git repository)', () => {
  let api: ToolkitApi;
  let folder: vscode.WorkspaceFolder;
  const uri = (path: string) => vscode.Uri.joinPath(folder.uri, ...path.split('/'));
  const mentionDiagnostics = (u: vscode.Uri) => vscode.languages.getDiagnostics(u).filter((d) => ruleIdOf(d) === 'adr/superseded-mention');

  before(async () => {
    api = await activated();
    folder = vscode.workspace.workspaceFolders![0]!;
    await whenIndexed(api, () => api.indexes.folders()[0]?.index.documents('decision').length === 3 && api.indexes.folders()[0]!.index.documents('risk').length === 1);
  });

  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('a governed file shows its decisions and risks in the status bar and a CodeLens, each opening its record', async () => {
    const document = await vscode.workspace.openTextDocument(uri('src/api/charges.ts'));
    await vscode.window.showTextDocument(document);
    const bar = api.governance.statusBar.item;
    assert.equal(bar.text, '$(law) 1 decision · 1 risk');
    // The tooltip is Markdown: read it as shown, without the escapes.
    const tooltip = (bar.tooltip as vscode.MarkdownString).value.replace(/\\(.)/g, '$1');
    assert.match(tooltip, /\[ADR-0001 Keep card data out of our systems \(accepted\)\]\(command:vscode\.open\?.*\): its applies-to names this file/);
    assert.match(tooltip, /\[RISK-001 Card-processor outage stops checkout \(high, overdue\)\]\(command:vscode\.open\?.*\): related: src\/api\/charges\.ts · owner Dana Lee/);

    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
    const titles = lenses.map((l) => l.command?.title).filter((t) => t?.startsWith('Governed by') || t?.startsWith('RISK-'));
    assert.deepEqual(titles, ['Governed by ADR-0001 Keep card data out of our systems (accepted)', 'RISK-001 Card-processor outage stops checkout (high, overdue)']);
    const lens = lenses.find((l) => l.command?.title.startsWith('Governed by'))!;
    assert.equal(lens.range.start.line, 0);
    await vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? []));
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri('docs/adr/0001-keep-card-data-out-of-our-systems.md').toString());
    assert.deepEqual(api.governance.files.of(vscode.window.activeTextEditor!.document)?.governance.decisions, [], 'a record is not governed by the records it mentions');

    const test = await vscode.workspace.openTextDocument(uri('src/api/charges.test.ts'));
    await vscode.window.showTextDocument(test);
    assert.deepEqual(api.governance.files.of(test)?.governance.decisions, [], 'the negated glob leaves tests out');
  });

  it('the checklist lists the decisions governing the branch and the risks it touches, and copies them', async () => {
    const [scope] = await reviewUntil(api, 'governance of the branch', (s) => s[0]?.governance.decisions.length === 3);
    const top = api.review.tree.getChildren();
    const decisions = api.review.tree.getChildren(top.find(isNode('decisions')));
    const describe = (n: ReturnType<typeof api.review.tree.getChildren>[number]) => {
      const item = api.review.tree.getTreeItem(n);
      return `${String(item.label)} — ${String(item.description)}`;
    };
    assert.deepEqual(decisions.map(describe), [
      'ADR-0001 Keep card data out of our systems — accepted · 2 files',
      'ADR-0002 Use MySQL for charges — superseded by ADR-0003 · mentioned in 1 file',
      'ADR-0003 Use PostgreSQL for charges — accepted · 1 file',
    ]);
    assert.equal(api.review.tree.getTreeItem(top.find(isNode('decisions'))!).description, '3 · 1 no longer holds');
    const risks = api.review.tree.getChildren(top.find(isNode('risks')));
    assert.deepEqual(risks.map(describe), [
      'RISK-001 Card-processor outage stops checkout — high, overdue · Dana Lee · 1 file',
      'RISK-002 A migration locks the charges table — medium · Tom Okafor · 1 file',
    ]);
    assert.deepEqual(scope!.governance.risks.map((r) => r.files), [['src/api/charges.ts'], ['src/db/migrations/002_refunds.sql']]);

    const markdown = await vscode.commands.executeCommand<string>('techlead.review.copyChecklist');
    assert.match(markdown, /### Decisions governing this change\n\n- ADR-0001 Keep card data out of our systems \(accepted\) in `docs\/adr\/0001-keep-card-data-out-of-our-systems\.md`: `src\/api\/charges\.ts`, `src\/api\/refunds\.ts`\n- \*\*Superseded\*\* ADR-0002 Use MySQL for charges \(superseded by ADR-0003\)/);
    assert.match(markdown, /### Risks this change touches\n\n- RISK-001 Card-processor outage stops checkout \(high, overdue\), owner Dana Lee, due 2026-01-15/);
  });

  it('a mention of a superseded record gets the diagnostic, and its quick fix points it at the successor', async () => {
    const migration = uri('src/db/migrations/002_refunds.sql');
    const published = nextEvent(api.governance.codeDiagnostics.onDidPublish, (u) => u.toString() === migration.toString());
    const document = await vscode.workspace.openTextDocument(migration);
    const original = document.getText();
    await vscode.window.showTextDocument(document);
    if (mentionDiagnostics(migration).length === 0) await published;
    const [diagnostic] = mentionDiagnostics(migration);
    assert.ok(diagnostic, 'the superseded mention is reported');
    assert.equal(diagnostic.message, 'ADR-0002 "Use MySQL for charges" is superseded; ADR-0003 "Use PostgreSQL for charges" replaced it. Point the mention at ADR-0003.');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(document.getText(diagnostic.range), 'ADR-0002');

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', migration, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Point the mention at ADR-0003 (Use PostgreSQL for charges)');
    assert.ok(fix?.edit, `the quick fix is offered (got ${actions.map((a) => a.title).join(', ')})`);
    assert.equal(fix.isPreferred, true);
    const cleared = nextEvent(api.governance.codeDiagnostics.onDidPublish, (u) => u.toString() === migration.toString() && mentionDiagnostics(migration).length === 0);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(document.lineAt(0).text, '-- Amounts are integer cents, as ADR-0003 says.');
    await cleared;
    assert.deepEqual(api.governance.files.of(document)?.governance.decisions.map((d) => d.record.id), ['ADR-0003'], 'the file now cites the decision that holds');
    // Leave the repository as the other review tests expect it (auto-save may have written the fix).
    const restore = new vscode.WorkspaceEdit();
    restore.replace(migration, new vscode.Range(0, 0, document.lineCount, 0), original);
    assert.ok(await vscode.workspace.applyEdit(restore));
    assert.ok(await document.save());
  });
});

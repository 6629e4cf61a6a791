import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ToolkitApi } from '../../src/extension/extension';
import { TickStore } from '../../src/extension/review/tickStore';
import { ReviewTreeProvider } from '../../src/extension/views/review/reviewTree';
import { withScriptedAnswers } from './scriptedUi';
import { ids, isNode, reviewHints, reviewLenses, reviewScenario, reviewUntil } from './reviewSupport';
import { activated, nextEvent } from './support';
import { ruleIdOf } from '../../src/extension/diagnostics/findingsToDiagnostics';

const inReviewRepo = reviewScenario === 'review';
const inPlainFolder = reviewScenario === 'example';

(inReviewRepo ? describe : describe.skip)('Review checklist (a real Git repository)', () => {
  let api: ToolkitApi;
  let folder: vscode.WorkspaceFolder;
  const uri = (path: string) => vscode.Uri.joinPath(folder.uri, ...path.split('/'));
  const write = (path: string, text: string) => vscode.workspace.fs.writeFile(uri(path), new TextEncoder().encode(text));
  const read = async (path: string) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri(path)));
  const guidelineNode = (id: string) => api.review.tree.getChildren().filter(isNode('guideline')).find((n) => n.applicable.guideline.id === id);
  const itemNodes = (id: string) => api.review.tree.getChildren(guidelineNode(id)).filter(isNode('item'));

  before(async () => {
    api = await activated();
    folder = vscode.workspace.workspaceFolders![0]!;
    await reviewUntil(api, 'the branch is compared with main', (s) => s.length === 1 && s[0]!.comparison.base === 'main' && s[0]!.applicable.length > 0);
  });

  it('lists exactly the guidelines that apply to the branch since it left main, blockers first', async () => {
    const [scope] = await reviewUntil(api, 'branch review', (s) => s.length === 1);
    assert.equal(scope!.comparison.label, 'feature/refunds compared with main');
    assert.deepEqual(scope!.changes.map((c) => `${c.status} ${c.path}`).sort(), ['added src/api/refunds.ts', 'added src/db/migrations/002_refunds.sql', 'modified src/api/charges.ts'], 'committed, staged and unstaged work; not the later commit on main');
    assert.deepEqual(ids(scope!), ['SEC-001', 'DB-001'], 'TEST-001 and DOC-001 do not apply');
    const top = api.review.tree.getChildren();
    assert.deepEqual(top.map((n) => (n.type === 'guideline' ? n.applicable.guideline.id : n.type)), ['SEC-001', 'DB-001', 'decisions', 'risks', 'alsoAsk']);
    const sec = guidelineNode('SEC-001')!;
    const files = api.review.tree.getChildren(api.review.tree.getChildren(sec).find((n) => n.type === 'files'));
    assert.deepEqual(files.map((n) => (n.type === 'file' ? n.file.path : n.type)), ['src/api/charges.ts', 'src/api/refunds.ts']);
    assert.deepEqual(itemNodes('SEC-001').map((n) => api.review.tree.getTreeItem(n).checkboxState), [0, 0, 0].map(() => vscode.TreeItemCheckboxState.Unchecked));
    assert.equal(api.review.view.description, '0/5');
    const alsoAsk = top.find((n) => n.type === 'alsoAsk')!;
    assert.equal(api.review.tree.getTreeItem(alsoAsk).description, '@acme/api-team, @acme/dba', 'the last matching CODEOWNERS line wins: @acme/core owns none of these');
    assert.match(api.review.view.message ?? '', /^feature\/refunds compared with main · 3 changed files\. 1 untracked file is not part of the change/);
  });

  it('hints and CodeLenses only on the lines the change adds, in changed files only', async () => {
    const charges = uri('src/api/charges.ts');
    const [scope] = api.review.model.scopes();
    const added = new Set(scope!.changes.find((c) => c.path === 'src/api/charges.ts')!.addedLines.map((l) => l.line - 1));
    const hints = reviewHints(charges);
    assert.deepEqual(hints.map((d) => d.range.start.line), [8], 'the added req.body line; not the unchanged req.params line 4');
    assert.ok(hints.every((d) => added.has(d.range.start.line) && d.severity === vscode.DiagnosticSeverity.Hint));
    assert.deepEqual(hints[0]!.code, { value: 'SEC-001', target: uri('.techlead/guidelines/sec-001-validate-api-input.md') });
    assert.deepEqual(reviewHints(uri('src/api/refunds.ts')).map((d) => d.range.start.line), [3]);
    assert.deepEqual(reviewHints(uri('src/api/http.ts')), [], 'an unchanged file that reads req.body gets no hint');

    await vscode.window.showTextDocument(charges);
    const lenses = await reviewLenses(charges);
    assert.deepEqual(lenses.map((l) => [l.range.start.line, l.command!.title]), [[4, '$(error) SEC-001: Validate input at API boundaries (0/3)']], 'above the first added line');
    assert.match(lenses[0]!.command!.tooltip ?? '', /Anything in the request comes from the caller[\s\S]*☐ Every handler validates its input/);
    assert.deepEqual(await reviewLenses(uri('src/api/http.ts')), []);
    assert.deepEqual(await reviewLenses(uri('README.md')), []);

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', charges, hints[0]!.range);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Open guideline SEC-001') && titles.includes('Tick item of SEC-001…'), JSON.stringify(titles));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('ticks an item from its code action; the tick is read back from workspace state by a new view', async () => {
    const ticked = nextEvent(api.review.ticks.onDidChange);
    let rows: vscode.QuickPickItem[] = [];
    await withScriptedAnswers([(items) => {
      rows = [...items];
      return items.find((i) => i.label.startsWith('Every handler validates'));
    }], () => vscode.commands.executeCommand('techlead.review.toggleItem', { scopeKey: api.review.model.scopes()[0]!.key, guidelinePath: '.techlead/guidelines/sec-001-validate-api-input.md' }));
    await ticked;
    // Plain words in the rows (no Markdown, no $(codicon) spelled out), the state in words too.
    assert.deepEqual(rows.map((r) => [r.label, r.description]), [
      ['Every handler validates its input with the shared schema', 'not ticked'],
      ['Errors return 400 with a message, never a stack trace', 'not ticked'],
      ['Card data arrives only as processor tokens', 'not ticked'],
    ]);
    assert.equal(api.review.view.description, '1/5');
    assert.equal(api.review.tree.getTreeItem(itemNodes('SEC-001')[0]!).checkboxState, vscode.TreeItemCheckboxState.Checked);
    // What a reload does: a new store and tree over the same (persisted) workspace state.
    const reloadedTicks = new TickStore(api.review.ticks.state);
    const reloaded = new ReviewTreeProvider(api.review.model, reloadedTicks);
    try {
      const sec = reloaded.getChildren().find((n) => n.type === 'guideline' && n.applicable.guideline.id === 'SEC-001')!;
      const states = reloaded.getChildren(sec).filter((n) => n.type === 'item').map((n) => reloaded.getTreeItem(n).checkboxState);
      assert.deepEqual(states, [vscode.TreeItemCheckboxState.Checked, vscode.TreeItemCheckboxState.Unchecked, vscode.TreeItemCheckboxState.Unchecked]);
      assert.deepEqual(reloaded.progress(), { ticked: 1, total: 5 });
    } finally {
      reloaded.dispose();
      reloadedTicks.dispose();
    }
  });

  it('toggles an item node as its checkbox does, and forgets ticks when the guideline text changes', async () => {
    const first = itemNodes('DB-001')[0]!;
    await vscode.commands.executeCommand('techlead.review.toggleItem', first);
    assert.equal(api.review.tree.getTreeItem(itemNodes('DB-001')[0]!).checkboxState, vscode.TreeItemCheckboxState.Checked);
    assert.equal(api.review.view.description, '2/5');
    const path = '.techlead/guidelines/db-001-migrations.md';
    const original = await read(path);
    await write(path, `${original}- [ ] Large tables are backfilled in batches\n`);
    await reviewUntil(api, 'the edited guideline is matched again', (s) => s[0]!.applicable.find((a) => a.guideline.id === 'DB-001')?.guideline.checklist.length === 3);
    assert.deepEqual(itemNodes('DB-001').map((n) => api.review.tree.getTreeItem(n).checkboxState), [0, 0, 0].map(() => vscode.TreeItemCheckboxState.Unchecked), 'a new version of the guideline starts unticked');
    assert.equal(api.review.view.description, '1/6', 'the SEC-001 tick stays');
    await write(path, original);
    await reviewUntil(api, 'the guideline is back as it was', (s) => s[0]!.applicable.find((a) => a.guideline.id === 'DB-001')?.guideline.checklist.length === 2);
    assert.equal(api.review.view.description, '2/5', 'ticks made against that exact text count again');
  });

  it('copies the checklist as Markdown with the ticks', async () => {
    const markdown = await vscode.commands.executeCommand<string>('techlead.review.copyChecklist');
    assert.equal(await vscode.env.clipboard.readText(), markdown);
    assert.match(markdown, /### SEC-001: Validate input at API boundaries\n\*\*Blocker\*\* · 2 files: `src\/api\/charges\.ts`, `src\/api\/refunds\.ts`\n\n- \[x\] Every handler validates/);
    assert.match(markdown, /### DB-001: Migrations are safe on a live database[\s\S]*- \[x\] Indexes are created CONCURRENTLY/);
  });

  it('compares only uncommitted changes when chosen, and follows edits of the working tree', async () => {
    await withScriptedAnswers(['$(git-commit) Uncommitted changes'], () => vscode.commands.executeCommand('techlead.review.chooseBase'));
    let [scope] = await reviewUntil(api, 'uncommitted changes', (s) => s[0]!.comparison.diffRef === 'HEAD');
    assert.equal(scope!.comparison.label, 'Uncommitted changes on feature/refunds');
    assert.deepEqual(scope!.changes.map((c) => c.path).sort(), ['src/api/charges.ts', 'src/api/refunds.ts']);
    assert.deepEqual(ids(scope!), ['SEC-001']);
    assert.deepEqual(reviewHints(uri('src/api/charges.ts')), [], 'the req.body line is committed now, so it is no longer hinted');
    assert.deepEqual(reviewHints(uri('src/api/refunds.ts')).map((d) => d.range.start.line), [3]);

    const migration = 'src/db/migrations/001_init.sql';
    const original = await read(migration);
    await write(migration, `${original}CREATE INDEX CONCURRENTLY charges_by_id ON charges (id);\n`);
    [scope] = await reviewUntil(api, 'the edited migration is part of the change', (s) => ids(s[0]!).includes('DB-001'));
    assert.deepEqual(ids(scope!), ['SEC-001', 'DB-001']);
    await write(migration, original);
    await reviewUntil(api, 'the migration edit is undone', (s) => !ids(s[0]!).includes('DB-001'));

    await withScriptedAnswers(['$(sync) Automatic'], () => vscode.commands.executeCommand('techlead.review.chooseBase'));
    await reviewUntil(api, 'back to the branch review', (s) => s[0]!.comparison.base === 'main' && s[0]!.comparison.diffRef !== 'HEAD');
  });

  it('compares with the base .techlead.yaml names for the team', async () => {
    await write('.techlead.yaml', 'review:\n  base: v1\n');
    try {
      const [scope] = await reviewUntil(api, 'the configured base', (s) => s[0]!.comparison.base === 'v1');
      assert.equal(scope!.comparison.label, 'feature/refunds compared with v1');
      assert.deepEqual(ids(scope!), ['SEC-001', 'DB-001']);
    } finally {
      // Emptied before it is deleted: the index keeps a deleted config's values until its next rebuild.
      await write('.techlead.yaml', '# no review base\n');
      await reviewUntil(api, 'the default base again', (s) => s[0]!.comparison.base === 'main');
      await vscode.workspace.fs.delete(uri('.techlead.yaml'));
    }
  });

  it('turns every hint off with techlead.review.hints.enabled, and back on', async () => {
    const charges = uri('src/api/charges.ts');
    const settings = vscode.workspace.getConfiguration('techlead', folder);
    const cleared = nextEvent(api.review.hints.onDidPublish, () => reviewHints(charges).length === 0);
    await settings.update('review.hints.enabled', false, vscode.ConfigurationTarget.Global);
    try {
      await cleared;
      assert.equal(api.review.hints.active, false, 'no listeners while off');
      assert.deepEqual(await reviewLenses(charges), []);
    } finally {
      const back = nextEvent(api.review.hints.onDidPublish, () => reviewHints(charges).length === 1);
      await settings.update('review.hints.enabled', undefined, vscode.ConfigurationTarget.Global);
      await back;
    }
    assert.equal((await reviewLenses(charges)).length, 1);
  });

  it('Reset Ticks clears the ticks of the branch', async () => {
    await vscode.commands.executeCommand('techlead.review.resetTicks');
    assert.equal(api.review.view.description, '0/5');
  });

  it('Show All Guidelines lists every guideline, applying or not, and opens the one picked', async () => {
    let offered: readonly vscode.QuickPickItem[] = [];
    const pickDoc = (items: readonly vscode.QuickPickItem[]) => ((offered = items), items.find((i) => i.label.startsWith('DOC-001')));
    await withScriptedAnswers([pickDoc], () => vscode.commands.executeCommand('techlead.review.showAllGuidelines'));
    const byId = new Map(offered.map((i) => [i.label.split(':')[0], i.description]));
    assert.deepEqual([...byId.keys()].sort(), ['DB-001', 'DOC-001', 'SEC-001', 'TEST-001']);
    assert.equal(byId.get('SEC-001'), 'Blocker · applies to 2 changed files');
    assert.equal(byId.get('DOC-001'), 'Info · not in this change');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri('.techlead/guidelines/doc-001-docs.md').toString());
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('New Guideline creates the file and opens it with the placeholder selected; it applies at once', async () => {
    await withScriptedAnswers(['Refunds are idempotent', 'src/api/**', 'Blocker'], () => vscode.commands.executeCommand('techlead.review.newGuideline'));
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'the new guideline is open');
    const path = vscode.workspace.asRelativePath(editor.document.uri, false);
    assert.match(path, /^\.techlead\/guidelines\/[a-z]+-\d{3}-refunds-are-idempotent\.md$/);
    assert.equal(editor.document.getText(editor.selection), 'Why this guideline exists: the risk it guards against, in a few lines.');
    await editor.document.save();
    const [scope] = await reviewUntil(api, 'the new guideline applies', (s) => s[0]!.applicable.some((a) => a.guideline.path === path));
    const created = scope!.applicable.find((a) => a.guideline.path === path)!;
    assert.deepEqual([created.guideline.severity, created.files.map((f) => f.path)], ['blocker', ['src/api/charges.ts', 'src/api/refunds.ts']]);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(editor.document.uri);
    await reviewUntil(api, 'the deleted guideline is gone', (s) => !s[0]!.applicable.some((a) => a.guideline.path === path));
  });

  it('gives the index the repository file list, so patterns that match no file are reported', async () => {
    const guideline = uri('.techlead/guidelines/test-001-tests.md');
    const unmatched = () => vscode.languages.getDiagnostics(guideline).filter((d) => ruleIdOf(d) === 'guideline/unmatched-glob');
    if (unmatched().length === 0) await nextEvent(vscode.languages.onDidChangeDiagnostics, () => unmatched().length > 0, 20_000);
    assert.deepEqual(unmatched().map((d) => d.message), ['"e2e/**" matches no file in the repository: check the path, or remove the pattern.']);
    const gone = nextEvent(vscode.languages.onDidChangeDiagnostics, () => unmatched().length === 0, 20_000);
    await write('e2e/checkout.test.ts', 'export {};\n');
    await gone;
  });

  it('checks the paths in a risk\'s related list against the same file list', async () => {
    // In folders that exist already: a file written into a folder created the same moment
    // can be missed by the file watcher, which is not what this test is about.
    const register = uri('risks.yaml');
    const missingPaths = () => vscode.languages.getDiagnostics(register).filter((d) => ruleIdOf(d) === 'risk/unknown-reference').map((d) => d.message.split(' refers to ')[1]);
    const reported = nextEvent(vscode.languages.onDidChangeDiagnostics, () => missingPaths().length > 0, 20_000);
    await write('risks.yaml', 'risks:\n  - id: RISK-901\n    title: Refunds run twice\n    owner: Dana\n    due: 2030-01-01\n    related: [src/api/refunds.ts, src/api/ledger.ts]\n');
    await reported;
    assert.deepEqual(missingPaths(), ['src/api/ledger.ts, but the repository has no file or folder src/api/ledger.ts.']);
    // A new file is seen once the list is taken again (after files are created or deleted).
    const gone = nextEvent(vscode.languages.onDidChangeDiagnostics, () => missingPaths().length === 0, 20_000);
    await write('src/api/ledger.ts', 'export {};\n');
    await gone;
    await vscode.workspace.fs.delete(register);
    await vscode.workspace.fs.delete(uri('src/api/ledger.ts'));
  });
});

(inPlainFolder ? describe : describe.skip)('Review checklist (a folder that is not a Git repository)', () => {
  it('says that it needs a Git repository, and lists nothing', async () => {
    const api = await activated();
    await reviewUntil(api, 'the Git extension answered', () => true);
    assert.deepEqual(api.review.model.scopes(), []);
    assert.deepEqual(api.review.tree.getChildren(), []);
    assert.match(api.review.view.message ?? '', /No Git repository found in this workspace/);
  });
});

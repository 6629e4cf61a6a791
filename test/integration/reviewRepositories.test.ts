import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ToolkitApi } from '../../src/extension/extension';
import { ids, isNode, reviewHints, reviewScenario, reviewUntil } from './reviewSupport';
import { withScriptedAnswers } from './scriptedUi';
import { activated } from './support';

/** A multi-root workspace of two repositories: `payments` (a branch under review) and `web` (an edit on main). */
(reviewScenario === 'review-multiroot' ? describe : describe.skip)('Review checklist (two repositories in a multi-root workspace)', () => {
  let api: ToolkitApi;
  const scopeNode = (folder: string) => api.review.tree.getChildren().filter(isNode('scope')).find((n) => n.scope.entry.folder.name === folder)!;
  const itemsOf = (folder: string, id: string) => {
    const guideline = api.review.tree.getChildren(scopeNode(folder)).filter(isNode('guideline')).find((n) => n.applicable.guideline.id === id);
    return api.review.tree.getChildren(guideline).filter(isNode('item'));
  };

  before(async () => {
    api = await activated();
    await reviewUntil(api, 'both repositories are read', (s) => s.length === 2 && s.every((x) => x.applicable.length > 0));
  });

  it('shows one node per repository, each with the guidelines of its own folder', () => {
    const top = api.review.tree.getChildren();
    assert.deepEqual(top.map((n) => (n.type === 'scope' ? n.scope.entry.folder.name : n.type)), ['payments', 'web']);
    assert.deepEqual(top.map((n) => api.review.tree.getTreeItem(n).description), ['0/5 · feature/refunds compared with main', '0/1 · Uncommitted changes on main']);
    const [payments, web] = api.review.model.scopes();
    assert.deepEqual([ids(payments!), ids(web!)], [['SEC-001', 'DB-001'], ['UI-001']]);
    assert.deepEqual(web!.changes.map((c) => c.path), ['src/Checkout.tsx']);
    assert.equal(api.review.view.description, '0/6');
    assert.equal(api.review.view.message, undefined, 'each folder node says what it compares');
    assert.deepEqual(reviewHints(vscode.Uri.joinPath(payments!.entry.folder.uri, 'src', 'api', 'refunds.ts')).map((d) => d.range.start.line), [3]);
  });

  it('keeps ticks per repository', async () => {
    await vscode.commands.executeCommand('techlead.review.toggleItem', itemsOf('web', 'UI-001')[0]);
    assert.equal(api.review.tree.getTreeItem(itemsOf('web', 'UI-001')[0]!).checkboxState, vscode.TreeItemCheckboxState.Checked);
    assert.deepEqual(itemsOf('payments', 'SEC-001').map((n) => api.review.tree.getTreeItem(n).checkboxState), [0, 0, 0].map(() => vscode.TreeItemCheckboxState.Unchecked));
    assert.equal(api.review.view.description, '1/6');
    assert.match(String(api.review.tree.getTreeItem(scopeNode('web')).description), /^1\/1 · /);
  });

  it('copies one checklist section per folder', async () => {
    const markdown = await vscode.commands.executeCommand<string>('techlead.review.copyChecklist');
    assert.match(markdown, /## Review checklist: payments\n[\s\S]*### SEC-001[\s\S]*## Review checklist: web\n[\s\S]*### UI-001: Forms are accessible[\s\S]*- \[x\] Every input has a label/);
  });

  it('chooses the base of one repository, leaving the other as it was', async () => {
    const { prompts } = await withScriptedAnswers(['payments', '$(git-commit) Uncommitted changes'], () => vscode.commands.executeCommand('techlead.review.chooseBase'));
    assert.deepEqual(prompts, ['pick: Choose Base', 'pick: Choose Base']);
    const [payments, web] = await reviewUntil(api, 'payments compares uncommitted changes', (s) => s[0]!.comparison.diffRef === 'HEAD');
    assert.deepEqual([ids(payments!), web!.comparison.label], [['SEC-001'], 'Uncommitted changes on main']);
    await withScriptedAnswers(['payments', '$(sync) Automatic'], () => vscode.commands.executeCommand('techlead.review.chooseBase'));
    await reviewUntil(api, 'payments is back on its branch review', (s) => s[0]!.comparison.base === 'main' && s[0]!.comparison.diffRef !== 'HEAD');
  });
});

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated, diskText, fileIn, nextEvent, restore, scenario, snapshot, whenIndexed } from './support';
import { withScriptedAnswers } from './scriptedUi';
import type { ToolkitApi } from '../../src/extension/extension';
import type { AdrCommandResult } from '../../src/extension/commands/adr/applyAdrPlan';
import type { NewDecisionResult } from '../../src/extension/commands/adr/newDecision';
import type { ExplainFieldsResult } from '../../src/extension/commands/adr/explainFields';

const NYGARD_3 = 'docs/adr/0003-put-the-card-processor-behind-an-interface.md';
const NYGARD_4 = 'docs/adr/0004-validate-api-input-with-shared-schemas.md';
const MADR_PROPOSED = 'services/ledger/docs/decisions/0003-publish-ledger-events-through-a-transactional-outbox.md';

async function exists(uri: vscode.Uri): Promise<boolean> {
  return Promise.resolve(vscode.workspace.fs.stat(uri)).then(() => true, () => false);
}

/** Deletes a file or folder a test created, and waits until the index has forgotten it. */
async function remove(api: ToolkitApi, folder: vscode.WorkspaceFolder, path: string): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.workspace.fs.delete(fileIn(folder, path), { recursive: true });
  const index = api.indexes.folders().find((e) => e.folder === folder)!.index;
  if (index.documents('decision').some((r) => r.path === path || r.path.startsWith(`${path}/`))) {
    await api.indexes.rebuild([folder]);
  }
}

function recordNode(api: ToolkitApi, folder: vscode.WorkspaceFolder, path: string) {
  const node = api.views.decisions.findRecordNode(folder, path);
  assert.ok(node, `${path} is in the Decisions view`);
  return node;
}

function treeLabels(api: ToolkitApi): string[] {
  const tree = api.views.decisions;
  const walk = (nodes: ReturnType<typeof tree.getChildren>): string[] => nodes.flatMap((n) => (n.type === 'record' ? [String(tree.getTreeItem(n).label)] : walk(tree.getChildren(n))));
  return walk(tree.getChildren());
}

(scenario === 'example' ? describe : describe.skip)('ADR commands (example repo)', () => {
  let folder: vscode.WorkspaceFolder;
  let api: ToolkitApi;
  before(async () => {
    api = await activated();
    folder = vscode.workspace.workspaceFolders![0]!;
    await api.views.decisions.setGrouping('status');
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
  const uri = (path: string) => fileIn(folder, path);
  const index = () => api.indexes.folders()[0]!.index;
  const statusOf = (path: string) => {
    const record = index().get(path);
    return record?.kind === 'decision' ? record.status?.value : undefined;
  };

  it('creates a record from the palette: asks only the title and the folder, opens it with the caret in Context, lists it in the view', async () => {
    const expected = 'docs/adr/0006-adopt-opentelemetry-for-tracing.md';
    const { result, prompts } = await withScriptedAnswers(['Adopt OpenTelemetry for tracing', 'docs/adr'], () => vscode.commands.executeCommand<NewDecisionResult>('techlead.adr.new'));
    assert.deepEqual(prompts, ['input: New Decision', 'pick: New Decision'], 'no template question: docs/adr already follows Nygard');
    assert.equal(result?.record, expected);
    try {
      const text = await diskText(uri(expected));
      assert.match(text, /^# 6\. Adopt OpenTelemetry for tracing\n\nDate: \d{4}-\d{2}-\d{2}\n\n## Status\n\nProposed\n/);
      const editor = vscode.window.activeTextEditor;
      assert.equal(editor?.document.uri.toString(), uri(expected).toString(), 'the new record is the active editor');
      const lines = editor.document.getText().split('\n');
      const context = lines.indexOf('## Context');
      const nextSection = lines.findIndex((l, i) => i > context && l.startsWith('## '));
      const caret = editor.selection.active.line;
      assert.ok(context >= 0 && caret > context && caret < nextSection, `caret on line ${caret}, Context section spans ${context}..${nextSection}`);
      assert.match(editor.document.getText(editor.selection), /^Describe the situation that calls for a decision: .* State facts, not the answer\.$/, 'the Context guidance is selected, to be typed over');
      await whenIndexed(api, () => treeLabels(api).includes('6. Adopt OpenTelemetry for tracing'));
      // The example repository has two ADR folders: the record sits in its folder's Proposed group.
      const tree = api.views.decisions;
      const group = tree.getParent(recordNode(api, folder, expected))!;
      assert.deepEqual([tree.getTreeItem(tree.getParent(group)!).label, tree.getTreeItem(group).label], ['docs/adr', 'Proposed']);
    } finally {
      await remove(api, folder, expected);
    }
    assert.ok(!treeLabels(api).includes('6. Adopt OpenTelemetry for tracing'));
  });

  it('New Decision for Selection names the selected folder and file in the record it writes, and they are governed by it', async () => {
    const expected = 'docs/adr/0006-retry-card-captures-with-backoff.md';
    const selected = [uri('src/payments'), uri('src/api/charges.ts')];
    const { result, prompts } = await withScriptedAnswers(['Retry card captures with backoff', 'docs/adr'], () =>
      vscode.commands.executeCommand<NewDecisionResult>('techlead.adr.newForSelection', selected[0], selected));
    assert.deepEqual(prompts, ['input: New Decision', 'pick: New Decision']);
    assert.equal(result?.record, expected);
    try {
      const text = await diskText(uri(expected));
      // Nygard records have no front matter: the globs go on a metadata line, as the folder's own records write them.
      assert.match(text, /^# 6\. Retry card captures with backoff\n\nDate: \d{4}-\d{2}-\d{2}\nApplies to: src\/payments\/\*\*, src\/api\/charges\.ts\n/);
      const index = api.indexes.folders().find((e) => e.folder === folder)!.index;
      await whenIndexed(api, () => index.documents('decision').some((r) => r.path === expected));
      const record = index.documents('decision').find((r) => r.path === expected);
      assert.deepEqual(record?.appliesTo.map((g) => g.text), ['src/payments/**', 'src/api/charges.ts']);
    } finally {
      await remove(api, folder, expected);
    }
  });

  it('supersedes a record by an existing one from its tree node, and undo restores both files', async () => {
    const originals = await snapshot(folder, [NYGARD_3, NYGARD_4]);
    const { result } = await withScriptedAnswers(['4. Validate API input'], () => vscode.commands.executeCommand<AdrCommandResult>('techlead.adr.supersede', recordNode(api, folder, NYGARD_3)));
    assert.deepEqual([...(result?.paths ?? [])].sort(), [NYGARD_3, NYGARD_4]);
    const oldDoc = await vscode.workspace.openTextDocument(uri(NYGARD_3));
    const newDoc = await vscode.workspace.openTextDocument(uri(NYGARD_4));
    assert.match(oldDoc.getText(), /## Status\n\nSuperseded by \[4\. Validate API input with shared schemas\]\(0004-validate-api-input-with-shared-schemas\.md\)\n/);
    assert.match(newDoc.getText(), /Supersedes \[3\. Put the card processor behind an interface\]\(0003-put-the-card-processor-behind-an-interface\.md\)/);
    assert.equal(await diskText(uri(NYGARD_3)), oldDoc.getText(), 'records that had no unsaved changes are saved, as after a refactoring');
    await whenIndexed(api, () => statusOf(NYGARD_3) === 'superseded');
    assert.match(String(api.views.decisions.getTreeItem(recordNode(api, folder, NYGARD_3)).description), /^Superseded by 4 · /);

    await vscode.window.showTextDocument(oldDoc);
    const restored = (path: string) => nextEvent(vscode.workspace.onDidChangeTextDocument, (e) => e.document.uri.toString() === uri(path).toString() && e.document.getText() === originals.get(path));
    const bothRestored = Promise.all([restored(NYGARD_3), restored(NYGARD_4)]);
    await vscode.commands.executeCommand('undo');
    await bothRestored;
    assert.equal(oldDoc.getText(), originals.get(NYGARD_3));
    assert.equal(newDoc.getText(), originals.get(NYGARD_4));
    await restore(api, folder, originals);
  });

  it('offers records already superseded last, in plain text, at both ends of Supersede', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const asideOf = (items: readonly vscode.QuickPickItem[], reason: string) => {
      const at = items.findIndex((i) => i.label === reason && i.kind === vscode.QuickPickItemKind.Separator);
      assert.ok(at > 0, `a "${reason}" separator after the other records: ${JSON.stringify(items.map((i) => i.label))}`);
      return items.slice(at + 1);
    };
    const { prompts } = await withScriptedAnswers([(items) => {
      const aside = asideOf(items, 'Already superseded');
      assert.deepEqual(aside.map((i) => [i.label, i.description]), [['2. Store idempotency keys in Redis', 'Superseded by 5. Store idempotency keys in PostgreSQL · 2026-01-20 · docs/adr']]);
      assert.ok(!items.slice(0, -2).some((i) => i.label.startsWith('2. Store idempotency keys in Redis')), 'listed once, last');
      return undefined;
    }], () => vscode.commands.executeCommand('techlead.adr.supersede'));
    assert.deepEqual(prompts, ['pick: Supersede']);
    await withScriptedAnswers([(items) => {
      assert.deepEqual(asideOf(items, 'No longer in force').map((i) => i.label), ['2. Store idempotency keys in Redis']);
      assert.ok(items.every((i) => !/\]\(/.test(i.description ?? '')), 'no Markdown link in a description');
      return undefined;
    }], () => vscode.commands.executeCommand('techlead.adr.supersede', recordNode(api, folder, NYGARD_3)));
  });

  it('supersedes a MADR record by a new decision created in its folder', async () => {
    const old = 'services/ledger/docs/decisions/0002-store-amounts-as-integer-minor-units.md';
    const created = 'services/ledger/docs/decisions/0004-store-amounts-as-decimal-strings.md';
    const originals = await snapshot(folder, [old]);
    const { result, prompts } = await withScriptedAnswers(['New decision…', 'Store amounts as decimal strings'], () => vscode.commands.executeCommand<NewDecisionResult>('techlead.adr.supersede', recordNode(api, folder, old)));
    try {
      assert.equal(prompts.length, 2, `the successor, then its title: ${prompts.join(' | ')}`);
      assert.equal(result?.record, created);
      assert.deepEqual([...(result?.paths ?? [])].sort(), [old, created].sort());
      const oldDate = /\ndate: .*\n/.exec(originals.get(old)!)![0];
      assert.match(await diskText(uri(old)), /^---\nstatus: superseded by ADR-0004\n/);
      assert.ok((await diskText(uri(old))).includes(oldDate), 'the date stays as its author wrote it');
      const text = await diskText(uri(created));
      assert.match(text, /^---\nstatus: proposed\n/);
      await whenIndexed(api, () => index().get(created)?.kind === 'decision');
      const successor = index().get(created);
      assert.deepEqual(successor?.kind === 'decision' && successor.links.map((l) => [l.relation, l.target.number ?? l.target.path]), [['supersedes', 2]], `the new record says what it supersedes:\n${text}`);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri(created).toString());
      await whenIndexed(api, () => statusOf(old) === 'superseded');
    } finally {
      await remove(api, folder, created);
      await restore(api, folder, originals);
    }
  });

  it('changes the status of a MADR record in its front matter, with today as its date', async () => {
    const originals = await snapshot(folder, [MADR_PROPOSED]);
    const before = originals.get(MADR_PROPOSED)!;
    const { result, prompts } = await withScriptedAnswers(
      [(items, active) => {
        assert.deepEqual(active.map((i) => i.label), ['Proposed'], 'the pick opens on the current status');
        assert.equal(items.find((i) => i.label === 'Proposed')?.description, 'current · written, waiting for a decision');
        return items.find((i) => i.label === 'Accepted');
      }],
      () => vscode.commands.executeCommand<AdrCommandResult>('techlead.adr.changeStatus', recordNode(api, folder, MADR_PROPOSED)),
    );
    assert.equal(prompts.length, 1, 'invoked on a tree node, only the status is asked');
    assert.deepEqual(result?.paths, [MADR_PROPOSED]);
    const after = (await vscode.workspace.openTextDocument(uri(MADR_PROPOSED))).getText();
    const changed = after.split('\n').flatMap((line, i) => (line === before.split('\n')[i] ? [] : [line]));
    assert.equal(changed.length, 2, `only the status and date lines change: ${JSON.stringify(changed)}`);
    assert.equal(changed[0], 'status: accepted');
    assert.match(changed[1]!, /^date: \d{4}-\d{2}-\d{2}$/);
    await whenIndexed(api, () => statusOf(MADR_PROPOSED) === 'accepted');
    await restore(api, folder, originals);
  });

  it('asks for the successor when the status chosen is superseded', async () => {
    const originals = await snapshot(folder, [NYGARD_3, NYGARD_4]);
    const { result, prompts } = await withScriptedAnswers(['Superseded', '4. Validate API input'], () => vscode.commands.executeCommand<AdrCommandResult>('techlead.adr.changeStatus', recordNode(api, folder, NYGARD_3)));
    assert.deepEqual(prompts, ['pick: Change Status: ADR-0003', 'pick: Supersede ADR-0003']);
    assert.deepEqual([...(result?.paths ?? [])].sort(), [NYGARD_3, NYGARD_4]);
    assert.match(await diskText(uri(NYGARD_3)), /Superseded by \[4\. Validate API input/);
    await restore(api, folder, originals);
  });

  it('links two records from the palette and writes the reverse link too', async () => {
    const originals = await snapshot(folder, [NYGARD_3, NYGARD_4]);
    const { result } = await withScriptedAnswers(['4. Validate API input', '3. Put the card processor', 'amends'], () => vscode.commands.executeCommand<AdrCommandResult>('techlead.adr.link'));
    assert.deepEqual([...(result?.paths ?? [])].sort(), [NYGARD_3, NYGARD_4]);
    const from = (await vscode.workspace.openTextDocument(uri(NYGARD_4))).getText();
    const to = (await vscode.workspace.openTextDocument(uri(NYGARD_3))).getText();
    assert.match(from, /## Status\n\nAccepted\n\nAmends \[3\. Put the card processor behind an interface\]\(0003-put-the-card-processor-behind-an-interface\.md\)\n/);
    assert.match(to, /## Status\n\nAccepted\n\nAmended by \[4\. Validate API input with shared schemas\]\(0004-validate-api-input-with-shared-schemas\.md\)\n/);
    const again = await withScriptedAnswers(['4. Validate API input', '3. Put the card processor', 'amends'], () => vscode.commands.executeCommand<AdrCommandResult>('techlead.adr.link'));
    assert.deepEqual(again.result?.paths, [], 'linking again changes nothing');
    await restore(api, folder, originals);
  });

  it('generates the index of an ADR folder; a second run changes nothing', async () => {
    const page = 'docs/adr/README.md';
    assert.ok(!(await exists(uri(page))));
    try {
      const first = await withScriptedAnswers(['docs/adr'], () => vscode.commands.executeCommand<AdrCommandResult>('techlead.adr.generateIndex'));
      assert.deepEqual(first.result?.paths, [page]);
      const written = await diskText(uri(page));
      assert.deepEqual(written.match(/^\| \d+ \|/gm), ['| 1 |', '| 2 |', '| 3 |', '| 4 |', '| 5 |'], written);
      assert.match(written, /^\| 5 \| \[Store idempotency keys in PostgreSQL\]\(0005-store-idempotency-keys-in-postgresql\.md\) \| Accepted \| 2026-06-18 \|$/m);
      const second = await withScriptedAnswers(['docs/adr'], () => vscode.commands.executeCommand<AdrCommandResult>('techlead.adr.generateIndex'));
      assert.deepEqual(second.result?.paths, [], 'nothing to change the second time');
      assert.equal(await diskText(uri(page)), written);
      assert.equal((await vscode.workspace.openTextDocument(uri(page))).isDirty, false);
    } finally {
      await remove(api, folder, page);
    }
  });

  it('refuses to initialize a folder that already holds records, and initializes a new one', async () => {
    await assert.rejects(
      withScriptedAnswers(['docs/adr'], () => vscode.commands.executeCommand('techlead.adr.initialize')),
      /docs\/adr already holds 5 decision records: it needs no initializing/,
    );
    const created = 'services/fraud/docs/adr/0001-record-architecture-decisions.md';
    const config = await diskText(uri('.techlead.yaml'));
    try {
      const { result } = await withScriptedAnswers(['services/fraud/docs/adr', 'MADR (minimal)'], () => vscode.commands.executeCommand<NewDecisionResult>('techlead.adr.initialize'));
      assert.equal(result?.record, created);
      assert.deepEqual(result?.paths, [created], 'the existing .techlead.yaml is left alone');
      assert.match(await diskText(uri(created)), /^---\nstatus: accepted\n/);
      assert.equal(await diskText(uri('.techlead.yaml')), config);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri(created).toString());
    } finally {
      await remove(api, folder, 'services/fraud');
    }
  });

  describe('Explain Fields', () => {
    /** Answers the fields quick pick with the item whose label is `field`, keeping what the user read. */
    const choose = (field: string, seen: string[][]) => (items: readonly vscode.QuickPickItem[]) => {
      seen.push(...items.map((i) => [i.label, i.description ?? '', i.detail ?? '']));
      return items.find((i) => i.label === field);
    };

    it('lists where each field of the open record was read, and selects the chosen value in the editor', async () => {
      await vscode.window.showTextDocument(uri(MADR_PROPOSED));
      const seen: string[][] = [];
      const { result, prompts } = await withScriptedAnswers([choose('Status', seen)], () => vscode.commands.executeCommand<ExplainFieldsResult>('techlead.adr.explain'));
      assert.deepEqual(prompts, ['pick: Explain Fields: ADR-0003 Publish ledger events through a transactional outbox'], 'the open record is explained without asking which');
      assert.deepEqual(seen, [
        ['Number', '3', 'From the file name 0003-publish-ledger-events-through-a-transactional-outbox.'],
        ['Title', 'Publish ledger events through a transactional outbox', 'Line 9, heading'],
        ['Status', 'proposed', 'Line 2, front matter'],
        ['Date', '2026-11-10', 'Line 3, front matter'],
      ]);
      const editor = vscode.window.activeTextEditor!;
      assert.equal(editor.document.uri.toString(), uri(MADR_PROPOSED).toString());
      assert.equal(result?.field, 'status');
      assert.equal(editor.selection.start.line, 1);
      assert.equal(editor.document.getText(editor.selection), 'proposed');
    });

    it('explains the record chosen in the Decisions view: a status read from its section, the date from a field line', async () => {
      const seen: string[][] = [];
      const { result } = await withScriptedAnswers([choose('Date', seen)], () => vscode.commands.executeCommand<ExplainFieldsResult>('techlead.adr.explain', recordNode(api, folder, NYGARD_3)));
      assert.deepEqual(seen.map(([label, value, detail]) => `${label} = ${value} (${detail})`), [
        'Number = 3 (From the file name 0003-put-the-card-processor-behind-an-interface.)',
        'Title = Put the card processor behind an interface (Line 1, heading)',
        'Status = accepted (Line 8, section: Accepted)',
        'Date = 2026-02-03 (Line 3, field line)',
      ]);
      const editor = vscode.window.activeTextEditor!;
      assert.equal(editor.document.uri.toString(), uri(NYGARD_3).toString(), 'the chosen field opens its record');
      assert.equal(result?.selection?.start.line, 2);
      assert.equal(editor.document.getText(editor.selection), '2026-02-03');
    });

    it('asks which record when none is open, and a cancelled field pick changes nothing', async () => {
      const { result, prompts } = await withScriptedAnswers(['4. Validate API input', undefined], () => vscode.commands.executeCommand<ExplainFieldsResult>('techlead.adr.explain'));
      assert.deepEqual(prompts, ['pick: Explain Fields', 'pick: Explain Fields: ADR-0004 Validate API input with shared schemas']);
      assert.deepEqual(result, { record: NYGARD_4 });
      assert.equal(vscode.window.activeTextEditor, undefined);
    });
  });

  it('shows the decision graph in a webview panel', async () => {
    const isGraph = (t: vscode.Tab) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('techlead.decisionGraph');
    const opened = nextEvent(vscode.window.tabGroups.onDidChangeTabs, (e) => e.opened.some(isGraph) || e.changed.some(isGraph));
    await vscode.commands.executeCommand('techlead.adr.showGraph');
    await opened;
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find(isGraph);
    assert.equal(tab?.label, 'Decision Graph');
  });
});

(scenario === 'multiroot' ? describe : describe.skip)('ADR commands (multi-root)', () => {
  it('asks for the workspace folder and creates the record there, in that folder’s MADR format', async () => {
    const api = await activated();
    const web = vscode.workspace.workspaceFolders!.find((f) => f.name === 'acme-web')!;
    const expected = 'docs/decisions/0003-serve-fonts-from-our-own-domain.md';
    const { result, prompts } = await withScriptedAnswers(['acme-web', 'Serve fonts from our own domain'], () => vscode.commands.executeCommand<NewDecisionResult>('techlead.adr.new'));
    try {
      assert.deepEqual(prompts.map((p) => p.split(':')[0]), ['pick', 'input'], 'the workspace folder, then the title; acme-web has one ADR folder');
      assert.equal(result?.record, expected);
      assert.match(await diskText(fileIn(web, expected)), /^---\nstatus: proposed\ndate: \d{4}-\d{2}-\d{2}\n/);
      const payments = api.indexes.folders().find((e) => e.folder.name === 'acme-payments')!;
      assert.ok(!payments.index.documents('decision').some((r) => r.path.endsWith('serve-fonts-from-our-own-domain.md')));
    } finally {
      await remove(api, web, expected);
    }
  });
});

(scenario === 'empty' ? describe : describe.skip)('ADR commands (no folder open)', () => {
  it('asks nothing and changes nothing', async () => {
    await activated();
    for (const command of ['techlead.adr.new', 'techlead.adr.initialize', 'techlead.adr.generateIndex', 'techlead.adr.showGraph']) {
      const { result } = await withScriptedAnswers([], () => vscode.commands.executeCommand(command));
      assert.equal(result, undefined, command);
    }
  });
});

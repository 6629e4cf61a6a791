import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { AdrCommandResult } from '../../src/extension/commands/adr/applyAdrPlan';
import type { NewDecisionResult } from '../../src/extension/commands/adr/newDecision';
import type { ToolkitApi } from '../../src/extension/extension';
import { withScriptedAnswers } from './scriptedUi';
import { activated, nextEvent, scenario, whenIndexed } from './support';
import { ruleIdOf } from '../../src/extension/diagnostics/findingsToDiagnostics';

/**
 * The five cases reported from real VS Code on public repositories, on copies of a corpus
 * repository (MADR's own records and template) placed in the example workspace: each
 * edit does what it says and nothing else, or refuses.
 */
const CORPUS = path.resolve(__dirname, '../../../../shared/corpus/adr/madr');
const HAS_CORPUS = fs.existsSync(CORPUS);
if (!HAS_CORPUS && process.env.TECHLEAD_REQUIRE_CORPUS) throw new Error(`The shared ADR corpus is required (TECHLEAD_REQUIRE_CORPUS) but ${CORPUS} does not exist.`);

const ROOT = 'corpus-cases';
const ONE = `${ROOT}/one/docs/decisions`;
const TWO = `${ROOT}/two/docs/decisions`;
const DATED = (title: string, status: string) => `---\nstatus: ${status}\ndate: 2024-03-01\n---\n\n# ${title}\n\n## Context and Problem Statement\n\nText.\n`;

const title = HAS_CORPUS ? 'ADR edits on copies of a corpus repository' : 'ADR edits on copies of a corpus repository (skipped: no ../shared/corpus beside the repository)';
(scenario === 'example' && HAS_CORPUS ? describe : describe.skip)(title, () => {
  let api: ToolkitApi;
  let folder: vscode.WorkspaceFolder;
  const uri = (p: string) => vscode.Uri.joinPath(folder.uri, ...p.split('/'));
  const index = () => api.indexes.folders().find((e) => e.folder === folder)!.index;
  const text = async (p: string) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri(p)));
  const node = (p: string) => {
    const n = api.views.decisions.findRecordNode(folder, p);
    assert.ok(n, `${p} is in the Decisions view`);
    return n;
  };
  const pickRecord = (p: string) => (items: readonly vscode.QuickPickItem[]) => items.find((i) => (i as { target?: { record: { path: string } } }).target?.record.path === p);

  before(async function () {
    this.timeout(60_000);
    api = await activated();
    folder = vscode.workspace.workspaceFolders![0]!;
    const files: [string, string][] = [];
    for (const name of fs.readdirSync(CORPUS).filter((f) => f.endsWith('.md'))) {
      const content = fs.readFileSync(path.join(CORPUS, name), 'utf8');
      files.push([`${ONE}/${name}`, content], [`${TWO}/${name}`, content]);
    }
    files.push([`${ONE}/0100-status-as-a-mapping.md`, DATED('Status as a mapping', '{ accepted }')]);
    files.push([`${TWO}/0101-dated.md`, DATED('Dated', 'accepted')], [`${TWO}/0102-later.md`, DATED('Later', 'proposed')]);
    files.push([`${TWO}/0002-a-duplicate-number.md`, DATED('A duplicate number', 'proposed')]);
    for (const [p, content] of files) await vscode.workspace.fs.writeFile(uri(p), new TextEncoder().encode(content));
    // Two ADR folders made this moment: discovery must see them, and a file written into a
    // folder created the same moment can be missed by the file watcher, so index them now.
    await api.indexes.rebuild([folder]);
    await whenIndexed(api, () => files.every(([p]) => p.endsWith('adr-template.md') || p.endsWith('index.md') || index().get(p)?.kind === 'decision'), 45_000);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(uri(ROOT), { recursive: true });
    if (index().documents('decision').some((r) => r.path.startsWith(`${ROOT}/`))) await api.indexes.rebuild([folder]);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('offers no "Add the status" quick fix for status: { accepted }, so the author\'s value is never lost', async () => {
    const p = `${ONE}/0100-status-as-a-mapping.md`;
    const before = await text(p);
    const diagnosed = () => vscode.languages.getDiagnostics(uri(p)).some((d) => ruleIdOf(d) === 'adr/missing-status');
    if (!diagnosed()) await nextEvent(vscode.languages.onDidChangeDiagnostics, diagnosed);
    const diagnostic = vscode.languages.getDiagnostics(uri(p)).find((d) => ruleIdOf(d) === 'adr/missing-status')!;
    assert.equal(diagnostic.range.start.line, 1, 'reported on the status line');
    await vscode.workspace.openTextDocument(uri(p));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri(p), diagnostic.range);
    assert.deepEqual(actions.filter((a) => /status/i.test(a.title) && a.edit).map((a) => a.title), []);
    assert.equal(await text(p), before);
  });

  it('links across two ADR folders with a reference that resolves in the right folder, and leaves dates alone', async () => {
    const from = `${ONE}/0003-provide-own-madr-tools.md`;
    const to = `${TWO}/0101-dated.md`;
    const { result } = await withScriptedAnswers([pickRecord(to), 'extends'], () => vscode.commands.executeCommand<AdrCommandResult>('techlead.adr.link', node(from)));
    assert.deepEqual([...(result?.paths ?? [])].sort(), [from, to].sort());
    assert.match(await text(to), /\ndate: 2024-03-01\n/, 'the date is the author\'s');
    assert.match(await text(to), /\nextended-by: "\[3\. Write Own MADR Tooling\]\(\.\.\/\.\.\/\.\.\/one\/docs\/decisions\/0003-provide-own-madr-tools\.md\)"\n/);
    await whenIndexed(api, () => {
      const r = index().get(to);
      return r?.kind === 'decision' && r.links.length > 0;
    });
    await api.indexes.whenIdle();
    for (const p of [from, to]) assert.deepEqual(vscode.languages.getDiagnostics(uri(p)).filter((d) => ruleIdOf(d) === 'adr/broken-link' || ruleIdOf(d) === 'adr/missing-reciprocal-link').map((d) => d.message), [], p);
  });

  it('supersedes in a folder with duplicate numbers by a link to the record meant', async () => {
    const old = `${TWO}/0102-later.md`;
    const successor = `${TWO}/0002-a-duplicate-number.md`;
    const { result } = await withScriptedAnswers([pickRecord(successor)], () => vscode.commands.executeCommand<AdrCommandResult>('techlead.adr.supersede', node(old)));
    assert.deepEqual([...(result?.paths ?? [])].sort(), [old, successor].sort());
    const after = await text(old);
    assert.match(after, /\nstatus: "superseded by \[2\. A duplicate number\]\(0002-a-duplicate-number\.md\)"\ndate: 2024-03-01\n/);
  });

  it('starts a new decision from the folder\'s own adr-template.md', async () => {
    const { result, prompts } = await withScriptedAnswers(
      ['Use MADR 5', (items) => items.find((i) => i.label === ONE), (items) => items[0]],
      () => vscode.commands.executeCommand<NewDecisionResult>('techlead.adr.new'),
    );
    assert.equal(prompts.length, 3, `the title, the folder, the template (its own first): ${prompts.join(' | ')}`);
    assert.ok(result?.record?.startsWith(`${ONE}/`), `created in ${ONE}: ${result?.record}`);
    const created = await text(result!.record!);
    const template = fs.readFileSync(path.join(CORPUS, 'adr-template.md'), 'utf8');
    const tail = template.slice(template.indexOf('## Context and Problem Statement'));
    assert.ok(created.endsWith(tail), 'the body is the template\'s');
    assert.match(created, /\ntitle: Use MADR 5\n[\s\S]*\n# Use MADR 5\n/);
  });
});

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ToolkitApi } from '../../src/extension/extension';
import type { AttachedHints } from '../../src/extension/review/hints/reviewHints';
import type { LineDecoration } from '../../src/extension/review/hints/hintDecorations';
import { git } from '../../src/node/git';
import { reviewHints, reviewScenario, reviewUntil } from './reviewSupport';
import { activated, nextEvent } from './support';

/** What a reviewer sees in the diff editor of SEC-001's file: the file-level line, then the hint. */
const SEC_APPLIES = 'SEC-001 applies: Validate input at API boundaries (0/3)';
const SEC_HINT = 'SEC-001: Validate input at API boundaries';

(reviewScenario === 'review' ? describe : describe.skip)('Review hints in diff editors (a real Git repository)', () => {
  let api: ToolkitApi;
  let folder: vscode.WorkspaceFolder;
  let hints: AttachedHints;
  const uri = (path: string) => vscode.Uri.joinPath(folder.uri, ...path.split('/'));
  const charges = () => uri('src/api/charges.ts');
  const shown = (decorations: readonly LineDecoration[]) => decorations.map((d) => `${d.line} ${d.kind}: ${d.text}`);

  /** Resolves with a document's decorations once `condition` holds for them. */
  async function decorationsUntil(target: vscode.Uri, condition: (d: readonly LineDecoration[]) => boolean): Promise<readonly LineDecoration[]> {
    const now = () => hints.decorations.decorationsOf(target);
    if (!condition(now())) {
      await nextEvent(hints.decorations.onDidDraw, () => condition(now()), 20_000).catch((err: Error) => {
        throw new Error(`${err.message}; ${target.toString()} shows ${JSON.stringify(shown(now()))}`);
      });
    }
    return now();
  }

  before(async () => {
    api = await activated();
    folder = vscode.workspace.workspaceFolders![0]!;
    await reviewUntil(api, 'the branch is compared with main', (s) => s.length === 1 && s[0]!.comparison.base === 'main' && s[0]!.applicable.length > 0);
    hints = api.review.hints.attachedParts!;
    assert.ok(hints, 'hints are on with the default settings');
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows which guidelines apply and the hints on added lines in the diff Source Control opens', async () => {
    await vscode.commands.executeCommand('git.openChange', charges());
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.ok(tab?.input instanceof vscode.TabInputTextDiff, 'a diff editor');
    assert.deepEqual([tab.input.original.scheme, tab.input.modified.toString()], ['git', charges().toString()]);

    const decorations = await decorationsUntil(charges(), (d) => d.length === 2);
    assert.deepEqual(shown(decorations), [`4 applies: ${SEC_APPLIES}`, `8 hint: ${SEC_HINT}`], 'on the first added line, and on the added req.body line');
    assert.match(decorations[1]!.hover, /\*\*SEC-001: Validate input at API boundaries\*\* · Blocker\n\nAnything in the request comes from the caller[\s\S]*- ☐ Every handler validates its input with the shared schema/);
    assert.match(decorations[1]!.hover, /\[Open guideline SEC-001\]\(file:\/\/.*sec-001-validate-api-input\.md#L10\)/);
    assert.deepEqual(reviewHints(charges()).map((d) => d.range.start.line), [8], 'the hint diagnostic is on the same line');

    const badge = hints.files.provideFileDecoration(charges());
    assert.deepEqual([badge?.badge, badge?.tooltip], ['1', 'Guideline SEC-001 applies: Validate input at API boundaries']);
    assert.equal(hints.files.provideFileDecoration(uri('src/api/http.ts')), undefined, 'an unchanged file gets no badge');
    assert.equal(hints.files.provideFileDecoration(uri('src/db/migrations/002_refunds.sql'))?.tooltip, 'Guideline DB-001 applies: Migrations are safe on a live database');
  });

  it('moves the hints with unsaved edits, and back when they are undone', async () => {
    // The edits stay unsaved whatever the host's default for auto save is.
    const files = vscode.workspace.getConfiguration('files');
    const autoSave = files.inspect<string>('autoSave')?.globalValue;
    await files.update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    try {
      await typeAndUndo();
    } finally {
      await files.update('autoSave', autoSave, vscode.ConfigurationTarget.Global);
    }
  });

  async function typeAndUndo(): Promise<void> {
    await vscode.commands.executeCommand('git.openChange', charges());
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === charges().toString())!;
    const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(charges()));
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), '// typed, not saved\nconst peek = (req: Request) => req.query;\n'));
    const decorations = await decorationsUntil(charges(), (d) => d.some((x) => x.kind === 'hint' && x.line === 10));
    assert.deepEqual(shown(decorations), [`0 applies: ${SEC_APPLIES}`, `1 hint: ${SEC_HINT}`, `10 hint: ${SEC_HINT}`], 'the typed req.query line is added too; the req.body line moved down two lines');
    const diagnostics = reviewHints(charges()).length === 2 ? reviewHints(charges()) : (await nextEvent(api.review.hints.onDidPublish, () => reviewHints(charges()).length === 2), reviewHints(charges()));
    assert.deepEqual(diagnostics.map((d) => d.range.start.line), [1, 10]);
    // The plain editor's CodeLens moves to the first line added as typed, too.
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', charges());
    const guidelineLens = lenses.find((l) => l.command?.title.includes('SEC-001'));
    assert.equal(guidelineLens?.range.start.line, 0, `lenses: ${JSON.stringify(lenses.map((l) => [l.range.start.line, l.command?.title]))}`);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(charges())), onDisk, 'nothing was saved');

    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.deepEqual(shown(await decorationsUntil(charges(), (d) => d.length === 2 && d[1]!.line === 8)), [`4 applies: ${SEC_APPLIES}`, `8 hint: ${SEC_HINT}`]);
    if (reviewHints(charges()).length !== 1) await nextEvent(api.review.hints.onDidPublish, () => reviewHints(charges()).length === 1);
    assert.deepEqual(reviewHints(charges()).map((d) => d.range.start.line), [8]);
  }

  it('keeps a renamed file to the lines it gained, as the CLI does', async () => {
    const root = folder.uri.fsPath;
    const original = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri('src/api/http.ts')));
    await git(root, ['mv', 'src/api/http.ts', 'src/api/request.ts']);
    await vscode.workspace.fs.writeFile(uri('src/api/request.ts'), new TextEncoder().encode(`${original}export const peek = (req: Request) => req.query;\n`));
    await git(root, ['add', 'src/api/request.ts']);
    try {
      const [scope] = await reviewUntil(api, 'the rename is part of the change', (s) => s[0]!.changes.some((c) => c.path === 'src/api/request.ts' && c.addedLines.length > 0));
      const moved = scope!.changes.find((c) => c.path === 'src/api/request.ts')!;
      assert.deepEqual([moved.status, moved.oldPath, moved.addedLines.map((l) => l.line)], ['renamed', 'src/api/http.ts', [7]], 'only the line it gained, not the req.body line it brought along');
      assert.deepEqual(reviewHints(uri('src/api/request.ts')).map((d) => d.range.start.line), [6]);
    } finally {
      await git(root, ['mv', 'src/api/request.ts', 'src/api/http.ts']);
      await vscode.workspace.fs.writeFile(uri('src/api/http.ts'), new TextEncoder().encode(original));
      await git(root, ['add', 'src/api/http.ts']);
      await reviewUntil(api, 'the rename is undone', (s) => !s[0]!.changes.some((c) => c.path.startsWith('src/api/request') || c.path === 'src/api/http.ts'));
    }
  });

  it('shows the hints of what a commit added when the timeline compares two commits', async () => {
    const [scope] = api.review.model.scopes();
    const base = scope!.comparison.diffRef!;
    const left = api.review.model.toGitUri(charges(), base);
    const right = api.review.model.toGitUri(charges(), 'HEAD');
    await vscode.commands.executeCommand('vscode.diff', left, right, 'charges.ts (commit)');
    // HEAD's version has no unstaged edit, so the first added line is the blank line before createCharge.
    const decorations = await decorationsUntil(right, (d) => d.length === 2);
    assert.deepEqual(shown(decorations), [`6 applies: ${SEC_APPLIES}`, `8 hint: ${SEC_HINT}`]);
  });

  it('reads a pull request\'s files under the GitHub Pull Requests extension\'s pr: scheme', async () => {
    const base = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri('src/api/http.ts')));
    const head = `${base}export const fromQuery = (req: Request) => req.query.id;\n`;
    // What the extension registers: both sides share the file's path; the query says which side.
    const provider = vscode.workspace.registerTextDocumentContentProvider('pr', {
      provideTextDocumentContent: (u) => ((JSON.parse(u.query) as { isBase: boolean }).isBase ? base : head),
    });
    try {
      const side = (isBase: boolean) => uri('src/api/http.ts').with({ scheme: 'pr', query: JSON.stringify({ baseCommit: 'a', headCommit: 'b', isBase, fileName: 'src/api/http.ts', prNumber: 7, status: 1, remoteName: 'origin' }) });
      await vscode.commands.executeCommand('vscode.diff', side(true), side(false), 'http.ts (Pull Request #7)');
      const decorations = await decorationsUntil(side(false), (d) => d.length === 2);
      assert.deepEqual(shown(decorations), [`6 applies: ${SEC_APPLIES}`, `6 hint: ${SEC_HINT}`], 'the line the pull request adds, in a file the local change does not touch');
    } finally {
      provider.dispose();
    }
  });
});

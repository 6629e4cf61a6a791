import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated, folderNamed, scenario } from './support';

/** Writes a file a test needs and returns its URI; `removeAll` deletes them afterwards. */
const created: vscode.Uri[] = [];
async function writeFile(folder: vscode.WorkspaceFolder, path: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(folder.uri, ...path.split('/'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  created.push(uri);
  return uri;
}
async function removeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  for (const uri of created.splice(0)) await vscode.workspace.fs.delete(uri);
}

/** The position just inside the first occurrence of `needle` (or at its end). */
async function positionOf(uri: vscode.Uri, needle: string, atEnd = false): Promise<vscode.Position> {
  const document = await vscode.workspace.openTextDocument(uri);
  const at = document.getText().indexOf(needle);
  assert.ok(at >= 0, `"${needle}" is in ${uri.path}`);
  return document.positionAt(at + (atEnd ? needle.length : 1));
}

/** Our links: those that open a decision record, as `mention text → record path`. */
async function recordLinks(uri: vscode.Uri, folder: vscode.WorkspaceFolder): Promise<string[]> {
  const document = await vscode.workspace.openTextDocument(uri);
  const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', uri);
  return links
    .filter((l) => l.target && /\/(adr|decisions)\/\d{4}-[^/]+\.md$/.test(l.target.path))
    .map((l) => `${document.getText(l.range)} → ${vscode.workspace.asRelativePath(l.target!, false).replace(`${folder.name}/`, '')}`);
}

async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

(scenario === 'example' ? describe : describe.skip)('ADR references (example repo)', () => {
  let folder: vscode.WorkspaceFolder;
  before(async () => {
    await activated();
    folder = vscode.workspace.workspaceFolders![0]!;
  });
  afterEach(removeAll);

  it('links and explains mentions in code comments only, not in strings', async () => {
    const ts = await writeFile(folder, 'src/adrMentions.ts', [
      '// The processor sits behind an interface: see ADR-0003.',
      'const note = "ADR-0004 is inside a string, not a comment";',
      '/* Keys moved to PostgreSQL (ADR 5); ADR-0099 does not exist. */',
      'export const url = "http://example.invalid"; // ADR_1 after a string that holds //',
      'export default note;',
      '',
    ].join('\n'));
    assert.deepEqual(await recordLinks(ts, folder), [
      'ADR-0003 → docs/adr/0003-put-the-card-processor-behind-an-interface.md',
      'ADR 5 → docs/adr/0005-store-idempotency-keys-in-postgresql.md',
      'ADR_1 → docs/adr/0001-record-architecture-decisions.md',
    ]);
    const hover = await hoverText(ts, await positionOf(ts, 'ADR-0003'));
    assert.match(hover, /3\\?\. Put the card processor behind an interface/);
    assert.match(hover, /Status: Accepted/);
    assert.match(hover, /Date: 2026\\?-02\\?-03/);
    assert.match(hover, /All charges go to a single card processor/, 'the first lines of the context');
    assert.match(await hoverText(ts, await positionOf(ts, 'ADR-0099')), /No decision record numbered 99 in acme\\?-payments/);
    assert.doesNotMatch(await hoverText(ts, await positionOf(ts, 'ADR-0004')), /Validate API input/, 'a mention in a string literal is not explained');
  });

  it('resolves mentions in the repository’s own sources: SQL comments, and the ledger’s code to the ledger’s records', async () => {
    const sql = vscode.Uri.joinPath(folder.uri, 'src', 'db', 'migrations', '001_init.sql');
    assert.deepEqual(await recordLinks(sql, folder), ['ADR-0005 → docs/adr/0005-store-idempotency-keys-in-postgresql.md']);
    const journal = vscode.Uri.joinPath(folder.uri, 'services', 'ledger', 'src', 'journal.ts');
    assert.deepEqual(await recordLinks(journal, folder), [
      'ADR 0001 → services/ledger/docs/decisions/0001-use-double-entry-bookkeeping-for-the-ledger.md',
      'ADR 0002 → services/ledger/docs/decisions/0002-store-amounts-as-integer-minor-units.md',
    ]);
    const charges = vscode.Uri.joinPath(folder.uri, 'src', 'api', 'charges.ts');
    assert.deepEqual(await recordLinks(charges, folder), ['ADR-0005 → docs/adr/0005-store-idempotency-keys-in-postgresql.md'], 'the mention inside an error message string is left alone');
  });

  it('in Markdown: links mentions, explains relative links to records, completes record numbers', async () => {
    const md = await writeFile(folder, 'docs/notes.md', [
      '# Notes',
      '',
      'Idempotency keys moved to PostgreSQL in ADR-0005, replacing ADR 2.',
      'The ledger keeps [its own log](../services/ledger/docs/decisions/0001-use-double-entry-bookkeeping-for-the-ledger.md).',
      '',
      'Related: ADR-',
      '',
    ].join('\n'));
    assert.deepEqual(await recordLinks(md, folder).then((l) => l.filter((x) => x.startsWith('ADR'))), [
      'ADR-0005 → docs/adr/0005-store-idempotency-keys-in-postgresql.md',
      'ADR 2 → docs/adr/0002-store-idempotency-keys-in-redis.md',
    ]);
    const linkHover = await hoverText(md, await positionOf(md, 'its own log'));
    assert.match(linkHover, /Use double\\?-entry bookkeeping for the ledger/);
    assert.match(linkHover, /Deciders: Priya Raman, Tom Okafor/);
    assert.match(await hoverText(md, await positionOf(md, 'ADR 2')), /Superseded by/);

    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', md, await positionOf(md, 'Related: ADR-', true), '-');
    const records = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Reference && typeof i.label !== 'string');
    const shown = records.map((i) => i.label as vscode.CompletionItemLabel);
    assert.equal(shown.length, 8, 'every numbered record of the workspace folder');
    const three = shown.find((l) => l.detail === ' Put the card processor behind an interface');
    assert.equal(three?.label, '0003');
    assert.match(three.description ?? '', /^Accepted · docs\/adr$/);
    const sorted = [...records].sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1)).map((i) => (i.label as vscode.CompletionItemLabel).description);
    assert.deepEqual(sorted.slice(0, 5).map((d) => d?.endsWith('docs/adr')), [true, true, true, true, true], 'records of the repository-wide folder before the ledger’s');
    // The record's details are filled in when an item is resolved (the one the user is on).
    assert.equal(records.find((i) => (i.label as vscode.CompletionItemLabel).label === '0003')!.documentation, undefined);
    const resolved = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', md, await positionOf(md, 'Related: ADR-', true), '-', 100);
    const threeResolved = resolved.items.find((i) => typeof i.label !== 'string' && i.label.label === '0003')!;
    assert.match((threeResolved.documentation as vscode.MarkdownString).value.replace(/\\/g, ''), /Put the card processor behind an interface[\s\S]*All charges go to a single card processor/);
  });
});

(scenario === 'multiroot' ? describe : describe.skip)('ADR references (multi-root)', () => {
  afterEach(removeAll);

  it('resolves the same mention against the records of its own workspace folder', async () => {
    await activated();
    const payments = folderNamed('acme-payments');
    const web = folderNamed('acme-web');
    const inPayments = await writeFile(payments, 'src/firstRecord.ts', '// Why we keep records: ADR-0001\n');
    const inWeb = await writeFile(web, 'src/firstRecord.ts', '// Why we keep records: ADR-0001\n');
    assert.deepEqual(await recordLinks(inPayments, payments), ['ADR-0001 → docs/adr/0001-record-architecture-decisions.md']);
    assert.deepEqual(await recordLinks(inWeb, web), ['ADR-0001 → docs/decisions/0001-render-checkout-pages-on-the-server.md']);
    assert.match(await hoverText(inWeb, await positionOf(inWeb, 'ADR-0001')), /Render checkout pages on the server/);
  });
});

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeChanges, WriteRefusedError } from '../../../src/cli/applyChanges';
import { editOf } from '../../../src/core/model/findings';
import { NodeFolderFileSystem } from '../../../src/node/nodeFileSystem';
import { TempFolder } from './adrCliSupport';

const REGISTER = [
  'risks:',
  '  - id: RISK-1',
  '    title: Card processor outage',
  '    likelihood: 3',
  '    impact: 4',
  '    owner: Kim <kim@example.com>',
  '    due: 2026-09-01',
  '    status: open',
  '  - id: RISK-2',
  '    title: Ledger drift',
  '    likelihood: 2',
  '    impact: 5',
  '    owner: Dana <dana@example.com>',
  '    due: 2026-10-01',
  '    status: open',
  '',
].join('\n');

describe('writing planned edits', () => {
  let repo: TempFolder;
  beforeEach(() => {
    repo = new TempFolder();
  });
  afterEach(() => repo.remove());

  const editAt = (text: string, word: string, newText: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length, newText });

  it('edits a file that is still the text the edit was planned from, replacing it whole and leaving no temporary file', async () => {
    repo.write({ 'notes.md': 'one two three\n' });
    const host = new NodeFolderFileSystem(repo.root);
    const notes = { path: 'notes.md', text: await host.readText('notes.md') };
    assert.deepEqual(await writeChanges(host, [editOf(notes, [editAt(notes.text, 'two', '2')])]), ['notes.md']);
    assert.equal(repo.read('notes.md'), 'one 2 three\n');
    assert.deepEqual(repo.list('.'), ['notes.md']);
  });

  it('refuses a file changed since it was read, and writes nothing at all', async () => {
    repo.write({ 'a.md': 'alpha\n', 'b.md': 'beta\n' });
    const host = new NodeFolderFileSystem(repo.root);
    const a = { path: 'a.md', text: await host.readText('a.md') };
    const b = { path: 'b.md', text: await host.readText('b.md') };
    fs.writeFileSync(path.join(repo.root, 'b.md'), 'beta, edited elsewhere\n');
    await assert.rejects(
      writeChanges(host, [editOf(a, [editAt(a.text, 'alpha', 'ALPHA')]), editOf(b, [editAt(b.text, 'beta', 'BETA')])]),
      (err: Error) => err instanceof WriteRefusedError && /b\.md changed since it was read/.test(err.message),
    );
    assert.equal(repo.read('a.md'), 'alpha\n', 'the other file is untouched too');
    assert.equal(repo.read('b.md'), 'beta, edited elsewhere\n');
  });

  it('refuses edits of one file planned from two different texts, even when one of them is current', async () => {
    repo.write({ 'notes.md': 'one two three\n' });
    const host = new NodeFolderFileSystem(repo.root);
    const now = { path: 'notes.md', text: 'one two three\n' };
    const before = { path: 'notes.md', text: 'zero one two three\n' };
    await assert.rejects(
      writeChanges(host, [editOf(now, [editAt(now.text, 'one', '1')]), editOf(before, [editAt(before.text, 'three', '3')])]),
      (err: Error) => err instanceof WriteRefusedError && /notes\.md changed since it was read/.test(err.message),
    );
    assert.equal(repo.read('notes.md'), 'one two three\n');
  });

  it('refuses an edit of a file deleted since the plan, and creates nothing', async () => {
    repo.write({ 'notes.md': 'one two three\n' });
    const host = new NodeFolderFileSystem(repo.root);
    const notes = { path: 'notes.md', text: await host.readText('notes.md') };
    fs.rmSync(path.join(repo.root, 'notes.md'));
    await assert.rejects(writeChanges(host, [editOf(notes, [editAt(notes.text, 'two', '2')])]), (err: Error) => err instanceof WriteRefusedError && /notes\.md changed since it was read/.test(err.message));
    assert.deepEqual(repo.list('.'), []);
  });

  it('edits a file that starts with two byte-order marks at the right offsets, keeping both', async () => {
    fs.writeFileSync(path.join(repo.root, 'r.yaml'), '\ufeff\ufeffstatus: open\n');
    const host = new NodeFolderFileSystem(repo.root);
    const text = await host.readText('r.yaml');
    assert.equal(text, '\ufeffstatus: open\n', 'the reader drops one mark; the second is text');
    await writeChanges(host, [editOf({ path: 'r.yaml', text }, [editAt(text, 'open', 'mitigating')])]);
    assert.equal(fs.readFileSync(path.join(repo.root, 'r.yaml'), 'utf8'), '\ufeff\ufeffstatus: mitigating\n');
  });

  it('risk and decision edits land on the right characters in files that start with two byte-order marks', async () => {
    const twoMarks = '\ufeff\ufeff';
    fs.mkdirSync(path.join(repo.root, 'docs', 'risks'), { recursive: true });
    fs.mkdirSync(path.join(repo.root, 'docs', 'adr'), { recursive: true });
    fs.writeFileSync(path.join(repo.root, 'docs/risks/r.yaml'), twoMarks + REGISTER);
    fs.writeFileSync(path.join(repo.root, 'docs/adr/0001-x.md'), `${twoMarks}# 1. X\n\nDate: 2026-01-01\n\n## Status\n\nProposed\n`);
    assert.equal((await repo.run('risk', 'status', 'RISK-1', 'mitigating')).code, 0);
    assert.equal((await repo.run('adr', 'status', '1', 'accepted')).code, 0);
    assert.equal(fs.readFileSync(path.join(repo.root, 'docs/risks/r.yaml'), 'utf8'), twoMarks + REGISTER.replace('status: open', 'status: mitigating'));
    assert.equal(fs.readFileSync(path.join(repo.root, 'docs/adr/0001-x.md'), 'utf8'), `${twoMarks}# 1. X\n\nDate: 2026-01-01\n\n## Status\n\nAccepted\n`);
  });

  it('refuses to edit a file that is not UTF-8, keeping every byte', async () => {
    const latin1 = Buffer.from('# 1. Café René\n\nStatus: proposed\n', 'latin1');
    fs.writeFileSync(path.join(repo.root, 'old.md'), latin1);
    const host = new NodeFolderFileSystem(repo.root);
    await assert.rejects(host.readText('old.md'), { name: 'NotUtf8Error' });
    // A plan made from the text decoded some other way: the bytes outside the edit would change.
    const text = latin1.toString('latin1');
    await assert.rejects(writeChanges(host, [editOf({ path: 'old.md', text }, [editAt(text, 'proposed', 'accepted')])]), /old\.md is not UTF-8 text/);
    assert.ok(fs.readFileSync(path.join(repo.root, 'old.md')).equals(latin1));
  });

  it('two risk edits at once on one register both land, and no other byte changes', async () => {
    repo.write({ 'docs/risks/payments.yaml': REGISTER });
    const [first, second] = await Promise.all([repo.run('risk', 'status', 'RISK-1', 'mitigating'), repo.run('risk', 'review', 'RISK-2')]);
    assert.deepEqual([first.code, second.code], [0, 0], `${first.stderr} ${second.stderr}`);
    const after = repo.read('docs/risks/payments.yaml');
    assert.match(after, /id: RISK-1[^]*status: mitigating[^]*id: RISK-2/);
    assert.match(after, /id: RISK-2[^]*reviewed: \d{4}-\d{2}-\d{2}\n$/);
    const unchanged = (t: string) => t.split('\n').filter((l) => !/status:|reviewed:/.test(l));
    assert.deepEqual(unchanged(after), unchanged(REGISTER), 'nothing else changed');
  });

  it('six `adr new` runs at once take six numbers', async () => {
    repo.write({ 'docs/adr/0001-record-architecture-decisions.md': '# 1. Record architecture decisions\n\nDate: 2026-01-05\n\n## Status\n\nAccepted\n' });
    const runs = await Promise.all(['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta'].map((t) => repo.run('adr', 'new', `Use ${t}`)));
    assert.deepEqual(runs.map((r) => r.code), [0, 0, 0, 0, 0, 0], runs.map((r) => r.stderr).join(''));
    const numbers = repo.list('docs/adr').map((name) => name.slice(0, 4));
    assert.deepEqual(numbers, ['0001', '0002', '0003', '0004', '0005', '0006', '0007']);
  });
});

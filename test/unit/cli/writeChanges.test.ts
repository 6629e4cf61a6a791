import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeChanges, WriteRefusedError } from '../../../src/cli/applyChanges';
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

  it('edits a file that is still what was read, replacing it whole and leaving no temporary file', async () => {
    repo.write({ 'notes.md': 'one two three\n' });
    const host = new NodeFolderFileSystem(repo.root, { rememberReads: true });
    const text = await host.readText('notes.md');
    assert.deepEqual(await writeChanges(host, [{ type: 'edit', path: 'notes.md', plannedFrom: text, edits: [editAt(text, 'two', '2')] }]), ['notes.md']);
    assert.equal(repo.read('notes.md'), 'one 2 three\n');
    assert.deepEqual(repo.list('.'), ['notes.md']);
  });

  it('refuses a file changed since it was read, and writes nothing at all', async () => {
    repo.write({ 'a.md': 'alpha\n', 'b.md': 'beta\n' });
    const host = new NodeFolderFileSystem(repo.root, { rememberReads: true });
    const a = await host.readText('a.md');
    const b = await host.readText('b.md');
    fs.writeFileSync(path.join(repo.root, 'b.md'), 'beta, edited elsewhere\n');
    await assert.rejects(
      writeChanges(host, [
        { type: 'edit', path: 'a.md', plannedFrom: a, edits: [editAt(a, 'alpha', 'ALPHA')] },
        { type: 'edit', path: 'b.md', plannedFrom: b, edits: [editAt(b, 'beta', 'BETA')] },
      ]),
      (err: Error) => err instanceof WriteRefusedError && /b\.md changed since it was read/.test(err.message),
    );
    assert.equal(repo.read('a.md'), 'alpha\n', 'the other file is untouched too');
    assert.equal(repo.read('b.md'), 'beta, edited elsewhere\n');
  });

  it('refuses a file that was never read (over the size limit)', async () => {
    repo.write({ 'big.md': 'x'.repeat(200) });
    const host = new NodeFolderFileSystem(repo.root, { rememberReads: true });
    assert.deepEqual(await host.readTextWithin('big.md', 100), { size: 200 });
    await assert.rejects(writeChanges(host, [{ type: 'edit', path: 'big.md', plannedFrom: '', edits: [{ start: 0, end: 0, newText: '---\nstatus: accepted\n---\n' }] }]), /big\.md was not read/);
    assert.equal(repo.read('big.md'), 'x'.repeat(200));
  });

  it('edits a file that starts with two byte-order marks at the right offsets, keeping both', async () => {
    fs.writeFileSync(path.join(repo.root, 'r.yaml'), '\ufeff\ufeffstatus: open\n');
    const host = new NodeFolderFileSystem(repo.root, { rememberReads: true });
    const text = await host.readText('r.yaml');
    assert.equal(text, '\ufeffstatus: open\n', 'the reader drops one mark; the second is text');
    await writeChanges(host, [{ type: 'edit', path: 'r.yaml', plannedFrom: text, edits: [editAt(text, 'open', 'mitigating')] }]);
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
    const host = new NodeFolderFileSystem(repo.root, { rememberReads: true });
    // The host refuses to read it, so nothing is remembered and the write is refused as unread.
    await assert.rejects(host.readText('old.md'), { name: 'NotUtf8Error' });
    const text = latin1.toString('latin1');
    await assert.rejects(writeChanges(host, [{ type: 'edit', path: 'old.md', plannedFrom: text, edits: [editAt(text, 'proposed', 'accepted')] }]), /old\.md was not read/);
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

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TempFolder } from './adrCliSupport';

const EXAMPLE_REGISTER = path.resolve(__dirname, '../../../../examples/acme-payments/docs/risks/payments.yaml');
const REGISTER = 'docs/risks/payments.yaml';

describe('techlead risk', () => {
  let folder: TempFolder;
  let original: string;
  beforeEach(() => {
    original = fs.readFileSync(EXAMPLE_REGISTER, 'utf8');
    folder = new TempFolder().write({ [REGISTER]: original });
  });
  afterEach(() => folder.remove());

  /** Lines of the register that differ from the original, as [before, after] pairs. */
  const changedLines = () => {
    const before = original.split('\n');
    const after = folder.read(REGISTER).split('\n');
    return { added: after.length - before.length, changed: before.flatMap((l, i) => (l === after[i] ? [] : [[l, after[i]]])) };
  };

  it('lint checks the paths in related against the folder\'s files', async () => {
    folder.write({
      'docs/risks/paths.yaml': 'risks:\n  - id: P-1\n    title: Paths\n    owner: Dana\n    due: 2030-01-01\n    related: [src/ledger/, src/ledgr/, docs/runbook.md]\n',
      'src/ledger/entries.ts': 'export {};\n',
    });
    const { stdout } = await folder.run('lint', '--format', 'json', '--today', '2026-11-21');
    const paths = (JSON.parse(stdout) as { rule: string; file: string; message: string }[]).filter((f) => f.rule === 'risk/unknown-reference' && f.file === 'docs/risks/paths.yaml');
    assert.deepEqual(paths.map((f) => f.message.split(' refers to ')[1]), [
      'src/ledgr/, but the repository has no file or folder src/ledgr.',
      'docs/runbook.md, but the repository has no file or folder docs/runbook.md.',
    ]);
  });

  it('lists risks as JSON with numeric levels and 1-based lines', async () => {
    const { code, stdout } = await folder.run('risk', 'list', '--json');
    assert.equal(code, 0);
    const rows = JSON.parse(stdout) as Record<string, unknown>[];
    assert.equal(rows.length, 8);
    const first = rows.find((r) => r.id === 'RISK-001')!;
    assert.deepEqual([first.file, first.likelihood, first.impact, first.score, first.band], [REGISTER, 3, 5, 15, 'critical']);
    assert.equal(original.split('\n')[(first.line as number) - 1]!.trim(), '- id: RISK-001');
    for (const key of ['owner', 'status', 'due', 'reviewed']) assert.ok(key in first, `has ${key}`);
  });

  it('filters by --overdue and --owner', async () => {
    const overdue = JSON.parse((await folder.run('risk', 'list', '--json', '--overdue')).stdout) as { id: string }[];
    assert.deepEqual(overdue.map((r) => r.id), ['RISK-004']);
    const dana = JSON.parse((await folder.run('risk', 'list', '--json', '--owner', 'DANA')).stdout) as { owner: string }[];
    assert.ok(dana.length >= 1 && dana.every((r) => /Dana/.test(r.owner)));
  });

  it('review changes only the reviewed date of that risk', async () => {
    const { code } = await folder.run('risk', 'review', 'RISK-002');
    assert.equal(code, 0);
    const { added, changed } = changedLines();
    assert.equal(added, 0);
    assert.equal(changed.length, 1);
    assert.match(changed[0]![1]!, /reviewed: 2026-11-21$/);
  });

  it('close records the resolution and refuses without one', async () => {
    const refused = await folder.run('risk', 'close', 'RISK-003');
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /--resolution is required/);
    assert.equal(folder.read(REGISTER), original, 'nothing written on a usage error');
    const { code } = await folder.run('risk', 'close', 'RISK-003', '--resolution', 'Schema validation shipped');
    assert.equal(code, 0);
    const lint = JSON.parse((await folder.run('lint', '--format', 'json')).stdout) as { rule: string }[];
    assert.ok(!lint.some((f) => f.rule === 'risk/closed-without-resolution'));
    assert.match(folder.read(REGISTER), /resolution: Schema validation shipped/);
  });

  it('add appends a risk in the register style and prints its id', async () => {
    const { code, stdout } = await folder.run('risk', 'add', '--likelihood', '4', '--impact', 'major', '--owner', 'Dana Lee <dana@example.com>', '--due', '2027-01-31', '--', '-- leading dash title');
    assert.equal(code, 0);
    assert.equal(stdout.trim(), 'RISK-009');
    const rows = JSON.parse((await folder.run('risk', 'list', '--json')).stdout) as { id: string; title: string; score: number }[];
    const added = rows.find((r) => r.id === 'RISK-009')!;
    assert.equal(added.title, '-- leading dash title');
    assert.equal(added.score, 16);
    assert.equal(changedLines().changed.length, 0, 'existing lines untouched');
  });

  it('reports unknown ids and statuses with a suggestion, exit code 2', async () => {
    const unknown = await folder.run('risk', 'review', 'RISK-404');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /no risk with the id "RISK-404"/);
    const typo = await folder.run('risk', 'status', 'RISK-001', 'mitigatng');
    assert.equal(typo.code, 2);
    assert.match(typo.stderr, /did you mean "mitigating"/);
  });

  it('writes reports in every format, never over an existing file', async () => {
    const csv = await folder.run('risk', 'report', '--format', 'csv');
    assert.equal(csv.stdout.split('\n')[0]!.split(',')[2], 'id');
    const out = await folder.run('risk', 'report', '--format', 'html', '--out', 'report.html');
    assert.equal(out.code, 0);
    assert.match(folder.read('report.html'), /<table|<svg|<div/);
    const again = await folder.run('risk', 'report', '--format', 'html', '--out', 'report.html');
    assert.equal(again.code, 2);
    assert.match(again.stderr, /already exists/);
  });
});

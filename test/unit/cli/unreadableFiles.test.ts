import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FolderIndex } from '../../../src/core/index/folderIndex';
import { fixedClock, silentLogger } from '../../../src/core/host';
import { KIND_PROVIDERS } from '../../../src/core/kinds';
import { NodeFolderFileSystem } from '../../../src/node/nodeFileSystem';
import { MemoryFileSystem } from '../support/memoryFileSystem';
import { TempFolder } from './adrCliSupport';

const RECORD = '# 1. Use Postgres\n\nDate: 2026-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nRené asked.\n\n## Decision\n\nPostgres.\n\n## Consequences\n\nNone.\n';
const REGISTER = 'risks:\n  - id: R-1\n    title: Vendor lock-in\n    likelihood: 2\n    impact: 3\n    owner: René\n';
/** "René" in Windows-1252: the é is one byte, 0xE9, which is not UTF-8. */
const latin1 = (text: string) => Buffer.from(text, 'latin1');

/** A host whose files exist but cannot be opened, as after `chmod 000` (the tests run as root, where chmod does not stop a read). */
class DenyingFileSystem extends MemoryFileSystem {
  constructor(files: Record<string, string>, private readonly denied: (path: string) => boolean) {
    super(files);
  }
  override async readText(path: string): Promise<string> {
    if (!this.denied(path)) return super.readText(path);
    throw Object.assign(new Error(`EACCES: permission denied, open '/repo/${path}'`), { code: 'EACCES' });
  }
}

async function lintWith(fs: MemoryFileSystem): Promise<[string, string, number, string][]> {
  const index = new FolderIndex({ fs, providers: KIND_PROVIDERS, clock: fixedClock('2026-11-21'), logger: silentLogger, settings: {} });
  await index.build();
  return index.lint().filter((f) => f.rule.startsWith('index/') || f.rule.startsWith('internal/')).map((f) => [f.rule, f.file, f.range.start.line, f.message]);
}

describe('files the toolkit cannot read', () => {
  let folder: TempFolder;
  beforeEach(() => (folder = new TempFolder()));
  afterEach(() => folder.remove());

  it('reports a record and a register that are not UTF-8 on line 1, instead of reading "Ren\\uFFFD"', async () => {
    fs.mkdirSync(path.join(folder.root, 'docs/adr'), { recursive: true });
    fs.writeFileSync(path.join(folder.root, 'docs/adr/0001-use-postgres.md'), latin1(RECORD));
    fs.writeFileSync(path.join(folder.root, 'risks.yaml'), latin1(REGISTER));
    const host = new NodeFolderFileSystem(folder.root);
    await assert.rejects(host.readText('risks.yaml'), { name: 'NotUtf8Error' });
    const { code, stdout } = await folder.run('lint', '--format', 'json');
    assert.equal(code, 1);
    const findings = (JSON.parse(stdout) as { rule: string; file: string; line: number; message: string }[]).filter((f) => f.rule === 'index/unreadable');
    assert.deepEqual(findings.map((f) => [f.file, f.line, f.message]), [
      ['docs/adr/0001-use-postgres.md', 1, 'This file is not UTF-8 text; the toolkit reads UTF-8 only, so it was not read.'],
      ['risks.yaml', 1, 'This file is not UTF-8 text; the toolkit reads UTF-8 only, so it was not read.'],
    ]);
    assert.doesNotMatch(stdout, /\uFFFD/);
  });

  it('still reads UTF-8 with a byte-order mark', async () => {
    folder.write({ 'risks.yaml': `\uFEFF${REGISTER}` });
    assert.equal(await new NodeFolderFileSystem(folder.root).readText('risks.yaml'), REGISTER);
  });

  it('names an unreadable record and register in a finding, never an internal error', async () => {
    const host = new DenyingFileSystem({ 'docs/adr/0001-use-postgres.md': RECORD, 'docs/adr/0002-use-kafka.md': '# 2. Use Kafka\n', 'risks.yaml': REGISTER }, (p) => p.includes('0002') || p === 'risks.yaml');
    assert.deepEqual(await lintWith(host), [
      ['index/unreadable', 'docs/adr/0002-use-kafka.md', 0, "The file could not be read: EACCES: permission denied, open '/repo/docs/adr/0002-use-kafka.md'"],
      ['index/unreadable', 'risks.yaml', 0, "The file could not be read: EACCES: permission denied, open '/repo/risks.yaml'"],
    ]);
  });

  it('says a folder with a register\'s name is not a register, and risk list fails rather than "no register"', async () => {
    fs.mkdirSync(path.join(folder.root, 'risks.yaml'));
    const { code, stderr } = await folder.run('risk', 'list');
    assert.equal(code, 1);
    assert.equal(stderr, 'risks.yaml:1:1: error risks.yaml is a folder, not a file, so no risk register was read from it. [index/unreadable]\n');
  });

  it('risk list names a register it could not read, with its line, and exits 1', async () => {
    folder.write({ 'risks.yaml': 'risks:\n  - id: R-1\n    title: Vendor lock-in\n    owner: *lead\n' });
    const { code, stdout, stderr } = await folder.run('risk', 'list');
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.equal(stderr, 'risks.yaml:4:12: error This risk register is not read: The alias *lead names no anchor (&lead) set before it. [risk/yaml-syntax]\n');
  });
});

import * as assert from 'node:assert/strict';
import { discoverAdrDirectories, type AdrDiscovery } from '../../../src/core/adr/discovery';
import { resolveConfig } from '../../../src/core/config/config';
import { neverCancelled, silentLogger, type DirectoryEntry } from '../../../src/core/host';
import { MemoryFileSystem } from '../support/memoryFileSystem';
import { FIXTURE_WORKSPACE, loadIntoMemory } from './adrTestSupport';

function discover(fs: MemoryFileSystem, adrDirectories: string[] = []): Promise<AdrDiscovery> {
  return discoverAdrDirectories({ fs, config: resolveConfig(undefined, { adrDirectories }), logger: silentLogger, signal: neverCancelled });
}

const RECORD = '# 1. X\n';

it('ADR discovery lets the host run between folders while it goes through their file names', async () => {
  let yields = 0;
  const d = await discoverAdrDirectories({
    fs: loadIntoMemory(FIXTURE_WORKSPACE),
    config: resolveConfig(undefined, {}),
    logger: silentLogger,
    signal: neverCancelled,
    yieldIfDue: async () => void yields++,
  });
  // A chance to yield after each folder's names, not one stretch for all of them.
  assert.equal(yields, d.directories.length);
});

describe('ADR discovery', () => {
  it('finds every kind of folder in the fixture workspace, with source, naming and package', async () => {
    const d = await discover(loadIntoMemory(FIXTURE_WORKSPACE));
    assert.deepEqual(
      d.directories.map((x) => [x.path, x.source, x.naming.style, x.naming.prefix, x.packageName]),
      [
        ['docs/adr', 'adr-dir', 'number', '', undefined],
        ['docs/decisions', 'conventional', 'number', '', undefined],
        ['packages/billing/adr', 'log4brains', 'date-slug', '', 'billing'],
        ['services/api/records', 'detected', 'prefixed', 'ADR-', undefined],
      ],
    );
    assert.deepEqual(d.problems, []);
    // Templates, README/index pages, images, vendored and dot-folder records, numbered guide chapters: none.
    for (const path of d.files) assert.doesNotMatch(path, /template|README|index\.md|\.png$|^vendor\/|^\.cache\/|^guide\//);
    assert.equal(d.files.length, 26);
  });

  it('reads .adr-dir, .log4brains.yml (top-level and project adrFolder) and configured folders', async () => {
    const fs = new MemoryFileSystem({
      '.adr-dir': 'architecture/log\n',
      'architecture/log/0001-a.md': RECORD,
      '.log4brains.yml': 'adrFolder: ./kb\n',
      'kb/20200101-first.md': RECORD,
      'services/pay/.log4brains.yml': 'project:\n  adrFolder: ./notes\n',
      'services/pay/notes/whatever-name.md': RECORD,
      'team/choices/use-x.md': RECORD,
    });
    const d = await discover(fs, ['./team/choices/']);
    assert.deepEqual(d.directories.map((x) => [x.path, x.source]), [
      ['architecture/log', 'adr-dir'],
      ['kb', 'log4brains'],
      ['services/pay/notes', 'log4brains'],
      ['team/choices', 'config'],
    ]);
    // Folders someone named hold records whatever their names.
    assert.deepEqual([...d.files], ['architecture/log/0001-a.md', 'kb/20200101-first.md', 'services/pay/notes/whatever-name.md', 'team/choices/use-x.md']);
    assert.equal(d.directoryAt('kb')!.predominantFormat, 'log4brains');
    assert.equal(d.directoryAt('architecture/log')!.predominantFormat, 'nygard');
  });

  it('reports tool config files it cannot use instead of ignoring them', async () => {
    const d = await discover(new MemoryFileSystem({ '.adr-dir': 'doc/missing\n', '.log4brains.yml': 'project: [unclosed\n', 'x.md': '' }), ['nowhere']);
    assert.deepEqual(d.problems.map((p) => [p.rule, p.file]), [
      ['adr/folder-config', '.adr-dir'],
      ['adr/folder-config', '.log4brains.yml'],
      ['adr/folder-config', '.techlead.yaml'],
    ]);
    assert.match(d.problems[0]!.message, /doc\/missing.*does not exist/);
    assert.match(d.problems[1]!.message, /not valid YAML/);
  });

  it('detects folders of two or more record-like files named in every common way', async () => {
    const fs = new MemoryFileSystem({
      'a/0001-x.md': RECORD, 'a/0002-y.md': RECORD,
      'b/ADR-12.md': RECORD, 'b/ADR-13-slug.md': RECORD,
      'c/adr-012-slug.md': RECORD, 'c/adr-013-slug.md': RECORD,
      'd/20200925-slug.md': RECORD, 'd/20200926-other.md': RECORD,
      'e/0001-only-one.md': RECORD,
      'f/01-chapter.md': RECORD, 'f/02-chapter.md': RECORD,
      'docs/decisions-log/1-a.md': RECORD, 'docs/decisions-log/2-b.md': RECORD,
      'g/0001-x.md': RECORD, 'g/templates/0001-template.md': RECORD, 'g/template.md': RECORD, 'g/0002-template.md': RECORD, 'g/0003-y.md': RECORD,
      'node_modules/pkg/0001-a.md': RECORD, 'node_modules/pkg/0002-b.md': RECORD,
      '.github/0001-a.md': RECORD, '.github/0002-b.md': RECORD,
      '1/2/3/4/5/6/7/0001-a.md': RECORD, '1/2/3/4/5/6/7/0002-b.md': RECORD,
    });
    const d = await discover(fs);
    assert.deepEqual(d.directories.map((x) => x.path), ['a', 'b', 'c', 'd', 'docs/decisions-log', 'g']);
    assert.deepEqual(d.files.filter((f) => f.startsWith('g/')), ['g/0001-x.md', 'g/0003-y.md']);
    assert.deepEqual(d.directoryAt('c')!.naming, { style: 'prefixed', padding: 3, prefix: 'adr-' });
  });

  it('finds records kept one per folder (NNNN-slug/README.md, date folders, slepNNN/proposal.rst), and only the record document in each', async () => {
    const fs = new MemoryFileSystem({
      'concepts/0003-protocols/README.md': RECORD, 'concepts/0003-protocols/roles.md': RECORD, 'concepts/0003-protocols/tictactoe/README.md': RECORD,
      'concepts/0004-agents/README.md': RECORD, 'concepts/0004-agents/0001-details.md': RECORD, 'concepts/0004-agents/0002-more.md': RECORD,
      'decision-records/2023-02-27_testing/README.md': RECORD, 'decision-records/2023-03-02-gradle/README.md': RECORD,
      'slep000/proposal.rst': RECORD, 'slep001/proposal.rst': RECORD, 'slep001/other.rst': RECORD, 'README.rst': RECORD, 'slep_template.rst': RECORD,
      'packages/pkg-1/README.md': '# pkg\n', 'packages/pkg-2/README.md': '# pkg\n',
    });
    const d = await discover(fs);
    assert.deepEqual(d.directories.map((x) => x.path), ['', 'concepts', 'decision-records']);
    assert.deepEqual([...d.files], [
      'slep000/proposal.rst', 'slep001/proposal.rst',
      'concepts/0003-protocols/README.md', 'concepts/0004-agents/README.md',
      'decision-records/2023-02-27_testing/README.md', 'decision-records/2023-03-02-gradle/README.md',
    ]);
    // The record's folder names it: number or date, and the ADR folder is the one above.
    const protocols = d.directoryOf('concepts/0003-protocols/README.md')!;
    assert.equal(protocols.path, 'concepts');
    assert.equal(protocols.recordFileName('README.md')?.number, 3);
    assert.equal(d.directoryOf('decision-records/2023-02-27_testing/README.md')!.recordFileName('README.md')?.date, '2023-02-27');
    assert.equal(d.directoryOf('slep001/proposal.rst')!.recordFileName('proposal.rst')?.number, 1);
    assert.equal(d.claims('concepts/0003-protocols/roles.md'), false);
    assert.equal(d.claims('concepts/0003-protocols/README.md'), true);
    assert.equal(d.affectsDiscovery('concepts/0005-new/README.md'), true);
  });

  it('takes a series with a prefix of its own (A1-, snip-) when its records state a status, not numbered chapters', async () => {
    const grpcLike = 'Proxy support\n-------------\n* Status: Implemented\n';
    const snipLike = '---\nsnip: 1\nstatus: Living\n---\n';
    const fs = new MemoryFileSystem({
      'A1-proxy.md': grpcLike, 'A2-lb.md': grpcLike, 'GRFC-TEMPLATE.md': grpcLike, 'README.md': '', 'GOVERNANCE.md': '',
      'SNIPS/snip-1.md': snipLike, 'SNIPS/snip-2.md': snipLike, 'SNIPS/snip-x.md': snipLike, 'SNIPS/snip-template.md': snipLike,
      'guide/step-1-intro.md': '# Intro\n', 'guide/step-2-setup.md': '# Setup\n',
      'odh/automl/ODH-ADR-0001-automl.md': RECORD,
      'mixed/0001-a.md': RECORD, 'mixed/0002-b.md': RECORD, 'mixed/v2-notes.md': RECORD,
    });
    const d = await discover(fs);
    assert.deepEqual(d.directories.map((x) => x.path), ['', 'SNIPS', 'mixed', 'odh/automl']);
    assert.deepEqual([...d.files], ['A1-proxy.md', 'A2-lb.md', 'SNIPS/snip-1.md', 'SNIPS/snip-2.md', 'SNIPS/snip-x.md', 'mixed/0001-a.md', 'mixed/0002-b.md', 'odh/automl/ODH-ADR-0001-automl.md']);
    assert.equal(d.directoryOf('SNIPS/snip-x.md')!.recordFileName('snip-x.md')?.number, undefined);
  });

  it('reads at most two records of a folder its names do not settle, and none of a folder they do', async () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 50; i++) files[`notes/A${i}-topic.md`] = `# Topic ${i}\n`;
    for (let i = 1; i <= 50; i++) files[`docs/adr/${String(i).padStart(4, '0')}-x.md`] = RECORD;
    const fs = new MemoryFileSystem(files);
    const read: string[] = [];
    const spy = Object.assign(Object.create(fs) as MemoryFileSystem, { readTextWithin: (p: string, max: number) => (read.push(p), fs.readTextWithin(p, max)) });
    const d = await discover(spy);
    assert.deepEqual(d.directories.map((x) => x.path), ['docs/adr']);
    assert.deepEqual(read, ['notes/A1-topic.md', 'notes/A10-topic.md']);
  });

  it('lists reStructuredText records like Markdown ones', async () => {
    const d = await discover(new MemoryFileSystem({ 'doc/adr/0001-a.rst': 'A\n=\n', 'doc/adr/0002-b.md': RECORD, 'doc/adr/index.rst': '', 'doc/adr/ADR-0000-template.rst': '' }));
    assert.deepEqual([...d.files], ['doc/adr/0001-a.rst', 'doc/adr/0002-b.md']);
  });

  it('takes a conventional folder even when it has no records yet', async () => {
    const d = await discover(new MemoryFileSystem({ 'doc/adr/README.md': '# Decisions\n' }));
    assert.deepEqual(d.directories.map((x) => [x.path, x.source]), [['doc/adr', 'conventional']]);
    assert.deepEqual(d.directories[0]!.naming, { style: 'number', padding: 4, prefix: '' });
    assert.deepEqual([...d.files], []);
  });

  it('claims records in known folders and says which changes need a new discovery', async () => {
    const d = await discover(new MemoryFileSystem({ 'docs/adr/0001-a.md': RECORD, 'docs/adr/0002-b.md': RECORD, 'notes/0001-lonely.md': RECORD }));
    assert.equal(d.claims('docs/adr/0003-new.md'), true);
    assert.equal(d.claims('docs/adr/README.md'), false);
    assert.equal(d.claims('docs/adr/template.md'), false);
    assert.equal(d.claims('docs/adr/sub/0001-a.md'), false);
    assert.equal(d.affectsDiscovery('.adr-dir'), true);
    assert.equal(d.affectsDiscovery('packages/x/.log4brains.yml'), true);
    assert.equal(d.affectsDiscovery('docs/adr/0003-new.md'), false);
    assert.equal(d.affectsDiscovery('other/0001-new.md'), true);
    // Editing the one record-like file of a folder that was not taken does not rescan each time.
    assert.equal(d.affectsDiscovery('notes/0001-lonely.md'), false);
    assert.equal(d.affectsDiscovery('notes/0002-second.md'), true);
    assert.equal(d.affectsDiscovery('node_modules/x/0001-a.md'), false);
    assert.equal(d.affectsDiscovery('src/readme.md'), false);
    assert.ok(d.watchPatterns.includes('**/.adr-dir'));
    assert.ok(d.watchPatterns.includes('docs/adr/*.{md,markdown,rst}'));
    assert.equal(d.directoryOf('docs/adr/0001-a.md')?.path, 'docs/adr');
  });

  it('lists folders only: reads no file but the two tool config files', async () => {
    const fs = new MemoryFileSystem({ '.adr-dir': 'doc/adr', 'doc/adr/0001-a.md': RECORD, 'doc/adr/0002-b.md': RECORD, 'x/0001-a.md': RECORD, 'x/0002-a.md': RECORD });
    const read: string[] = [];
    const listed: string[] = [];
    const spy = Object.assign(Object.create(fs) as MemoryFileSystem, {
      readText: (p: string) => (read.push(p), fs.readText(p)),
      list: (p: string): Promise<readonly DirectoryEntry[]> => (listed.push(p), fs.list(p)),
    });
    await discover(spy);
    assert.deepEqual(read, ['.adr-dir']);
    assert.equal(new Set(listed).size, listed.length, 'a folder was listed twice');
  });
});

import * as assert from 'node:assert/strict';
import { CancelledError, fixedClock, silentLogger, type DirectoryEntry, type FileStat } from '../../../src/core/host';
import { FolderIndex } from '../../../src/core/index/folderIndex';
import { KIND_PROVIDERS } from '../../../src/core/kinds';
import { ADR_CATALOG, type AdrCatalog } from '../../../src/core/adr/catalog';
import type { CatalogKey } from '../../../src/core/rules/rule';
import { MemoryFileSystem } from '../support/memoryFileSystem';

/**
 * How the index behaves in big repositories, checked by counting what it asks the file
 * system for (no timings here: those belong to `npm run bench`).
 */

/** A memory file system that records every read, stat and listing. */
class CountingFileSystem extends MemoryFileSystem {
  readonly reads: string[] = [];
  readonly listed: string[] = [];

  override async readText(path: string): Promise<string> {
    this.reads.push(path);
    return super.readText(path);
  }

  override async list(path: string): Promise<readonly DirectoryEntry[]> {
    this.listed.push(path);
    return super.list(path);
  }

  override async stat(path: string): Promise<FileStat | undefined> {
    return super.stat(path);
  }
}

const RECORD = (n: number) => `# ${n}. Record ${n}\n\nDate: 2025-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nc\n\n## Decision\n\nd\n\n## Consequences\n\ne\n`;
const REGISTER = 'risks:\n  - id: RISK-1\n    title: A risk\n    likelihood: 2\n    impact: 3\n    owner: Ana\n    status: open\n    due: 2027-01-01\n    reviewed: 2025-12-01\n';
/** Record 5, now saying what record 41 says of it. */
const SUPERSEDED_5 = RECORD(5).replace('Accepted', 'Superseded by [ADR-41](0041-record-41.md)');
const GUIDELINE = '---\nid: G-1\ntitle: A guideline\napplies-to: ["src/**"]\n---\nWhy.\n\n- [ ] Check\n';

function repo(records = 30): CountingFileSystem {
  const fs = new CountingFileSystem();
  for (let n = 1; n <= records; n++) fs.write(`docs/adr/${String(n).padStart(4, '0')}-record-${n}.md`, RECORD(n));
  fs.write('docs/risks/a.yaml', REGISTER);
  fs.write('.techlead/guidelines/g1.md', GUIDELINE);
  // What no index may walk: dependencies, version control, build output, each full of
  // files that look exactly like records, registers and guidelines.
  for (const skipped of ['node_modules/pkg', '.git/objects', 'dist', 'build', 'out', 'services/api/node_modules/x']) {
    fs.write(`${skipped}/docs/adr/0001-a.md`, RECORD(1));
    fs.write(`${skipped}/docs/adr/0002-b.md`, RECORD(2));
    fs.write(`${skipped}/docs/risks/r.yaml`, REGISTER);
    fs.write(`${skipped}/.techlead/guidelines/g.md`, GUIDELINE);
  }
  return fs;
}

function indexOf(fs: CountingFileSystem, maxFileSize?: number): FolderIndex {
  return new FolderIndex({ fs, providers: KIND_PROVIDERS, clock: fixedClock('2026-01-15'), logger: silentLogger, ...(maxFileSize ? { settings: { maxFileSize } } : {}) });
}

const SKIPPED = /(^|\/)(node_modules|\.git|dist|build|out)(\/|$)/;

describe('FolderIndex at scale', () => {
  it('never lists or reads inside node_modules, .git or build output', async () => {
    const fs = repo();
    const index = indexOf(fs);
    await index.build();
    assert.deepEqual(fs.listed.filter((p) => SKIPPED.test(p)), []);
    assert.deepEqual(fs.reads.filter((p) => SKIPPED.test(p)), []);
    assert.equal(index.documents('decision').length, 30);
  });

  it('re-reads only the changed file after an edit, and none when the editor gives the text', async () => {
    const fs = repo();
    const index = indexOf(fs);
    await index.build();
    fs.reads.length = 0;
    fs.listed.length = 0;
    fs.write('docs/adr/0007-record-7.md', RECORD(7).replace('Accepted', 'Deprecated'));
    await index.update('docs/adr/0007-record-7.md');
    assert.deepEqual(fs.reads, ['docs/adr/0007-record-7.md']);
    await index.update('docs/risks/a.yaml', REGISTER.replace('likelihood: 2', 'likelihood: 4'));
    assert.deepEqual(fs.reads, ['docs/adr/0007-record-7.md']);
    assert.deepEqual(fs.listed, [], 'no folder is listed again');
  });

  it('stops a build when cancelled, keeping the previous state', async () => {
    const fs = repo(200);
    const index = indexOf(fs);
    await index.build();
    // Cancelled after the first few checks: in discovery or between batches of reads.
    let checks = 0;
    const signal = {
      get isCancellationRequested() {
        return ++checks > 5;
      },
    };
    const building = index.build(signal);
    await assert.rejects(building, CancelledError);
    assert.equal(index.documents('decision').length, 200);
  });

  it('reads nothing in a folder without records, registers or guidelines', async () => {
    const fs = new CountingFileSystem({ 'src/index.ts': 'export {};\n', 'README.md': '# App\n', 'node_modules/x/docs/adr/0001-a.md': RECORD(1) });
    const index = indexOf(fs);
    await index.build();
    assert.deepEqual(fs.reads.filter((p) => p !== '.techlead.yaml'), []);
    assert.deepEqual(index.lint(), []);
  });

  it('lints in slices with the same result as one full lint', async () => {
    const fs = repo(120);
    fs.write('docs/adr/0121-broken.md', RECORD(121).replace('Accepted', 'Superseded by [ADR-500](0500-missing.md)'));
    fs.write('.adr-dir', 'doc/missing\n');
    const index = indexOf(fs);
    await index.build();
    const full = index.lint();
    assert.ok(full.some((f) => f.rule === 'adr/broken-link') && full.some((f) => f.file === '.adr-dir'), 'document and discovery findings');
    assert.deepEqual(await index.lintInSlices(), full);
  });

  it('builds the catalogs a slice at a time before a full lint, and they stay right when a record changes meanwhile', async () => {
    const fs = repo(40);
    // Record 41 says it supersedes 5, and 5 does not say so back: a cross-file finding.
    fs.write('docs/adr/0041-record-41.md', RECORD(41).replace('Accepted', 'Supersedes [ADR-5](0005-record-5.md)'));
    // A copy of the ADR catalog under its own name (so that nothing else builds it): while it
    // takes in record 10, record 5 changes. Record 5 is already in the half-built catalog
    // as it was; kept, the catalog would hold a record the index no longer has.
    let index: FolderIndex | undefined;
    let changed = false;
    const copy: CatalogKey<AdrCatalog> = {
      ...ADR_CATALOG,
      name: 'test/adr-catalog-copy',
      update(value, change, view) {
        if (!changed && change.after?.path === 'docs/adr/0010-record-10.md') {
          changed = true;
          // Given the text, update runs to the end before it returns: the change lands now.
          void index!.update('docs/adr/0005-record-5.md', SUPERSEDED_5);
        }
        return ADR_CATALOG.update!(value, change, view);
      },
    };
    const providers = KIND_PROVIDERS.map((p) => (p.kind === 'decision' ? { ...p, catalogs: [...(p.catalogs ?? []), copy as CatalogKey<unknown>] } : p));
    index = new FolderIndex({ fs, providers, clock: fixedClock('2026-01-15'), logger: silentLogger });
    await index.build();
    await index.lintInSlices();
    assert.ok(changed, 'record 5 changed while the catalog was built');
    assert.equal(index.catalog(copy).byPath('docs/adr/0005-record-5.md'), index.get('docs/adr/0005-record-5.md'), 'the catalog holds record 5 as it is now');

    const fresh = indexOf(fs);
    fs.write('docs/adr/0005-record-5.md', SUPERSEDED_5);
    await fresh.build();
    assert.deepEqual(fresh.lint().filter((f) => f.rule === 'adr/missing-reciprocal-link'), [], 'with 5 changed, no link is one-sided');
    assert.deepEqual(await index.lintInSlices(), fresh.lint(), 'the findings match a fresh build after the change');
  });

  it('reports a file over the size limit instead of parsing it', async () => {
    const fs = repo(3);
    fs.write('docs/adr/0004-huge.md', RECORD(4) + 'x'.repeat(5000));
    const index = indexOf(fs, 4096);
    await index.build();
    assert.ok(!fs.reads.includes('docs/adr/0004-huge.md'), 'the large file is not read');
    assert.deepEqual(index.lint(['docs/adr/0004-huge.md']).map((f) => f.rule), ['index/file-too-large']);
  });
});

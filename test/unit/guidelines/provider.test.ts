import * as assert from 'node:assert/strict';
import { fixedClock, silentLogger } from '../../../src/core/host';
import { FolderIndex } from '../../../src/core/index/folderIndex';
import { guidelineProvider, type GuidelineDiscovery } from '../../../src/core/guidelines/provider';
import type { Guideline } from '../../../src/core/guidelines/model';
import { MemoryFileSystem } from '../support/memoryFileSystem';

const guideline = (id: string, applies = '["src/**"]') => `---\nid: ${id}\ntitle: Title of ${id}\napplies-to: ${applies}\n---\n- [ ] Check something\n`;

function indexOf(files: Record<string, string>, settings = {}): { index: FolderIndex; fs: MemoryFileSystem } {
  const fs = new MemoryFileSystem(files);
  const index = new FolderIndex({ fs, providers: [guidelineProvider], clock: fixedClock('2026-11-21'), logger: silentLogger, settings });
  return { index, fs };
}

describe('guideline provider through the folder index', () => {
  it('finds guidelines in nested folders, configured folders and Copilot instructions', async () => {
    const { index } = indexOf({
      '.techlead/guidelines/security/sec-001.md': guideline('SEC-001'),
      '.techlead/guidelines/perf.md': guideline('PERF-001'),
      '.techlead/guidelines/build/ci.md': guideline('BUILD-001'),
      '.techlead/guidelines/node_modules/x/README2.md': guideline('NM-001'),
      '.techlead/guidelines/README.md': '# About these guidelines\n',
      '.techlead/guidelines/notes.txt': 'not markdown',
      'review/extra.md': guideline('EXTRA-1'),
      '.github/instructions/react.instructions.md': '---\napplyTo: "**/*.tsx"\n---\n- Hooks at the top\n',
      '.github/instructions/notes.md': 'not an instructions file',
      '.techlead.yaml': 'guidelines:\n  directories: [review]\n',
      'src/index.ts': 'export {}',
    });
    await index.build();
    const docs = index.documents('guideline');
    assert.deepEqual(docs.map((d) => d.path), [
      '.github/instructions/react.instructions.md',
      '.techlead/guidelines/build/ci.md',
      '.techlead/guidelines/perf.md',
      '.techlead/guidelines/security/sec-001.md',
      'review/extra.md',
    ]);
    assert.deepEqual(docs.map((d) => d.id), ['react', 'BUILD-001', 'PERF-001', 'SEC-001', 'EXTRA-1']);
    const discovery = index.discovery<GuidelineDiscovery>('guideline')!;
    assert.equal(discovery.defaultDirectory, 'review');
    assert.ok(discovery.occupiedPaths.has('.techlead/guidelines/README.md'));
    assert.ok(discovery.claims('.techlead/guidelines/new/x.md'));
    assert.ok(discovery.claims('.github/instructions/new.instructions.md'));
    assert.ok(!discovery.claims('src/guidelines/x.md'));
    assert.ok(!discovery.claims('.techlead/guidelines/README.md'));
  });

  it('updates one file at a time and forgets deleted ones', async () => {
    const { index, fs } = indexOf({ '.techlead/guidelines/a.md': guideline('A-1') });
    await index.build();
    fs.write('.techlead/guidelines/b.md', guideline('B-1'));
    await index.update('.techlead/guidelines/b.md');
    assert.deepEqual(index.documents('guideline').map((d) => d.id), ['A-1', 'B-1']);
    fs.write('.techlead/guidelines/a.md', guideline('A-2'));
    await index.update('.techlead/guidelines/a.md');
    assert.deepEqual(index.documents('guideline').map((d) => d.id), ['A-2', 'B-1']);
    fs.remove('.techlead/guidelines/b.md');
    await index.update('.techlead/guidelines/b.md');
    assert.deepEqual(index.documents('guideline').map((d) => d.id), ['A-2']);
  });

  it('lints through the index: duplicate ids across folders, front matter, empty checklists', async () => {
    const { index } = indexOf({
      '.techlead/guidelines/a.md': guideline('SEC-001'),
      '.techlead/guidelines/nested/b.md': guideline('sec-001'),
      '.techlead/guidelines/c.md': '---\nid: C-1\ntitle: C\napplies-to: ["src/**"]\nseverty: info\n---\nNo items here.\n',
    });
    await index.build();
    const findings = index.lint().map((f) => `${f.file}:${f.range.start.line + 1} ${f.rule}`);
    assert.deepEqual(findings, [
      '.techlead/guidelines/a.md:2 guideline/duplicate-id',
      '.techlead/guidelines/c.md:5 guideline/front-matter',
      '.techlead/guidelines/c.md:7 guideline/empty-checklist',
      '.techlead/guidelines/nested/b.md:2 guideline/duplicate-id',
    ]);
  });

  it('turns an unreadable file into a finding on a guideline document', async () => {
    const { index } = indexOf({ '.techlead/guidelines/huge.md': guideline('H-1') }, { maxFileSize: 10 });
    await index.build();
    const [doc] = index.documents('guideline') as readonly Guideline[];
    assert.equal(doc!.problems[0]!.rule, 'index/file-too-large');
    assert.deepEqual(index.lint().map((f) => f.rule), ['index/file-too-large']);
  });

  it('stays silent about unmatched globs until the repository file list is given', async () => {
    const { index } = indexOf({
      '.techlead/guidelines/a.md': guideline('A-1', '["src/api/**", "src/legacy/**", "!src/api/gen/**"]'),
      'src/api/users.ts': '',
    });
    await index.build();
    assert.deepEqual(index.lint().map((f) => f.rule), []);
    index.setRepoFiles(['src/api/users.ts', 'README.md']);
    const findings = index.lint();
    assert.deepEqual(findings.map((f) => [f.rule, f.message]), [
      ['guideline/unmatched-glob', '"src/legacy/**" matches no file in the repository: check the path, or remove the pattern.'],
      ['guideline/unmatched-glob', '"!src/api/gen/**" excludes nothing: no file in the repository matches it.'],
    ]);
    index.setRepoFiles(['src/api/users.ts', 'src/legacy/old.ts', 'src/api/gen/client.ts']);
    assert.deepEqual(index.lint().map((f) => f.rule), []);
  });

  it('honours techlead-disable comments and severity overrides', async () => {
    const { index } = indexOf({
      '.techlead/guidelines/a.md': '---\nid: A-1\ntitle: A\napplies-to: ["src/**"]\n---\n<!-- techlead-disable guideline/empty-checklist -->\n',
      '.techlead/guidelines/b.md': '---\nid: B-1\ntitle: B\napplies-to: ["./src/**"]\n---\n- [ ] x\n',
      '.techlead.yaml': 'rules:\n  guideline/invalid-glob: warning\n',
    });
    await index.build();
    assert.deepEqual(index.lint().map((f) => [f.file, f.rule, f.severity]), [['.techlead/guidelines/b.md', 'guideline/invalid-glob', 'warning']]);
  });
});

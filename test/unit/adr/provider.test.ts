import * as assert from 'node:assert/strict';
import type { AdrDiscovery } from '../../../src/core/adr/discovery';
import type { DecisionRecord } from '../../../src/core/adr/model';
import { adrProvider } from '../../../src/core/adr/provider';
import type { IndexChange } from '../../../src/core/index/folderIndex';
import { MemoryFileSystem } from '../support/memoryFileSystem';
import { buildIndex } from './adrTestSupport';

const nygard = (n: number, title: string, status: string, extra = '') =>
  `# ${n}. ${title}\n\nDate: 2024-01-0${n}\n\n## Status\n\n${status}\n${extra}\n## Context\n\nc\n\n## Decision\n\nd\n\n## Consequences\n\ne\n`;

describe('adrProvider through FolderIndex', () => {
  it('builds, updates one file, deletes, and finds a new folder', async () => {
    const fs = new MemoryFileSystem({
      'docs/adr/0001-first.md': nygard(1, 'First', 'Accepted'),
      'docs/adr/0002-second.md': nygard(2, 'Second', 'Accepted', '\nSupersedes [1. First](0001-first.md)\n'),
    });
    const index = await buildIndex(fs);
    const changes: IndexChange[] = [];
    index.onDidChange((c) => changes.push(c));
    assert.deepEqual(index.documents('decision').map((d) => d.path), ['docs/adr/0001-first.md', 'docs/adr/0002-second.md']);
    assert.deepEqual(index.lint().map((f) => [f.rule, f.file]), [['adr/missing-reciprocal-link', 'docs/adr/0002-second.md']]);

    // One file changes: only it is re-read, and the cross-file finding follows.
    fs.write('docs/adr/0001-first.md', nygard(1, 'First', 'Superseded by [2. Second](0002-second.md)'));
    await index.update('docs/adr/0001-first.md');
    const { affected, ...change } = changes.at(-1)!;
    assert.deepEqual(change, { kinds: new Set(['decision']), paths: ['docs/adr/0001-first.md'], rebuilt: false });
    // The record that links to it is linted again with it (its reciprocal-link finding goes).
    assert.deepEqual([...affected].sort(), ['docs/adr/0001-first.md', 'docs/adr/0002-second.md']);
    assert.equal((index.get('docs/adr/0001-first.md') as DecisionRecord).status?.value, 'superseded');
    assert.deepEqual(index.lint(), []);

    // A new record in a known folder is claimed without a rediscovery.
    fs.write('docs/adr/0003-third.md', nygard(3, 'Third', 'Accepted'));
    await index.update('docs/adr/0003-third.md');
    assert.equal(changes.at(-1)?.rebuilt, false);
    assert.equal((index.get('docs/adr/0003-third.md') as DecisionRecord).number?.value, 3);

    // Deleting the successor leaves a broken link behind.
    fs.remove('docs/adr/0002-second.md');
    index.delete('docs/adr/0002-second.md');
    assert.equal(index.get('docs/adr/0002-second.md'), undefined);
    assert.deepEqual(index.lint().map((f) => [f.rule, f.file]), [['adr/broken-link', 'docs/adr/0001-first.md']]);

    // A new folder of records is discovered when its files appear.
    fs.write('services/billing/decisions/0001-use-stripe.md', nygard(1, 'Use Stripe', 'Accepted'));
    await index.update('services/billing/decisions/0001-use-stripe.md');
    assert.equal(changes.at(-1)?.rebuilt, true);
    fs.write('services/billing/decisions/0002-retry-webhooks.md', nygard(2, 'Retry webhooks', 'Accepted'));
    await index.update('services/billing/decisions/0002-retry-webhooks.md');
    const discovery = index.discovery<AdrDiscovery>('decision')!;
    assert.deepEqual(discovery.directories.map((d) => d.path), ['docs/adr', 'services/billing/decisions']);
    assert.ok(index.get('services/billing/decisions/0001-use-stripe.md'));
    // The same number in two folders is no duplicate.
    assert.deepEqual(index.lint().filter((f) => f.rule === 'adr/duplicate-number'), []);
  });

  it('keeps an unreadable file in the index with its problem, and no rule noise', () => {
    const record = adrProvider.unparsed('docs/adr/0009-huge.md', { rule: 'index/file-too-large', severity: 'error', message: 'too large', file: 'docs/adr/0009-huge.md', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
    assert.equal(record.kind, 'decision');
    assert.deepEqual(record.problems.map((p) => p.rule), ['index/file-too-large']);
    assert.ok(adrProvider.rules.every((r) => record.disabledRules.has(r.id)));
    assert.equal(record.disabledRules.has('index/file-too-large'), false);
  });

  it('honours techlead-disable comments and severity overrides for ADR rules', async () => {
    const fs = new MemoryFileSystem({
      'docs/adr/0001-a.md': '# 1. A\n\n## Context\n\nc\n\n## Decision\n\nd\n\n## Consequences\n\ne\n<!-- techlead-disable adr/missing-status -->\n',
      'docs/adr/0002-b.md': '# 2. B\n\n## Context\n\nc\n\n## Decision\n\nd\n\n## Consequences\n\ne\n',
    });
    const index = await buildIndex(fs);
    assert.deepEqual(index.lint().map((f) => [f.rule, f.file, f.severity]), [['adr/missing-status', 'docs/adr/0002-b.md', 'warning']]);
    index.setSettings({ rules: { 'adr/missing-status': 'error' } });
    assert.equal(index.lint()[0]!.severity, 'error');
  });
});

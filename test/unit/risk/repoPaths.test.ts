import * as assert from 'node:assert/strict';
import { repoFileReaders } from '../../../src/core/index/repoFileReaders';
import { existsInRepo, repoPathOf } from '../../../src/core/risk/repoPaths';
import { buildIndex } from './helpers';

describe('paths in a risk\'s related list', () => {
  it('reads the repository path an entry names', () => {
    assert.equal(repoPathOf('src/payments/'), 'src/payments');
    assert.equal(repoPathOf('./docs/runbook.md#failover'), 'docs/runbook.md');
    assert.equal(repoPathOf('src/a.ts:42:7'), 'src/a.ts');
    assert.equal(repoPathOf('docs/a.md?plain=1'), 'docs/a.md');
    for (const unreadable of ['https://example.com/a', 'mailto:a@b.c', '/etc/hosts', '~/notes.md', 'src/**/*.ts', 'docs/{a,b}.md', '../elsewhere/a.md', 'src/../../a', './', '.']) {
      assert.equal(repoPathOf(unreadable), undefined, unreadable);
    }
  });

  it('finds files and folders in a sorted list, and nothing by a name prefix', () => {
    const files = ['a.md', 'src/pay-later/x.ts', 'src/pay/a.ts', 'src/pay/b/c.ts', 'src/payz.ts'];
    for (const there of ['a.md', 'src/pay', 'src/pay/b', 'src/pay/b/c.ts', 'src', 'src/payz.ts']) assert.equal(existsInRepo(there, files), true, there);
    for (const missing of ['b.md', 'src/pa', 'src/pay/b/c', 'src/pay/a', 'src/payz', 'zzz']) assert.equal(existsInRepo(missing, files), false, missing);
    assert.equal(existsInRepo('a', []), false);
  });

  it('makes a register one of the documents that read the file list only while it names a path', async () => {
    const register = (related: string) => `risks:\n  - id: RISK-001\n    title: T\n    related: [${related}]\n`;
    const index = await buildIndex({ 'docs/risks/a.yaml': register('ADR-0001, src/a.ts'), 'docs/risks/b.yaml': register('RISK-001') }, undefined, false);
    assert.deepEqual(repoFileReaders(index), ['docs/risks/a.yaml']);
    await index.update('docs/risks/a.yaml', register('RISK-001'));
    assert.deepEqual(repoFileReaders(index), []);
  });
});

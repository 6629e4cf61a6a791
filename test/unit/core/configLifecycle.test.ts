import * as assert from 'node:assert/strict';
import { fixedClock, silentLogger } from '../../../src/core/host';
import { FolderIndex } from '../../../src/core/index/folderIndex';
import { KIND_PROVIDERS } from '../../../src/core/kinds';
import { MemoryFileSystem } from '../support/memoryFileSystem';

describe('.techlead.yaml lifecycle in the index', () => {
  it('drops the repository settings when the config file is deleted', async () => {
    const fs = new MemoryFileSystem({
      '.techlead.yaml': 'adr:\n  directories: [records]\n',
      'records/0001-first.md': '# 1. First\n\nDate: 2026-01-01\n\n## Status\n\nAccepted\n',
    });
    const index = new FolderIndex({ fs, providers: KIND_PROVIDERS, clock: fixedClock('2026-11-21'), logger: silentLogger });
    await index.build();
    assert.deepEqual(index.config.adrDirectories, ['records']);
    fs.remove('.techlead.yaml');
    await index.delete('.techlead.yaml');
    assert.deepEqual(index.config.adrDirectories, []);
    assert.equal(index.configDocument, undefined);
  });

  it('reads the config file under the size limit and reports one over it (issue 16)', async () => {
    const rules = Array.from({ length: 2000 }, (_, i) => `  rule-${i}: off\n`).join('');
    const fs = new MemoryFileSystem({ '.techlead.yaml': `adr:\n  directories: [records]\nrules:\n${rules}` });
    const index = new FolderIndex({ fs, providers: KIND_PROVIDERS, clock: fixedClock('2026-11-21'), logger: silentLogger, settings: { maxFileSize: 10_000 } });
    await index.build();
    assert.deepEqual(index.configDocument?.problems.map((p) => p.rule), ['index/file-too-large']);
    assert.deepEqual(index.config.adrDirectories, [], 'a file that was not read sets nothing');
  });
});

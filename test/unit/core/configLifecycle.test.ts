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
});

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NodeFolderFileSystem } from '../../../src/node/nodeFileSystem';
import { FileNotFoundError, fixedClock, silentLogger } from '../../../src/core/host';
import { FolderIndex } from '../../../src/core/index/folderIndex';
import { KIND_PROVIDERS } from '../../../src/core/kinds';

describe('NodeFolderFileSystem', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'techlead-nodefs-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const write = (rel: string, data: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), data);
  };

  describe('readTextWithin', () => {
    it('reads a file at or under the limit as UTF-8, dropping a byte-order mark', async () => {
      write('a.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# Café ✓\n')]));
      const size = fs.statSync(path.join(root, 'a.md')).size;
      assert.equal(await new NodeFolderFileSystem(root).readTextWithin('a.md', size), '# Café ✓\n');
    });

    it('refuses bytes that are not UTF-8 rather than decoding them as U+FFFD, as readText does', async () => {
      write('bad.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a'), Buffer.from([0xff, 0xc3]), Buffer.from('b\n')]));
      const nodeFs = new NodeFolderFileSystem(root);
      await assert.rejects(nodeFs.readTextWithin('bad.md', 100), { name: 'NotUtf8Error', message: 'This file is not UTF-8 text; the toolkit reads UTF-8 only, so it was not read.' });
      await assert.rejects(nodeFs.readText('bad.md'), { name: 'NotUtf8Error' });
    });

    it('reads an empty file', async () => {
      write('empty.md', '');
      assert.equal(await new NodeFolderFileSystem(root).readTextWithin('empty.md', 10), '');
    });

    it('gives the size of a file over the limit and reads nothing', async () => {
      write('big.md', 'x'.repeat(101));
      assert.deepEqual(await new NodeFolderFileSystem(root).readTextWithin('big.md', 100), { size: 101 });
    });

    it('reads files longer than its read buffer whole, a character split across the buffer\'s end included', async () => {
      const nodeFs = new NodeFolderFileSystem(root);
      // 'é' is two bytes: put one across the 64 KB mark, and make files of exactly 64 KB and more.
      const split = `${'a'.repeat(64 * 1024 - 1)}é${'b'.repeat(10)}\n`;
      write('split.md', split);
      assert.equal(await nodeFs.readTextWithin('split.md', 1024 * 1024), split);
      const exact = 'c'.repeat(64 * 1024);
      write('exact.md', exact);
      assert.equal(await nodeFs.readTextWithin('exact.md', 64 * 1024), exact);
      assert.deepEqual(await nodeFs.readTextWithin('exact.md', 64 * 1024 - 1), { size: 64 * 1024 });
      write('large.md', 'd'.repeat(200_000));
      assert.deepEqual(await nodeFs.readTextWithin('large.md', 100_000), { size: 200_000 });
      assert.equal(await nodeFs.readTextWithin('large.md', 200_000), 'd'.repeat(200_000));
      // A short file after a long one: nothing of the long one is left in what is read.
      write('short.md', 'short\n');
      assert.equal(await nodeFs.readTextWithin('short.md', 100), 'short\n');
    });

    it('rejects a missing file with FileNotFoundError', async () => {
      await assert.rejects(new NodeFolderFileSystem(root).readTextWithin('nope.md', 100), FileNotFoundError);
    });
  });

  it('lets the index report a file over techlead.maxFileSize without a separate stat', async () => {
    write('docs/adr/0001-small.md', '# 1. Small\n\nDate: 2025-01-01\n\n## Status\n\nAccepted\n');
    write('docs/adr/0002-huge.md', `# 2. Huge\n\n${'x'.repeat(5000)}\n`);
    const nodeFs = new NodeFolderFileSystem(root);
    const stats: string[] = [];
    const host = Object.assign(Object.create(nodeFs) as NodeFolderFileSystem, {
      stat: (p: string) => {
        stats.push(p);
        return nodeFs.stat(p);
      },
    });
    const index = new FolderIndex({ fs: host, providers: KIND_PROVIDERS, clock: fixedClock('2026-01-15'), logger: silentLogger, settings: { maxFileSize: 4096 } });
    await index.build();
    assert.deepEqual(index.lint(['docs/adr/0002-huge.md']).map((f) => f.rule), ['index/file-too-large']);
    assert.equal(index.documents('decision').length, 2);
    assert.ok(!stats.some((p) => p.endsWith('.md')), `no record was stat'ed: ${stats.join(', ')}`);
  });
});

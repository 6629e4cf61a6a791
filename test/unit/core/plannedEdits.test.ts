import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ChangeSet } from '../../../src/core/adr/write/changeSet';
import { fixedClock, silentLogger } from '../../../src/core/host';
import { FolderIndex } from '../../../src/core/index/folderIndex';
import { KIND_PROVIDERS } from '../../../src/core/kinds';
import { editOf, type EditChange, type Fix } from '../../../src/core/model/findings';
import { mergeFixes } from '../../../src/core/model/mergeFixes';
import { NodeFolderFileSystem } from '../../../src/node/nodeFileSystem';
import { repoRoot } from '../adr/adrTestSupport';

/**
 * Every planned edit carries the text its offsets refer to (`plannedFrom`), so a front end
 * can refuse it once the file holds anything else, even after the index has re-read it.
 */
describe('edits carry the text they were planned from', () => {
  const FOLDERS = ['test/fixtures/adr/workspace', 'test/fixtures/guidelines/repo', 'examples/acme-payments'];

  it('every fix the rules offer on the fixture folders carries its document\'s indexed text', async () => {
    const rulesWithFixes = new Set<string>();
    for (const folder of FOLDERS) {
      const index = new FolderIndex({ fs: new NodeFolderFileSystem(path.join(repoRoot(), folder)), providers: KIND_PROVIDERS, clock: fixedClock('2026-11-21'), logger: silentLogger });
      await index.build();
      for (const finding of index.lint()) {
        for (const change of (finding.fixes ?? []).flatMap((f) => f.changes)) {
          if (change.type !== 'edit') continue;
          assert.equal(change.plannedFrom, index.get(change.path)?.text, `${finding.rule} on ${folder}/${finding.file}: a fix of ${change.path}`);
          rulesWithFixes.add(finding.rule);
        }
      }
    }
    assert.ok(rulesWithFixes.size >= 5, `fixes of several rules were checked: ${[...rulesWithFixes].join(', ')}`);
  });

  describe('mergeFixes', () => {
    const TEXT = 'alpha beta gamma\n';
    const fixOf = (change: EditChange): Fix => ({ title: 't', changes: [change] });
    const at = (text: string, word: string, newText: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length, newText });

    it('merges fixes of one file planned from the same text into one edit carrying that text', () => {
      const file = { path: 'a.md', text: TEXT };
      const { changes, applied, skipped } = mergeFixes([fixOf(editOf(file, [at(TEXT, 'alpha', 'A')])), fixOf(editOf(file, [at(TEXT, 'gamma', 'G')]))]);
      assert.equal(applied.length, 2);
      assert.deepEqual(skipped, []);
      assert.deepEqual(changes, [{ type: 'edit', path: 'a.md', plannedFrom: TEXT, edits: [at(TEXT, 'alpha', 'A'), at(TEXT, 'gamma', 'G')] }]);
    });

    it('leaves out a fix planned from another text of the same file, for the next round', () => {
      const later = `# a line typed since\n${TEXT}`;
      const first = fixOf(editOf({ path: 'a.md', text: TEXT }, [at(TEXT, 'alpha', 'A')]));
      const second = fixOf(editOf({ path: 'a.md', text: later }, [at(later, 'gamma', 'G')]));
      const { changes, applied, skipped } = mergeFixes([first, second]);
      assert.deepEqual(applied, [first]);
      assert.deepEqual(skipped, [second]);
      assert.deepEqual(changes, [first.changes[0]]);
    });
  });

  describe('ChangeSet', () => {
    it('makes one edit per file, carrying the text its edits were planned from', () => {
      const record = { path: 'docs/adr/0001-a.md', text: '# 1. A\n\nProposed\n' };
      const changes = new ChangeSet().edit(record, [{ start: 0, end: 1, newText: '#' }]).edit(record, [{ start: 8, end: 16, newText: 'Accepted' }]).toChanges();
      assert.deepEqual(changes, [{ type: 'edit', path: record.path, plannedFrom: record.text, edits: [{ start: 0, end: 1, newText: '#' }, { start: 8, end: 16, newText: 'Accepted' }] }]);
    });

    it('refuses edits of one file planned from two different texts', () => {
      const changes = new ChangeSet().edit({ path: 'a.md', text: 'one\n' }, [{ start: 0, end: 3, newText: '1' }]);
      assert.throws(() => changes.edit({ path: 'a.md', text: 'zero\none\n' }, [{ start: 0, end: 4, newText: '0' }]), /a\.md: edits planned from two different texts/);
    });
  });
});

import * as assert from 'node:assert/strict';
import { parseDecisionRecord } from '../../../src/core/adr/parser';
import { appliesToEdits } from '../../../src/core/adr/write/appliesToEdits';
import { applyTextEdits } from '../../../src/core/model/text';

/** Writes applies-to into a record and reads it back. */
function written(path: string, text: string, globs: readonly string[]): { text: string; globs: string[] } {
  const record = parseDecisionRecord(path, text);
  const out = applyTextEdits(text, appliesToEdits(record, globs));
  return { text: out, globs: parseDecisionRecord(path, out).appliesTo.map((g) => g.text) };
}

describe('appliesToEdits (New Decision for Selection)', () => {
  it('adds a front-matter list to a record with front matter, quoting each glob', () => {
    const r = written('docs/adr/0004-x.md', '---\nstatus: proposed\ndate: 2026-12-01\n---\n# X\n', ['src/payments/**', 'src/ledger/journal.ts']);
    assert.equal(r.text, '---\nstatus: proposed\ndate: 2026-12-01\napplies-to:\n  - "src/payments/**"\n  - "src/ledger/journal.ts"\n---\n# X\n');
    assert.deepEqual(r.globs, ['src/payments/**', 'src/ledger/journal.ts']);
  });

  it('adds an Applies to line after the date of an adr-tools record, and a bullet among MADR 2 bullets', () => {
    const nygard = written('doc/adr/0002-x.md', '# 2. X\n\nDate: 2026-12-01\n\n## Status\n\nProposed\n', ['src/api/**']);
    assert.equal(nygard.text, '# 2. X\n\nDate: 2026-12-01\nApplies to: src/api/**\n\n## Status\n\nProposed\n');
    assert.deepEqual(nygard.globs, ['src/api/**']);
    const madr = written('docs/adr/0003-x.md', '# X\n\n* Status: proposed\n* Date: 2026-12-01\n\n## Context\n', ['src/a/**', 'b.ts']);
    assert.equal(madr.text, '# X\n\n* Status: proposed\n* Date: 2026-12-01\n* Applies to: src/a/**, b.ts\n\n## Context\n');
    assert.deepEqual(madr.globs, ['src/a/**', 'b.ts']);
  });

  it('leaves a record that already names its code as it is', () => {
    const text = '---\napplies-to: src/**\n---\n# X\n';
    assert.deepEqual(appliesToEdits(parseDecisionRecord('docs/adr/0001-x.md', text), ['lib/**']), []);
  });
});

import * as assert from 'node:assert/strict';
import { splitGlobList } from '../../../src/core/adr/appliesTo';
import { parseDecisionRecord } from '../../../src/core/adr/parser';
import { scanRecordMentions } from '../../../src/core/adr/mentionScan';
import { governanceOf } from '../../../src/core/governance/governance';
import { governanceSummary, governedByLine } from '../../../src/core/governance/governanceText';
import { GOVERNED_REPO, governedIndex } from './governedRepo';

describe('applies-to in decision records', () => {
  it('reads a front-matter list, each glob where it is written', () => {
    const text = GOVERNED_REPO['docs/adr/0007-use-postgresql.md']!;
    const r = parseDecisionRecord('docs/adr/0007-use-postgresql.md', text);
    assert.deepEqual(r.appliesTo.map((g) => g.text), ['src/db/**', '!src/db/legacy/']);
    assert.deepEqual(r.appliesTo.map((g) => text.slice(g.start, g.end)), ['src/db/**', '!src/db/legacy/']);
    assert.equal(r.appliesTo[1]!.range.start.line, 5);
  });

  it('reads a metadata line, a string value and the key spellings people use', () => {
    const line = parseDecisionRecord('docs/adr/0008-x.md', GOVERNED_REPO['docs/adr/0008-ledger-events.md']!);
    assert.deepEqual(line.appliesTo.map((g) => g.text), ['src/ledger/**', 'src/db/outbox.ts']);
    for (const key of ['applies_to', 'appliesTo', 'Applies-To']) {
      const r = parseDecisionRecord('docs/adr/0009-x.md', `---\n${key}: "src/{a,b}/**, lib/"\n---\n# X\n`);
      assert.deepEqual(r.appliesTo.map((g) => g.text), ['src/{a,b}/**', 'lib/'], key);
    }
    assert.deepEqual(parseDecisionRecord('docs/adr/0010-x.md', '# X\n\n* Status: accepted\n* Applies to: api/**\n').appliesTo.map((g) => g.text), ['api/**']);
    assert.deepEqual(parseDecisionRecord('docs/adr/0011-x.md', '# X\n\nStatus: accepted\n').appliesTo, []);
  });

  it('cuts a line of globs at commas outside braces and brackets', () => {
    assert.deepEqual(splitGlobList('a/**, `b/{c,d}.ts`; [ab],x ,,', 10), [
      { text: 'a/**', start: 10, end: 14 },
      { text: 'b/{c,d}.ts', start: 17, end: 27 },
      { text: '[ab]', start: 30, end: 34 },
      { text: 'x', start: 35, end: 36 },
    ]);
  });
});

describe('governanceOf', () => {
  it('lists the decisions whose applies-to selects a file and the open risks naming it', async () => {
    const index = await governedIndex();
    const g = governanceOf(index, 'src/db/pool.ts');
    assert.deepEqual(g.decisions.map((d) => [d.record.id, d.via, d.flag]), [['ADR-0007', ['applies-to'], undefined]]);
    assert.deepEqual(g.risks.map((r) => [r.risk.id, r.via]), [['RISK-004', ['src/db/']]]);
    assert.equal(governanceSummary(g), '1 decision · 1 risk');
    assert.equal(governedByLine(g), 'Governed by ADR-0007 Use PostgreSQL (accepted) · RISK-004 Card-processor outage (high, overdue)');
  });

  it('ties a file to the records its comments mention, superseded ones with their successor', async () => {
    const index = await governedIndex();
    const path = 'src/db/pool.ts';
    const g = governanceOf(index, path, scanRecordMentions(GOVERNED_REPO[path]!, 'typescript', path));
    assert.deepEqual(g.decisions.map((d) => [d.record.id, d.via, d.flag, d.successor?.id]), [
      ['ADR-0003', ['mention'], 'superseded', 'ADR-0007'],
      ['ADR-0007', ['applies-to'], undefined, undefined],
    ]);
    assert.match(governedByLine(g), /^Governed by ADR-0003 Use MySQL \(superseded by ADR-0007\) · ADR-0007/);
  });

  it('honours negated globs, flags proposed records and leaves other files alone', async () => {
    const index = await governedIndex();
    assert.deepEqual(governanceOf(index, 'src/db/legacy/old.ts').decisions, []);
    assert.deepEqual(governanceOf(index, 'src/db/outbox.ts').decisions.map((d) => [d.record.id, d.flag]), [['ADR-0007', undefined], ['ADR-0008', 'proposed']]);
    const none = governanceOf(index, 'src/ui/page.ts');
    assert.equal(none.decisions.length + none.risks.length, 0);
    assert.equal(governanceSummary(none), '');
  });
});

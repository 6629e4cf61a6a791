import * as assert from 'node:assert/strict';
import { buildAdrCatalog } from '../../../src/core/adr/catalog';
import { planAddLink } from '../../../src/core/adr/edits/linkEdits';
import { planRenumber } from '../../../src/core/adr/edits/renumber';
import type { AdrRelation, DecisionRecord } from '../../../src/core/adr/model';
import { parseDecisionRecord } from '../../../src/core/adr/parser';
import { applyTextEdits } from '../../../src/core/model/text';

const TARGET = parseDecisionRecord('docs/adr/0005-use-kafka.md', '# 5. Use Kafka\n\n## Status\n\nAccepted\n');

/** Adds a link, re-parses the result, and returns the new text and the re-read record. */
function addLink(path: string, text: string, relation: AdrRelation): { text: string; record: DecisionRecord } {
  const record = parseDecisionRecord(path, text);
  const out = applyTextEdits(record.text, planAddLink(record, relation, TARGET));
  return { text: out, record: parseDecisionRecord(path, out) };
}

describe('ADR edits', () => {
  describe('adding a relation link in the record\'s own format', () => {
    it('Nygard: a link line in the Status section, as adr-tools writes it', () => {
      const { text, record } = addLink('docs/adr/0001-a.md', '# 1. A\n\n## Status\n\nAccepted\n\n## Context\n\nx\n', 'amended-by');
      assert.equal(text, '# 1. A\n\n## Status\n\nAccepted\n\nAmended by [5. Use Kafka](0005-use-kafka.md)\n\n## Context\n\nx\n');
      assert.deepEqual(record.links.map((l) => [l.relation, l.target.path]), [['amended-by', 'docs/adr/0005-use-kafka.md']]);
    });

    it('Nygard: "superseded by" replaces the status word, keeping CRLF line endings', () => {
      const { text, record } = addLink('docs/adr/0001-a.md', '# 1. A\r\n\r\n## Status\r\n\r\nAccepted\r\n', 'superseded-by');
      assert.equal(text, '# 1. A\r\n\r\n## Status\r\n\r\nSuperseded by [5. Use Kafka](0005-use-kafka.md)\r\n');
      assert.equal(record.status?.value, 'superseded');
    });

    it('MADR 2 / log4brains: a bullet with the record\'s marker', () => {
      const { text, record } = addLink('docs/adr/20200101-a.md', '# A\n\n- Status: accepted\n- Date: 2020-01-01\n\n## Context and Problem Statement\n', 'supersedes');
      assert.equal(text, '# A\n\n- Status: accepted\n- Date: 2020-01-01\n- Supersedes [5. Use Kafka](0005-use-kafka.md)\n\n## Context and Problem Statement\n');
      assert.equal(record.links[0]?.relation, 'supersedes');
    });

    it('MADR 4: a front-matter key or status, every other byte kept', () => {
      const fm = '---\n# a comment that must survive\nstatus: accepted   # trailing comment\nsupersedes: ADR-0002\n---\n# A\n';
      const superseded = addLink('docs/adr/0001-a.md', fm, 'superseded-by');
      assert.equal(superseded.text, '---\n# a comment that must survive\nstatus: superseded by ADR-0005   # trailing comment\nsupersedes: ADR-0002\n---\n# A\n');
      assert.equal(superseded.record.status?.value, 'superseded');
      const supersedes = addLink('docs/adr/0001-a.md', fm, 'supersedes');
      assert.equal(supersedes.text, '---\n# a comment that must survive\nstatus: accepted   # trailing comment\nsupersedes: [ADR-0002, "ADR-0005"]\n---\n# A\n');
      assert.deepEqual(supersedes.record.links.map((l) => l.target.number), [2, 5]);
      const amends = addLink('docs/adr/0001-a.md', fm, 'amends');
      assert.equal(amends.text, '---\n# a comment that must survive\nstatus: accepted   # trailing comment\nsupersedes: ADR-0002\namends: "ADR-0005"\n---\n# A\n');
    });

    it('a metadata table: a new row', () => {
      const { text } = addLink('docs/adr/0001-a.md', '# A\n\n| Status | Accepted |\n|---|---|\n| Date | 2020-01-01 |\n\n## Context\n', 'amends');
      assert.equal(text, '# A\n\n| Status | Accepted |\n|---|---|\n| Date | 2020-01-01 |\n| Amends | [5. Use Kafka](0005-use-kafka.md) |\n\n## Context\n');
    });

    it('links across folders with a relative path', () => {
      const { record } = addLink('services/x/adr/0001-a.md', '# 1. A\n\n## Status\n\nAccepted\n', 'relates-to');
      assert.equal(record.links[0]?.target.href, '../../../docs/adr/0005-use-kafka.md');
      assert.equal(record.links[0]?.target.path, 'docs/adr/0005-use-kafka.md');
    });
  });

  it('renumbers a record: heading, file name with the same padding, and links to it from other records', () => {
    const dup = parseDecisionRecord('docs/adr/0003-b.md', '# 3. B\n\n## Status\n\nAccepted\n\nAmends [1. A](0001-a.md#status)\n');
    const first = parseDecisionRecord('docs/adr/0001-a.md', '# 1. A\n\n## Status\n\nAccepted\n\nAmended by [3. B](0003-b.md#status)\n');
    const changes = planRenumber(dup, 12, buildAdrCatalog([first, dup]));
    assert.deepEqual(changes, [
      { type: 'edit', path: 'docs/adr/0003-b.md', plannedFrom: dup.text, edits: [{ start: 2, end: 3, newText: '12' }] },
      { type: 'edit', path: 'docs/adr/0001-a.md', plannedFrom: first.text, edits: [{ start: first.text.indexOf('0003-b.md'), end: first.text.indexOf('0003-b.md#status') + '0003-b.md#status'.length, newText: '0012-b.md#status' }] },
      { type: 'rename', from: 'docs/adr/0003-b.md', to: 'docs/adr/0012-b.md' },
    ]);
  });

  it('keeps prefixes and unpadded numbers when renumbering', () => {
    const r = parseDecisionRecord('x/ADR-7-use-grpc.md', '# ADR-7: Use gRPC\n');
    assert.deepEqual(planRenumber(r, 10, buildAdrCatalog([r])).at(-1), { type: 'rename', from: 'x/ADR-7-use-grpc.md', to: 'x/ADR-10-use-grpc.md' });
  });
});

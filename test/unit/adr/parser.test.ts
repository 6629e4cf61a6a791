import * as assert from 'node:assert/strict';
import { contextSummaryOf } from '../../../src/core/adr/contextSummary';
import type { DecisionRecord } from '../../../src/core/adr/model';
import { parseDecisionRecord } from '../../../src/core/adr/parser';
import { normaliseStatus } from '../../../src/core/adr/status';

const parse = (text: string, path = 'docs/adr/0007-use-postgres.md'): DecisionRecord => parseDecisionRecord(path, text);
const at = (r: DecisionRecord, span: { start: number; end: number }) => r.text.slice(span.start, span.end);

describe('ADR parser', () => {
  describe('status words', () => {
    const cases: [string, string][] = [
      ['Accepted', 'accepted'],
      ['**Approved**', 'accepted'],
      ['implemented on 2021-03-04', 'accepted'],
      ['Done', 'accepted'],
      ['_Withdrawn_', 'rejected'],
      ['Pending', 'proposed'],
      ['Under review', 'proposed'],
      ['RFC', 'proposed'],
      ['Accepted (2020-01-02)', 'accepted'],
      ['DEPRECATED', 'deprecated'],
      ['Superceded by [2. X](0002-x.md)', 'superseded'],
      ['draft', 'draft'],
      ['on hold', 'other'],
    ];
    for (const [raw, want] of cases) it(`reads "${raw}" as ${want}`, () => assert.equal(normaliseStatus(raw), want));
  });

  it('reads a Nygard record: date line, Status section with link lines, sections and context', () => {
    const r = parse('# 7. Use Postgres\n\nDate: 2020-01-02\n\n## Status\n\nAccepted\n\nSuperceded by [9. Use Cockroach](0009-use-cockroach.md)\n\n## Context\n\nWe need a database.\nIt must be relational.\n\n## Decision\n\nPostgres.\n\n## Consequences\n\nNone.\n');
    assert.equal(r.format, 'nygard');
    assert.equal(r.template, 'nygard');
    assert.equal(r.number?.value, 7);
    assert.equal(r.heading?.number?.value, 7);
    assert.equal(at(r, r.heading!.number!), '7');
    assert.equal(r.title?.value, 'Use Postgres');
    assert.equal(r.status?.value, 'accepted');
    assert.equal(at(r, r.status!), 'Accepted');
    assert.equal(r.date?.value, '2020-01-02');
    assert.equal(r.date?.origin, 'line');
    assert.deepEqual(r.links.map((l) => [l.relation, l.phrase, l.target.path]), [['superseded-by', 'Superceded by', 'docs/adr/0009-use-cockroach.md']]);
    assert.equal(at(r, r.links[0]!.target), '[9. Use Cockroach](0009-use-cockroach.md)');
    assert.deepEqual(r.sections.map((s) => s.name), ['Status', 'Context', 'Decision', 'Consequences']);
    assert.equal(contextSummaryOf(r), 'We need a database. It must be relational.');
    assert.equal(r.metadata.style, 'status-section');
    assert.equal(at(r, r.metadata.linksBlock!), 'Superceded by [9. Use Cockroach](0009-use-cockroach.md)');
  });

  it('summarises the Context section for tooltips: prose only, three lines, 280 characters', () => {
    const summary = (context: string) => contextSummaryOf(parse(`# 1. X\n\n## Context and Problem Statement\n\n${context}\n## Decision\n\nY.\n`));
    assert.equal(summary('<!-- why -->\nFirst line.\n\n```\n# not a heading\ncode\n```\nSecond <!-- note --> line.\n<!--\nhidden\n-->\nThird.\nFourth.\n'), 'First line. Second  line. Third.');
    assert.equal(summary('Only this.\n### Details\nNot this.\n'), 'Only this.');
    assert.equal(summary('\n'), undefined);
    assert.equal(summary(`${'word '.repeat(100)}\n`)!.length, 280);
    assert.match(summary(`${'word '.repeat(100)}\n`)!, /word…$/);
    assert.equal(contextSummaryOf(parse('# 1. X\n\n## Decision\n\nY.\n')), undefined);
  });

  it('takes the status from a superseded-by line when adr-tools replaced the status word with it', () => {
    const r = parse('# 2. X\n\n## Status\n\nSuperseded by [3. Y](0003-y.md)\n');
    assert.equal(r.status?.value, 'superseded');
    assert.equal(r.links[0]?.relation, 'superseded-by');
  });

  it('reads MADR 2 bullets, including bold keys and lists of people', () => {
    const r = parse('# Use Postgres\n\n* Status: **accepted**\n* **Deciders:** Alice, Bob and Carol\n* Date: 2021-03-04\n\n## Context and Problem Statement\n\nWhich database?\n');
    assert.equal(r.format, 'madr2');
    assert.equal(r.template, 'madr');
    assert.equal(r.status?.value, 'accepted');
    assert.equal(r.status?.origin, 'bullet');
    assert.deepEqual(r.deciders?.value, ['Alice', 'Bob', 'Carol']);
    assert.equal(r.date?.value, '2021-03-04');
    assert.equal(r.metadata.style, 'bullets');
    assert.equal(r.metadata.bulletMarker, '*');
  });

  it('reads MADR 4 front matter with node ranges, and a superseded status with its target', () => {
    const text = '---\nparent: Decisions\nstatus: "superseded by ADR-0123"\ndate: 2024-05-06\ndecision-makers: [Alice, Bob]\nconsulted:\n  - Security\ninformed: Everyone\ntags: [db]\n---\n# Use Postgres\n';
    const r = parse(text);
    assert.equal(r.format, 'madr3');
    assert.equal(r.status?.value, 'superseded');
    assert.equal(r.status?.raw, 'superseded by ADR-0123');
    assert.equal(at(r, r.status!), 'superseded by ADR-0123');
    assert.deepEqual(r.links.map((l) => [l.relation, l.target.number]), [['superseded-by', 123]]);
    assert.deepEqual(r.deciders?.value, ['Alice', 'Bob']);
    assert.deepEqual(r.consulted?.value, ['Security']);
    assert.deepEqual(r.informed?.value, ['Everyone']);
    assert.deepEqual(r.tags?.value, ['db']);
    assert.equal(at(r, r.frontMatter!.entries['date']!.value), '2024-05-06');
    assert.equal(at(r, r.frontMatter!.entries['status']!.key), 'status');
    assert.equal(r.metadata.style, 'front-matter');
    assert.equal(r.metadata.insertAt, text.indexOf('---\n# Use'));
  });

  it('uses the front matter title when the body has none, and reads adr: as the number', () => {
    const r = parse('---\ntitle: Use Postgres\nadr: 12\nlayout: adr\n---\n\nSome text.\n', 'docs/decisions/use-postgres.md');
    assert.equal(r.title?.value, 'Use Postgres');
    assert.equal(r.title?.origin, 'front-matter');
    assert.equal(r.number?.value, 12);
    assert.equal(r.id, 'ADR-0012');
  });

  it('reads log4brains records: slug id, "-" bullets, tags and a linked superseded status', () => {
    const r = parse('# Use Lunr\n\n- Status: superseded by [20201103-use-x](20201103-use-x.md)\n- Date: 2020-11-03\n- Tags: search, web\n', 'docs/adr/20200901-use-lunr.md');
    assert.equal(r.format, 'log4brains');
    assert.equal(r.number, undefined);
    assert.equal(r.id, '20200901-use-lunr');
    assert.equal(r.status?.value, 'superseded');
    assert.equal(r.links[0]?.target.path, 'docs/adr/20201103-use-x.md');
    assert.deepEqual(r.tags?.value, ['search', 'web']);
  });

  it('reads metadata tables', () => {
    const r = parse('# X\n\n| Status | Accepted |\n|---|---|\n| Date | 2024-02-03 |\n| Superseded by | [ADR-9](0009-y.md) |\n');
    assert.equal(r.format, 'table');
    assert.equal(r.status?.value, 'accepted');
    assert.equal(at(r, r.status!), 'Accepted');
    assert.equal(r.date?.value, '2024-02-03');
    assert.equal(r.links[0]?.target.path, 'docs/adr/0009-y.md');
  });

  it('strips number prefixes from titles in the ways people write them', () => {
    const titles: [string, number | undefined, string][] = [
      ['# ADR-0007: Use Postgres', 7, 'Use Postgres'],
      ['# ADR 7 - Use Postgres', 7, 'Use Postgres'],
      ['# [ADR-007] Use Postgres', 7, 'Use Postgres'],
      ['# 0007 - Use Postgres', 7, 'Use Postgres'],
      ['# Architecture Decision Record: Use Postgres', undefined, 'Use Postgres'],
      ['# 3D rendering', undefined, '3D rendering'],
    ];
    for (const [line, number, title] of titles) {
      const r = parse(`${line}\n`);
      assert.equal(r.heading?.number?.value, number, line);
      assert.equal(r.title?.value, title, line);
    }
  });

  it('reads setext headings and ignores headings and metadata inside code blocks and comments', () => {
    const r = parse('Use Postgres\n============\n\n```markdown\n# Not a title\nStatus: rejected\n```\n\n<!--\n## Status\nrejected\n-->\n\nStatus: Accepted\n');
    assert.equal(r.title?.value, 'Use Postgres');
    assert.equal(r.status?.value, 'accepted');
    assert.deepEqual(r.sections, []);
  });

  it('keeps offsets into the text as given: CRLF line endings, and a byte-order mark the file reader left (a file that had two)', () => {
    const withMark = parse('\uFEFF\r\nDate: 2020-01-02\r\n\r\n## Status\r\n\r\nAccepted\r\n');
    assert.equal(withMark.text.charCodeAt(0), 0xfeff, 'the mark is text here');
    assert.equal(at(withMark, withMark.status!), 'Accepted');
    assert.equal(at(withMark, withMark.date!), '2020-01-02');
    const r = parse('# 7. Use Postgres\r\n\r\nDate: 2020-01-02\r\n\r\n## Status\r\n\r\nAccepted\r\n');
    assert.equal(r.eol, '\r\n');
    assert.equal(r.title?.value, 'Use Postgres');
    assert.equal(at(r, r.status!), 'Accepted');
    assert.deepEqual(r.status?.range, { start: { line: 6, character: 0 }, end: { line: 6, character: 8 } });
    assert.equal(at(r, r.date!), '2020-01-02');
  });

  it('reports broken front matter on its line, and still reads the body', () => {
    const r = parse('---\ntitle: x\nstatus: [accepted\n---\n# 7. Use Postgres\n\n## Status\n\nAccepted\n');
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0]!.rule, 'adr/invalid-front-matter');
    assert.ok(r.problems[0]!.range.start.line >= 2 && r.problems[0]!.range.start.line <= 3);
    assert.equal(r.title?.value, 'Use Postgres');
    assert.equal(r.status?.value, 'accepted');
  });

  it('reports front matter values of the wrong type, and front matter never closed', () => {
    const wrongType = parse('---\nstatus:\n  a: b\n---\n# X\n');
    assert.equal(wrongType.problems[0]?.rule, 'adr/invalid-front-matter');
    assert.equal(wrongType.problems[0]?.range.start.line, 2);
    const unclosed = parse('---\nstatus: accepted\n# X\n');
    assert.match(unclosed.problems[0]!.message, /never closed/);
  });

  it('collects relative links in the body, leaving out web links and relation targets', () => {
    const r = parse('# 7. X\n\n## Status\n\nAmends [ADR-1](0001-a.md)\n\nSee [the diagram](img/flow.png), [ADR-3](0003-b.md#context) and [the web](https://example.com).\n');
    assert.deepEqual(r.references.map((x) => x.path), ['docs/adr/img/flow.png', 'docs/adr/0003-b.md']);
  });

  it('never throws, whatever the input', () => {
    const pieces = ['---', '\n', '\r\n', '# ', '## Status', 'Status:', '* ', '| Status | x |', '```', '<!--', '-->', '[a](', ')', 'superseded by ', 'ADR-', '7', '\uFEFF', ': ', '- Date: 2020-13-45', '===', '\t'];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 500; i++) {
      let text = '';
      for (let j = 0; j < 30; j++) text += pieces[Math.floor(random() * pieces.length)];
      const r = parse(text);
      assert.equal(r.kind, 'decision');
      for (const f of [r.title, r.status, r.date]) if (f) assert.ok(f.start <= f.end && f.end <= r.text.length);
    }
  });
});

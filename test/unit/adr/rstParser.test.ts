import * as assert from 'node:assert/strict';
import { contextSummaryOf } from '../../../src/core/adr/contextSummary';
import type { DecisionRecord } from '../../../src/core/adr/model';
import { parseDecisionRecord } from '../../../src/core/adr/parser';
import { splitTitle } from '../../../src/core/adr/title';

const parse = (lines: readonly string[], path = 'docs/adr/0007-use-postgres.rst'): DecisionRecord => parseDecisionRecord(path, lines.join('\n'));
const at = (r: DecisionRecord, span: { start: number; end: number }) => r.text.slice(span.start, span.end);
const fields = (r: DecisionRecord) => [r.title?.value, r.status?.raw, r.status?.value, r.date?.value];

describe('ADR parser on reStructuredText', () => {
  it('reads an over- and underlined title after an include and a target, and a field list', () => {
    const r = parse([
      '.. include:: /Includes.rst.txt',
      '',
      '.. _adr-021:',
      '',
      '==============================',
      'ADR-021: Provider Fallback Chain',
      '==============================',
      '',
      ':Status: Accepted (the streaming scope is overtaken — see',
      '         :ref:`adr-021-scope`)',
      ':Date: 2026-01-04 (v2.0.0)',
      ':Authors: Netresearch DTT GmbH',
      '',
      'Context',
      '=======',
      '',
      'Text.',
    ]);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(fields(r), ['Provider Fallback Chain', 'Accepted (the streaming scope is overtaken — see adr-021-scope)', 'accepted', '2026-01-04']);
    assert.equal(r.heading?.number?.value, 21);
    assert.equal(at(r, r.title!), 'Provider Fallback Chain');
    assert.equal(at(r, r.status!), 'Accepted (the streaming scope is overtaken — see\n         :ref:`adr-021-scope`)');
    assert.equal(at(r, r.date!), '2026-01-04 (v2.0.0)');
    assert.deepEqual(r.authors?.value, ['Netresearch DTT GmbH']);
    assert.deepEqual(r.sections.map((s) => [s.key, at(r, s.heading)]), [['context', 'Context\n=======']]);
  });

  it('reads "Status" as a section, a "Date:" line, and removes "ADR N: " from an underlined title', () => {
    const r = parse(['.. _tx_fix:', '', 'ADR 11: Transaction validity fix', '================================', '', 'Date: 2022-10-19', '', 'Author(s)', '---------', '', 'someone', '', 'Status', '------', '', 'Draft', '', 'Context', '-------', '', 'Text.']);
    assert.deepEqual(fields(r), ['Transaction validity fix', 'Draft', 'draft', '2022-10-19']);
    assert.deepEqual(r.sections.map((s) => s.key), ['author(s)', 'status', 'context']);
    assert.equal(r.format, 'nygard');
  });

  it('reads a SLEP: title with its ID removed, :Created:, a status with :ref: links', () => {
    const r = parse(
      [
        '.. _slep_004:',
        '',
        '=========================',
        'SLEP004: Data information',
        '=========================',
        '',
        ':Author: Nicolas Hug',
        ':Status: Withdrawn (superseded by :ref:`SLEP006 <slep_006>`)',
        ':Type: Standards Track',
        ':Created: 2018-12-12',
        '',
        'Abstract',
        '########',
        '',
        'Text.',
      ],
      'slep004/proposal.rst',
    );
    assert.deepEqual(fields(r), ['Data information', 'Withdrawn (superseded by SLEP006)', 'rejected', '2018-12-12']);
    assert.equal(r.slug, 'proposal');
  });

  it('reads a month-only date as no date, and two dates in one field as the first', () => {
    assert.equal(parse(['Title', '=====', '', ':Date: 2024-01']).date?.value, undefined);
    assert.equal(parse(['Title', '=====', '', ':Date: 2025-12-24 (v0.4.0 discrete), 2026-01-09 (v2.4.0 custom)']).date?.value, '2025-12-24');
    assert.equal(parse(['Title', '=====', '', ':Date: 2026-01-04 (v2.0.0)']).date?.value, '2026-01-04');
    assert.equal(parse(['Title', '=====', '', ':Date: February 12, 2016 (updated)']).date?.value, '2016-02-12');
  });

  it('reads no metadata from comments, literal blocks or fields after the first section', () => {
    const r = parse(['Title', '=====', '', '.. :Status: Rejected', '', 'Example::', '', '    Status: Rejected', '', 'Context', '-------', '', ':Status: Accepted']);
    assert.equal(r.status, undefined);
  });

  it('reads a field whose value starts on the next line, and links in relation fields', () => {
    const r = parse(['Title', '=====', '', ':Status:', '   Superseded', ':Superseded by: :ref:`ADR-026 <adr-026>`']);
    assert.deepEqual([r.status?.raw, r.status?.value], ['Superseded', 'superseded']);
    assert.deepEqual(r.links.map((l) => [l.relation, l.target.number]), [['superseded-by', 26]]);
  });

  it('takes no YAML front matter from an rst file whose title is overlined with dashes', () => {
    const r = parse(['---', 'Use Postgres', '---', '', ':Status: Proposed']);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(fields(r), ['Use Postgres', 'Proposed', 'proposed', undefined]);
  });

  it('never throws on broken rst', () => {
    for (const text of ['', '=====', ':', ':Status:', '.. ', 'Title\n=====\n::\n', '====\nTitle', ':a: b\n  c\n:d:']) assert.doesNotThrow(() => parseDecisionRecord('x/0001-a.rst', text));
  });

  it('removes other projects\' upper-case IDs before a colon from titles', () => {
    const cases: [string, string, number | undefined][] = [
      ['SLEP004: Data information', 'Data information', 4],
      ['A27: xDS-Based Global Load Balancing', 'xDS-Based Global Load Balancing', 27],
      ['TEP-0002: Custom Tasks', 'Custom Tasks', 2],
      ['Python3: a migration', 'Python3: a migration', undefined],
    ];
    for (const [heading, title, number] of cases) assert.deepEqual([splitTitle(heading).title, splitTitle(heading).number], [title, number], heading);
  });
});

describe('context summary of reStructuredText records', () => {
  it('takes the prose of the Context section, without directives, literal blocks or sub-sections', () => {
    const r = parse(['Title', '=====', '', 'Context', '-------', '', '.. note::', '', '   Not this.', '', 'First line,', 'second::', '', '    code', '', 'Detail', '~~~~~~', '', 'Not this either.', '', 'Decision', '--------', '']);
    assert.equal(contextSummaryOf(r), 'First line, second::');
  });
});

describe('underlined (setext) sections in Markdown', () => {
  it('start their body after the underline, as rst sections do', () => {
    const r = parseDecisionRecord('docs/adr/0001-x.md', ['Use Postgres', '============', '', 'Status', '------', '', 'Accepted', '', 'Context', '-------', '', 'Text.'].join('\n'));
    assert.deepEqual([r.status?.raw, r.status?.value], ['Accepted', 'accepted']);
    assert.deepEqual(r.sections.map((s) => at(r, s.heading)), ['Status\n------', 'Context\n-------']);
  });
});

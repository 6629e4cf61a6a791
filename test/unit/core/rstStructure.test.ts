import * as assert from 'node:assert/strict';
import { LineIndex } from '../../../src/core/text/lineIndex';
import { rstInlineText, scanRstStructure } from '../../../src/core/text/rstStructure';

const scan = (text: string) => scanRstStructure(new LineIndex(text), 0);
const headings = (text: string) => scan(text).headings.map((h) => [h.level, h.text, h.firstLine, h.line, h.lastLine]);
const skippedLines = (text: string) => [...scan(text).skipped].flatMap((s, l) => (s ? [l] : []));

describe('reStructuredText structure', () => {
  describe('section titles', () => {
    it('levels titles by the order their styles first appear', () => {
      const text = ['Title', '=====', '', 'Context', '-------', '', 'Detail', '~~~~~~', '', 'Decision', '--------', ''].join('\n');
      assert.deepEqual(headings(text), [
        [1, 'Title', 0, 0, 1],
        [2, 'Context', 3, 3, 4],
        [3, 'Detail', 6, 6, 7],
        [2, 'Decision', 9, 9, 10],
      ]);
    });

    it('tells an over- and underlined title from one only underlined with the same character', () => {
      const text = ['======', ' SLEP ', '======', '', 'Abstract', '========', '', '##########', 'Motivation', '##########', ''].join('\n');
      assert.deepEqual(headings(text), [
        [1, 'SLEP', 0, 1, 2],
        [2, 'Abstract', 4, 4, 5],
        [3, 'Motivation', 7, 8, 9],
      ]);
    });

    it('reads the title after targets and directives', () => {
      const text = ['.. include:: /Includes.rst.txt', '', ' .. _adr-021:', '', '=========================', 'ADR-021: Fallback Chain', '=========================', ''].join('\n');
      assert.deepEqual(headings(text), [[1, 'ADR-021: Fallback Chain', 4, 5, 6]]);
    });

    it('does not take a transition, a mismatched overline or a paragraph line for a title', () => {
      const text = ['Some text', '', '----------', '', 'More text', 'still the paragraph', '-------------------', '', '=====', 'Not a title', '-----', ''].join('\n');
      assert.deepEqual(headings(text), []);
    });

    it('marks adornment lines as not content', () => {
      assert.deepEqual(skippedLines(['Title', '=====', '', 'Text'].join('\n')), [1]);
    });
  });

  describe('comments and literal blocks', () => {
    it('skips comments, directives and their indented bodies, and literal blocks', () => {
      const text = [
        '.. a comment', //        0
        '   that goes on', //     1
        '', //                    2
        'Text::', //              3
        '', //                    4
        '    :Status: Draft', //  5
        '', //                    6
        '    Title', //           7
        '    -----', //           8
        '', //                    9
        'Back to prose.', //      10
        '', //                    11
        '.. note::', //           12
        '', //                    13
        '   :Date: 2020-01-01', // 14
        'After', //               15
      ].join('\n');
      const s = scan(text);
      assert.deepEqual([...s.skipped].flatMap((v, l) => (v ? [l] : [])), [0, 1, 2, 5, 6, 7, 8, 9, 12, 13, 14]);
      assert.deepEqual(s.headings, []);
      assert.deepEqual(s.fields, []);
    });
  });

  describe('field lists', () => {
    it('reads fields with their values, joining continuation lines with one space', () => {
      const text = [':Status: Accepted (the scope is overtaken — see', '         :ref:`adr-021-scope`)', ':Date: 2024-01', ':Authors:', '   Ada, Grace', 'Prose.'].join('\n');
      const s = scan(text);
      assert.deepEqual(
        s.fields.map((f) => [f.name, f.raw, f.text, f.line, f.endLine, text.slice(f.valueStart, f.valueEnd)]),
        [
          ['Status', 'Accepted (the scope is overtaken — see :ref:`adr-021-scope`)', 'Accepted (the scope is overtaken — see adr-021-scope)', 0, 1, 'Accepted (the scope is overtaken — see\n         :ref:`adr-021-scope`)'],
          ['Date', '2024-01', '2024-01', 2, 2, '2024-01'],
          ['Authors', 'Ada, Grace', 'Ada, Grace', 3, 4, 'Ada, Grace'],
        ],
      );
    });

    it('does not read a line that starts with a role as a field', () => {
      assert.deepEqual(scan(':ref:`adr-065` supersedes this.\n').fields, []);
    });
  });

  describe('inline text', () => {
    const cases: [string, string][] = [
      ['Withdrawn (superseded by :ref:`SLEP006 <slep_006>`)', 'Withdrawn (superseded by SLEP006)'],
      ['superseded by :ref:`adr-065`', 'superseded by adr-065'],
      ['see :doc:`<other>`', 'see other'],
      ['Implemented in `v0.23 <https://example.org/v0.23>`__.', 'Implemented in v0.23.'],
      ['see `the docs <https://example.org>`_ and `Named`_', 'see the docs and Named'],
      ['``literal`` and *emphasis* stay', '``literal`` and *emphasis* stay'],
      ['no markup', 'no markup'],
    ];
    for (const [raw, want] of cases) it(`reads "${raw}"`, () => assert.equal(rstInlineText(raw), want));
  });

  it('takes linear time on long runs of markup characters', () => {
    const long = `${':'.repeat(20000)}\n${'`'.repeat(20000)}\n${'='.repeat(20000)}\n${':a'.repeat(10000)}`;
    const started = Date.now();
    scan(long);
    rstInlineText(`:${'a:'.repeat(20000)}\`${'<'.repeat(20000)}`);
    assert.ok(Date.now() - started < 500);
  });
});

import * as assert from 'node:assert/strict';
import { dayFirstIn, isIsoDate, readDate } from '../../../src/core/util/dates';
import { parseRiskRegister } from '../../../src/core/risk/parseRegister';
import { clockFor } from '../../../src/cli/context';

describe('dates (core/util/dates)', () => {
  it('takes YYYY-MM-DD only when it names a real day', () => {
    for (const ok of ['2026-01-31', '2024-02-29', '2000-02-29']) assert.equal(isIsoDate(ok), true, ok);
    for (const bad of ['2026-02-31', '2023-02-29', '1900-02-29', '2026-13-01', '2026-1-05', '2026-01-05T10:00', '', 'today']) assert.equal(isIsoDate(bad), false, bad);
  });

  describe('reads the dates people write', () => {
    const cases: [string, string | undefined][] = [
      ['2016-02-12', '2016-02-12'],
      ['2018-8-22', '2018-08-22'],
      ['2022/09/07', '2022-09-07'],
      ['12/02/2016', '2016-02-12'],
      ['02/13/2016', '2016-02-13'],
      ['2021-02-30', undefined],
      ['{YYYY-MM-DD when the decision was last updated}', undefined],
      ['2020-09-24T10:00:00Z', '2020-09-24'],
      ['2019-05-13, updated 2020-01-02', '2019-05-13'],
      ['[2022-10-05]', '2022-10-05'],
      ['`2023-01-02`', '2023-01-02'],
      ['2026-01-04 (v2.0.0)', '2026-01-04'],
      ['2020/06/23: Initial version', '2020-06-23'],
      ['July 15 2021', '2021-07-15'],
      ['February 12, 2016', '2016-02-12'],
      ['Feb 23rd, 2021', '2021-02-23'],
      ['Sep 5th, 2023', '2023-09-05'],
      ['January 28th, 2022', '2022-01-28'],
      ['11-April-2023', '2023-04-11'],
      ['8 Jun 2024', '2024-06-08'],
      ['12 Feb 2016', '2016-02-12'],
      ['2019 Oct 22', '2019-10-22'],
      ['22-10-2024', '2024-10-22'],
      ['02-19-2019', '2019-02-19'],
      ['25/04/2022', '2022-04-25'],
      ['10/04/18', '2018-04-10'],
    ];
    for (const [raw, want] of cases) it(`"${raw}" → ${want}`, () => assert.equal(readDate(raw).value, want));
  });

  it('reads 04/07/2023 day first unless told the repository writes month first, and says it was ambiguous', () => {
    assert.deepEqual(readDate('04/07/2023'), { value: '2023-07-04', ambiguous: true });
    assert.deepEqual(readDate('04/07/2023', { dayFirst: false }), { value: '2023-04-07', ambiguous: true });
    // A part above 12 decides whatever the option says.
    assert.equal(readDate('13/07/2023', { dayFirst: false }).value, '2023-07-13');
  });

  it('tells which way a text writes all-number dates from those that can be read one way only', () => {
    assert.equal(dayFirstIn('Date: 04/07/2023\n- 25/04/2022: draft'), true);
    assert.equal(dayFirstIn('Last updated: 04-07-2023, first 02-19-2019'), false);
    assert.equal(dayFirstIn('| Date | `dd/mm/YYYY` when last updated |'), true);
    assert.equal(dayFirstIn('Date: MM/DD/YYYY'), false);
    assert.equal(dayFirstIn('Date: 04/07/2023, version 1.2.3'), undefined);
  });

  it('says why a value is no date: impossible day, a month only, or not a date at all', () => {
    assert.deepEqual(readDate('2026-02-31'), { problem: 'impossible' });
    assert.deepEqual(readDate('31/02/2026'), { problem: 'impossible' });
    for (const month of ['2024-01', 'January, 2026', 'Jan 2024']) assert.deepEqual(readDate(month), { problem: 'month-only' }, month);
    for (const text of ['insert date', '{YYYY-MM-DD}', 'dd/mm/YYYY', 'soon', '']) assert.deepEqual(readDate(text), { problem: 'not-a-date' }, text);
  });

  it('makes an impossible due date a located finding in a YAML register, not a risk that is never overdue', () => {
    const register = parseRiskRegister('docs/risks.yaml', 'risks:\n  - id: R1\n    title: Vendor lock-in\n    due: 2026-02-31\n', '2026-03-15');
    assert.equal(register.risks[0]!.due, undefined);
    const issue = register.schemaIssues.find((i) => i.message.includes('2026-02-31'));
    assert.ok(issue, register.schemaIssues.map((i) => i.message).join('\n'));
    assert.equal(issue.range.start.line, 3);
  });

  it('refuses --today 2026-02-31 in the CLI as the schema does', () => {
    const io = { env: {} } as Parameters<typeof clockFor>[1];
    assert.throws(() => clockFor('2026-02-31', io), /--today must be a date/);
    assert.equal(clockFor('2026-02-28', io).today(), '2026-02-28');
  });

  it('stays linear on long input', () => {
    const started = Date.now();
    readDate('1'.repeat(50_000) + 'x');
    readDate(' '.repeat(50_000) + 'x');
    readDate('Jan ' + ' '.repeat(50_000));
    assert.ok(Date.now() - started < 500);
  });
});

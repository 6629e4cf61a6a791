import * as assert from 'node:assert/strict';
import { addInterval, isIsoDate, parseInterval } from '../../../src/core/risk/dates';
import { daysBetween } from '../../../src/core/util/civilDays';
import { parseOwner } from '../../../src/core/risk/owner';
import { classifyReference } from '../../../src/core/risk/references';
import { bandOf, DEFAULT_SCALES, levelOf } from '../../../src/core/risk/scales';
import { parse } from './helpers';

describe('risk scales and scoring', () => {
  it('reads levels as numbers or scale words, ignoring case, spaces and underscores', () => {
    assert.equal(levelOf(3, DEFAULT_SCALES.likelihood), 3);
    assert.equal(levelOf('4', DEFAULT_SCALES.likelihood), 4);
    assert.equal(levelOf('Almost certain', DEFAULT_SCALES.likelihood), 5);
    assert.equal(levelOf('almost_certain', DEFAULT_SCALES.likelihood), 5);
    assert.equal(levelOf('severe', DEFAULT_SCALES.impact), 5);
    assert.equal(levelOf('severe', DEFAULT_SCALES.likelihood), undefined);
    assert.equal(levelOf(6, DEFAULT_SCALES.impact), undefined);
    assert.equal(levelOf(2.5, DEFAULT_SCALES.impact), undefined);
  });

  it('bands scores at or above each threshold', () => {
    const bands = DEFAULT_SCALES.bands;
    assert.deepEqual([25, 15, 14, 10, 9, 5, 4, 1].map((s) => bandOf(s, bands)), ['critical', 'critical', 'high', 'high', 'medium', 'medium', 'low', 'low']);
    assert.equal(bandOf(undefined, bands), undefined);
  });

  it('scores a risk from custom scale words and custom bands', () => {
    const register = parse(`scales:
  likelihood: [never, seldom, sometimes, often, always]
  impact: [tiny, small, medium, big, huge]
  bands: { critical: 20, high: 12, medium: 6 }
risks:
  - id: R-1
    title: A
    likelihood: often
    impact: medium
  - id: R-2
    title: B
    likelihood: always
    impact: huge
`);
    assert.deepEqual(register.schemaIssues, []);
    const [a, b] = register.risks;
    assert.deepEqual([a!.likelihood, a!.impact, a!.score, a!.band], [4, 3, 12, 'high']);
    assert.deepEqual([b!.score, b!.band], [25, 'critical']);
  });

  it('reports a word that is not on the register scale, with a suggestion', () => {
    const register = parse('risks:\n  - id: R-1\n    title: A\n    likelihood: likley\n    impact: 2\n');
    assert.equal(register.schemaIssues.length, 1);
    assert.match(register.schemaIssues[0]!.message, /likelihood "likley".*Did you mean "likely"/);
    assert.equal(register.schemaIssues[0]!.range.start.line, 3);
    assert.equal(register.risks[0]!.likelihood, undefined);
    assert.equal(register.risks[0]!.score, undefined);
  });

  it('reports bands that do not rise and scales that repeat a word', () => {
    const register = parse('scales:\n  impact: [a, b, b, d, e]\n  bands: { critical: 5, high: 10, medium: 3 }\nrisks: []\n');
    const messages = register.schemaIssues.map((i) => i.message).join('\n');
    assert.match(messages, /names "b" twice/);
    assert.match(messages, /bands must rise/);
  });

  it('reads review intervals and adds them to dates', () => {
    assert.deepEqual(parseInterval('30d'), { amount: 30, unit: 'd', text: '30d' });
    assert.equal(parseInterval('2W')?.unit, 'w');
    assert.equal(parseInterval(45)?.amount, 45);
    assert.equal(parseInterval('monthly'), undefined);
    assert.equal(addInterval('2026-11-02', parseInterval('2w')!), '2026-11-16');
    assert.equal(addInterval('2026-01-31', parseInterval('1m')!), '2026-02-28');
    assert.equal(addInterval('2024-02-29', parseInterval('1y')!), '2025-02-28');
    assert.equal(addInterval('2026-12-20', parseInterval('30d')!), '2027-01-19');
    assert.equal(daysBetween('2026-11-01', '2026-11-21'), 20);
    assert.equal(isIsoDate('2026-02-30'), false);
    assert.equal(isIsoDate('2026-02-28'), true);
  });

  it('parses owners with and without email', () => {
    assert.deepEqual({ ...parseOwner('Dana Lee <dana@example.com>') }, { text: 'Dana Lee <dana@example.com>', name: 'Dana Lee', email: 'dana@example.com' });
    assert.deepEqual({ ...parseOwner('sam@example.com') }, { text: 'sam@example.com', name: undefined, email: 'sam@example.com' });
    assert.deepEqual({ ...parseOwner('Kim (kim@example.com)') }, { text: 'Kim (kim@example.com)', name: 'Kim', email: 'kim@example.com' });
    assert.equal(parseOwner('  Platform team ')?.name, 'Platform team');
    assert.equal(parseOwner('  '), undefined);
  });

  it('sorts related entries into decisions, risks, paths and text', () => {
    assert.deepEqual(classifyReference('ADR-0007'), { kind: 'adr', adrNumber: 7 });
    assert.deepEqual(classifyReference('adr 7'), { kind: 'adr', adrNumber: 7 });
    assert.deepEqual(classifyReference('ADR-7'), { kind: 'adr', adrNumber: 7 });
    assert.equal(classifyReference('RISK-004').kind, 'risk');
    assert.equal(classifyReference('src/payments/').kind, 'path');
    assert.equal(classifyReference('package.json').kind, 'path');
    assert.equal(classifyReference('the billing team').kind, 'text');
  });
});

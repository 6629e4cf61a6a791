import * as assert from 'node:assert/strict';
import { addInterval, isIsoDate } from '../../../src/core/risk/dates';
import { daysBetween } from '../../../src/core/util/civilDays';
import type { IntervalUnit } from '../../../src/core/risk/model';
import { seededRandom } from '../support/seededRandom';

/** What the date helpers computed with `Date` before they did day arithmetic: the reference. */
const byDate = {
  isIsoDate(text: string): boolean {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m) return false;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
  },
  addDays(isoDate: string, days: number): string {
    const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d + days));
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  },
  daysBetween(from: string, to: string): number {
    return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
  },
};

const pad = (n: number, w: number) => String(n).padStart(w, '0');

describe('risk dates without Date objects', () => {
  const random = seededRandom(20261121);

  it('accepts the same YYYY-MM-DD strings as Date did: real days, no years below 100', () => {
    const samples = ['2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '0099-12-31', '0100-01-01', '0000-01-01', '9999-12-31',
      '2026-00-10', '2026-13-01', '2026-04-31', '2026-04-30', '2026-01-00', '2026-1-05', '2026-01-5', '2026/01/05', ' 2026-01-05', '2026-01-05 ',
      '2026-01-0a', '２０２６-01-05', '', '20260105', '2026-01-05T00:00'];
    for (let i = 0; i < 3000; i++) samples.push(`${pad(random.int(0, 9999), 4)}-${pad(random.int(0, 14), 2)}-${pad(random.int(0, 32), 2)}`);
    for (const s of samples) assert.equal(isIsoDate(s), byDate.isIsoDate(s), s);
  });

  it('adds days and weeks, and counts days between dates, as Date did', () => {
    const units: IntervalUnit[] = ['d', 'w'];
    for (let i = 0; i < 3000; i++) {
      const from = `${pad(random.int(100, 9999), 4)}-${pad(random.int(1, 12), 2)}-${pad(random.int(1, 28), 2)}`;
      const amount = random.chance(0.1) ? random.int(1, 3_000_000) : random.int(1, 400);
      const unit = random.pick(units);
      assert.equal(addInterval(from, { amount, unit, text: '' }), byDate.addDays(from, unit === 'w' ? 7 * amount : amount), `${from} + ${amount}${unit}`);
      const to = `${pad(random.int(100, 9999), 4)}-${pad(random.int(1, 12), 2)}-${pad(random.int(1, 31), 2)}`;
      assert.equal(daysBetween(from, to), byDate.daysBetween(from, to), `${from} → ${to}`);
    }
  });

  it('leaves what is not a plain real date to Date, as before', () => {
    assert.equal(addInterval('2026-1-5', { amount: 3, unit: 'd', text: '3d' }), byDate.addDays('2026-1-5', 3));
    assert.equal(addInterval('2026-01-05', { amount: 20_000_000, unit: 'd', text: '' }), byDate.addDays('2026-01-05', 20_000_000));
    assert.equal(addInterval('2026-01-31', { amount: 1, unit: 'm', text: '1m' }), '2026-02-28');
    assert.ok(Number.isNaN(daysBetween('someday', '2026-01-05')));
    assert.equal(daysBetween('2026-02-30', '2026-03-02'), byDate.daysBetween('2026-02-30', '2026-03-02'));
    assert.equal(daysBetween('0050-01-01', '0051-01-01'), byDate.daysBetween('0050-01-01', '0051-01-01'));
  });
});

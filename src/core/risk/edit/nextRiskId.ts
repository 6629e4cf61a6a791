import { riskIdKey } from '../references';

const NUMBERED_ID = /^(.*?)(\d+)$/;

/**
 * The next free id in the style the register already uses: the prefix and zero padding of
 * its last numbered id, one more than the highest number with that prefix (`RISK-012` →
 * `RISK-013`). `RISK-001` when there is nothing to follow. Ids in `taken` (other registers
 * of the folder) are skipped too.
 */
export function nextRiskId(existing: readonly (string | undefined)[], taken: ReadonlySet<string> = new Set()): string {
  const numbered = existing.flatMap((id) => {
    const m = id === undefined ? null : NUMBERED_ID.exec(id.trim());
    return m ? [{ prefix: m[1]!, digits: m[2]! }] : [];
  });
  const style = numbered[numbered.length - 1] ?? { prefix: 'RISK-', digits: '000' };
  let next = 1 + Math.max(0, ...numbered.filter((n) => n.prefix === style.prefix).map((n) => Number(n.digits)));
  const used = new Set([...existing.filter((id): id is string => id !== undefined), ...taken].map(riskIdKey));
  const format = (n: number) => `${style.prefix}${String(n).padStart(style.digits.length, '0')}`;
  while (used.has(riskIdKey(format(next)))) next++;
  return format(next);
}

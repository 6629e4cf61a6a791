// A posting set must balance: debits and credits in one currency sum to zero (ledger ADR 0001).

export interface Posting {
  account: string;
  currency: string;
  /** Minor units; positive = debit, negative = credit (ledger ADR 0002). */
  amountMinor: bigint;
}

export function assertBalanced(postings: readonly Posting[]): void {
  const totals = new Map<string, bigint>();
  for (const p of postings) totals.set(p.currency, (totals.get(p.currency) ?? 0n) + p.amountMinor);
  for (const [currency, total] of totals) {
    if (total !== 0n) throw new Error(`postings in ${currency} do not balance: off by ${total}`);
  }
}

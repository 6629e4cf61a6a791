import type { RiskOwner } from './model';

// The name is greedy and trimmed afterwards, and the address's local part has no `@`: a lazy
// name followed by `\s*`, or two `@`-accepting runs, backtrack quadratically on long runs.
const NAME_AND_EMAIL = /^(.*)<\s*([^<>\s@]+@[^<>\s]+)\s*>\s*$/;
const EMAIL_ONLY = /^[^\s@<>]+@[^\s@<>]+$/;
const EMAIL_IN_PARENS = /^(.*)\(\s*([^()\s@]+@[^()\s]+)\s*\)\s*$/;

/** Reads `Dana Lee <dana@example.com>`, `dana@example.com`, `Dana Lee (dana@example.com)` or a bare name. */
export function parseOwner(text: string): RiskOwner | undefined {
  const t = text.trim();
  if (!t) return undefined;
  const m = NAME_AND_EMAIL.exec(t) ?? EMAIL_IN_PARENS.exec(t);
  if (m) return new Owner(t, m[1]!.trim() || undefined, m[2]!);
  if (EMAIL_ONLY.test(t)) return new Owner(t, undefined, t);
  return new Owner(t, t, undefined);
}

/** A class, not a literal: registers keep owners (see IndexedDocument). */
class Owner implements RiskOwner {
  constructor(
    readonly text: string,
    readonly name: string | undefined,
    readonly email: string | undefined,
  ) {}
}

/** The same person written differently (`Dana <d@x>` and `d@x`) gets the same key. */
export function ownerKey(owner: RiskOwner): string {
  return (owner.email ?? owner.name ?? owner.text).toLowerCase();
}

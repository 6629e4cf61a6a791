import type { RiskOwner } from './model';

const NAME_AND_EMAIL = /^(.*?)\s*<\s*([^<>\s]+@[^<>\s]+)\s*>\s*$/;
const EMAIL_ONLY = /^[^\s@<>]+@[^\s@<>]+$/;
const EMAIL_IN_PARENS = /^(.*?)\s*\(\s*([^()\s]+@[^()\s]+)\s*\)\s*$/;

/** Reads `Dana Lee <dana@example.com>`, `dana@example.com`, `Dana Lee (dana@example.com)` or a bare name. */
export function parseOwner(text: string): RiskOwner | undefined {
  const t = text.trim();
  if (!t) return undefined;
  const m = NAME_AND_EMAIL.exec(t) ?? EMAIL_IN_PARENS.exec(t);
  if (m) return { text: t, name: m[1]!.trim() || undefined, email: m[2]! };
  if (EMAIL_ONLY.test(t)) return { text: t, name: undefined, email: t };
  return { text: t, name: t, email: undefined };
}

/** The same person written differently (`Dana <d@x>` and `d@x`) gets the same key. */
export function ownerKey(owner: RiskOwner): string {
  return (owner.email ?? owner.name ?? owner.text).toLowerCase();
}

import type { Risk } from '../model';

/** How messages name a risk: its id, else its title, else its position. */
export function riskLabel(risk: Risk): string {
  if (risk.id) return risk.id;
  if (risk.title) return `"${risk.title}"`;
  return `Risk #${risk.index + 1}`;
}

/** A field that is present with something in it (even something invalid, which the schema reports). */
export function isFilled(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  return typeof value !== 'string' || value.trim() !== '';
}


import type { RiskBand, RiskScales } from './model';

/** The scales a register uses when it declares none. */
export const DEFAULT_SCALES: RiskScales = {
  likelihood: ['rare', 'unlikely', 'possible', 'likely', 'almost-certain'],
  impact: ['negligible', 'minor', 'moderate', 'major', 'severe'],
  bands: { critical: 15, high: 10, medium: 5 },
};

export const MAX_LEVEL = 5;

/** Words compare without case, and spaces or underscores count as hyphens (`Almost certain`). */
export function normalizeScaleWord(word: string): string {
  return word.trim().toLowerCase().replace(/[\s_]+/g, '-');
}

/**
 * Reads a likelihood or impact: a whole number 1-5, or a word of the scale (level = its
 * position + 1). Undefined for anything else; the caller reports it.
 */
export function levelOf(value: unknown, words: readonly string[]): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= MAX_LEVEL ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^[1-5]$/.test(text)) return Number(text);
  const at = normalizedScale(words).indexOf(normalizeScaleWord(text));
  return at >= 0 && at < MAX_LEVEL ? at + 1 : undefined;
}

const normalizedScales = new WeakMap<readonly string[], readonly string[]>();

/** A scale's words normalized once per scale, not once per level read (a register reads hundreds). */
function normalizedScale(words: readonly string[]): readonly string[] {
  let normal = normalizedScales.get(words);
  if (!normal) normalizedScales.set(words, (normal = words.map(normalizeScaleWord)));
  return normal;
}

export function bandOf(score: number | undefined, bands: RiskScales['bands']): RiskBand | undefined {
  if (score === undefined) return undefined;
  if (score >= bands.critical) return 'critical';
  if (score >= bands.high) return 'high';
  if (score >= bands.medium) return 'medium';
  return 'low';
}

export function scoreOf(likelihood: number | undefined, impact: number | undefined): number | undefined {
  return likelihood !== undefined && impact !== undefined ? likelihood * impact : undefined;
}

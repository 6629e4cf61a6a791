import { fieldKey } from './fieldNames';
import type { RiskBand, RiskScales } from './model';

/** The scales a register uses when it declares none. */
export const DEFAULT_SCALES: RiskScales = {
  likelihood: ['rare', 'unlikely', 'possible', 'likely', 'almost-certain'],
  impact: ['negligible', 'minor', 'moderate', 'major', 'severe'],
  bands: { critical: 15, high: 10, medium: 5 },
};

/** The most levels a scale of our own format has; registers in other styles may have fewer. */
export const MAX_LEVEL = 5;

/** Words compare without case, and spaces or underscores count as hyphens (`Almost certain`). */
export function normalizeScaleWord(word: string): string {
  return word.trim().toLowerCase().replace(/[\s_]+/g, '-');
}

/**
 * Reads a likelihood or impact: a whole number from 1 to the scale's length, or a word of
 * the scale (level = its position + 1), or another way of writing one of its rating words
 * (`Élevé` for `high` on a low/medium/high scale). Undefined for anything else; the caller
 * reports it.
 */
export function levelOf(value: unknown, words: readonly string[]): number | undefined {
  const levels = Math.min(words.length, MAX_LEVEL);
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= levels ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^[1-9]$/.test(text)) return Number(text) <= levels ? Number(text) : undefined;
  const normal = normalizedScale(words);
  const at = normal.indexOf(normalizeScaleWord(text));
  if (at >= 0) return at < MAX_LEVEL ? at + 1 : undefined;
  const rating = ratingWordOf(text);
  const rated = rating === undefined ? -1 : normal.indexOf(rating === 'critical' && !normal.includes('critical') ? 'very-high' : rating);
  return rated >= 0 ? rated + 1 : undefined;
}

/**
 * {@link levelOf}, and also the ways tables in other styles write a level: with its number
 * (`Likely (4)`, `4 - Likely`) or on the generic five-point scale (`Very high`) when the
 * register's scale has five levels.
 */
export function looseLevelOf(value: unknown, words: readonly string[]): number | undefined {
  const direct = levelOf(value, words);
  if (direct !== undefined || typeof value !== 'string') return direct;
  if (words.length === MAX_LEVEL && words !== FIVE_LEVELS) {
    const generic = levelOf(value, FIVE_LEVELS);
    if (generic !== undefined) return generic;
  }
  const text = value.trim();
  const numbered = /^([1-9])\s*(?:[-–:.]\s*)?\p{L}/u.exec(text)?.[1] ?? /\(\s*([1-9])\s*\)\s*$/.exec(text)?.[1];
  return numbered !== undefined ? levelOf(Number(numbered), words) : undefined;
}

const normalizedScales = new WeakMap<readonly string[], readonly string[]>();

/** A scale's words normalized once per scale, not once per level read (a register reads hundreds). */
function normalizedScale(words: readonly string[]): readonly string[] {
  let normal = normalizedScales.get(words);
  if (!normal) normalizedScales.set(words, (normal = words.map(normalizeScaleWord)));
  return normal;
}

/** Scales of rating words that registers in other styles use, smallest first. */
export const THREE_LEVELS: readonly string[] = ['low', 'medium', 'high'];
export const FOUR_LEVELS: readonly string[] = ['low', 'medium', 'high', 'critical'];
export const FIVE_LEVELS: readonly string[] = ['very-low', 'low', 'medium', 'high', 'very-high'];

/** Ways of writing each rating word (compared after `fieldKey`), English, French, German, Spanish. */
const RATING_WORDS: Readonly<Record<string, readonly string[]>> = {
  'very-low': ['very low', 'minimal', 'negligible low', 'tres faible', 'tres bas', 'tres basse', 'sehr niedrig', 'sehr gering', 'muy bajo', 'muy baja'],
  'low': ['low', 'l', 'faible', 'bas', 'basse', 'niedrig', 'gering', 'bajo', 'baja'],
  'medium': ['medium', 'med', 'm', 'mid', 'moderate', 'moyen', 'moyenne', 'modere', 'moderee', 'mittel', 'mittlere', 'medio', 'media', 'moderado', 'moderada'],
  'high': ['high', 'h', 'eleve', 'elevee', 'haut', 'haute', 'fort', 'forte', 'hoch', 'alto', 'alta'],
  'very-high': ['very high', 'tres eleve', 'tres elevee', 'tres haut', 'tres haute', 'sehr hoch', 'muy alto', 'muy alta'],
  'critical': ['critical', 'crit', 'critique', 'kritisch', 'critico', 'critica'],
};
const RATING_BY_WORD: ReadonlyMap<string, string> = new Map(Object.entries(RATING_WORDS).flatMap(([rating, ways]) => ways.map((w) => [w, rating] as const)));

/** The rating word (`low`...`critical`, `very-low`, `very-high`) a value is written as, if any. */
export function ratingWordOf(text: string): string | undefined {
  return RATING_BY_WORD.get(fieldKey(text));
}

/** `P0` (most urgent) to `P9`. */
const PRIORITY = /^\s*p([0-9])\s*$/i;

/**
 * The scale a register in another style rates one axis on, read from the values it writes:
 * low/medium/high, the same with critical, or very low to very high; `P0`-`Pn` priorities;
 * `fallback` (our five words, or numbers 1-5) when the values are numbers, words of the
 * fallback, or nothing. A three-level register stays on three levels.
 */
export function detectScale(values: readonly unknown[], fallback: readonly string[]): readonly string[] {
  const ratings = new Set<string>();
  let lowestPriority = -1;
  for (const value of values) {
    if (typeof value === 'number') return fallback;
    if (typeof value !== 'string' || value.trim() === '') continue;
    const priority = PRIORITY.exec(value);
    if (priority) {
      lowestPriority = Math.max(lowestPriority, Number(priority[1]));
      continue;
    }
    const rating = ratingWordOf(value);
    if (rating !== undefined) ratings.add(rating);
    else if (looseLevelOf(value, fallback) !== undefined) return fallback;
  }
  if (lowestPriority >= 0 && ratings.size === 0) {
    // P0 is the top level; at least four levels, so P0 and P1 are critical and high.
    const count = Math.min(Math.max(lowestPriority + 1, 4), MAX_LEVEL);
    return Array.from({ length: count }, (_, i) => `p${count - 1 - i}`);
  }
  if (ratings.size === 0) return fallback;
  if (ratings.has('very-low') || ratings.has('very-high')) return FIVE_LEVELS;
  return ratings.has('critical') ? FOUR_LEVELS : THREE_LEVELS;
}

/**
 * Band thresholds for a likelihood scale of `l` levels and an impact scale of `i`: ours
 * (15, 10, 5 of 25) grown with the scales' size, so a 3 × 3 register has critical at 9,
 * high at 6 and medium at 3, and a 4 × 4 one 12, 8 and 4, as such matrices are usually read.
 */
export function bandsFor(l: number, i: number): RiskScales['bands'] {
  if (l === MAX_LEVEL && i === MAX_LEVEL) return DEFAULT_SCALES.bands;
  const size = Math.sqrt(l * i) / MAX_LEVEL;
  return { critical: Math.ceil(15 * size - 1e-9), high: Math.ceil(10 * size - 1e-9), medium: Math.ceil(5 * size - 1e-9) };
}

/** Bands of the levels of a single rating (a severity or priority with no likelihood), by the scale's length. */
const SINGLE_RATING_BANDS: Readonly<Record<number, readonly RiskBand[]>> = {
  1: ['high'],
  2: ['medium', 'high'],
  3: ['low', 'medium', 'high'],
  4: ['low', 'medium', 'high', 'critical'],
  5: ['low', 'low', 'medium', 'high', 'critical'],
};

/** The band of a register that rates each risk on one scale only: `high` of three is high, `very high` of five critical. */
export function singleRatingBand(level: number | undefined, levels: number): RiskBand | undefined {
  return level === undefined ? undefined : SINGLE_RATING_BANDS[Math.min(Math.max(levels, 1), MAX_LEVEL)]![level - 1];
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

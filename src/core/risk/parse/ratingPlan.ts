import type { RiskFieldMap, RiskScales } from '../model';
import { bandsFor, DEFAULT_SCALES, detectScale, looseLevelOf } from '../scales';

/** How a register in another style rates its risks, decided once for the whole register. */
export interface RatingPlan {
  readonly scales: RiskScales;
  /** The field read as the impact: `impact`, else a `severity`, `priority` or overall `rating` when impact is free text or absent. */
  readonly impactField: string;
  /** No risk has a likelihood: each is rated on one scale, whose level is its score. */
  readonly singleRating: boolean;
}

/** Fields that can carry the impact rating, in the order they are preferred; an overall rating (`Risk level: High`) last. */
const IMPACT_FIELDS = ['impact', 'severity', 'priority', 'rating'] as const;

/**
 * Reads the scales a register in another style uses from the values its risks write
 * (see `detectScale`): a register rating on low/medium/high is scored on three levels, and
 * its bands are set for a 3 × 3 matrix. `impact` that is free text (a sentence of
 * consequences) gives way to a `severity` or `priority` rating.
 */
export function planRatings(risks: readonly RiskFieldMap[]): RatingPlan {
  const likelihood = detectScale(risks.map((f) => f.value('likelihood')), DEFAULT_SCALES.likelihood);
  let impactField: string = IMPACT_FIELDS[0];
  let impact = DEFAULT_SCALES.impact;
  for (const name of IMPACT_FIELDS) {
    const values = risks.map((f) => f.value(name));
    const scale = detectScale(values, DEFAULT_SCALES.impact);
    if (values.some((v) => looseLevelOf(v, scale) !== undefined)) {
      impactField = name;
      impact = scale;
      break;
    }
  }
  const singleRating = !risks.some((f) => looseLevelOf(f.value('likelihood'), likelihood) !== undefined);
  return {
    scales: { likelihood, impact, bands: bandsFor(likelihood.length, impact.length) },
    impactField,
    singleRating,
  };
}

import { MAX_LEVEL } from '../scales';

/** What a heat map needs of a risk; both {@link Risk} and {@link RiskRow} fit. */
export interface HeatMapInput {
  readonly id?: string | null;
  readonly likelihood?: number | null;
  readonly impact?: number | null;
  readonly residual?: { readonly likelihood?: number | null; readonly impact?: number | null } | null;
  /** The levels of the register's scales, when known: only 5 × 5 risks have a place on the 5 × 5 map. */
  readonly levels?: { readonly likelihood: number; readonly impact: number };
}

export interface HeatMapCell {
  readonly likelihood: number;
  readonly impact: number;
  readonly count: number;
  /** Risks without an id are counted but not named. */
  readonly ids: readonly string[];
}

export interface HeatMap {
  readonly assessment: 'inherent' | 'residual';
  /** `cells[likelihood - 1][impact - 1]`. */
  readonly cells: readonly (readonly HeatMapCell[])[];
  /** Risks that could not be placed (no levels, no residual assessment, or rated on a scale of another size). */
  readonly unplaced: number;
  readonly total: number;
}

/** Counts risks per likelihood × impact cell (5 × 5), with their ids. */
export function heatMap(risks: Iterable<HeatMapInput>, assessment: 'inherent' | 'residual'): HeatMap {
  const counts = Array.from({ length: MAX_LEVEL }, () => Array.from({ length: MAX_LEVEL }, () => ({ count: 0, ids: [] as string[] })));
  let unplaced = 0;
  let total = 0;
  for (const risk of risks) {
    total++;
    const levels = assessment === 'inherent' ? risk : risk.residual;
    const l = levels?.likelihood;
    const i = levels?.impact;
    const onOurScale = !risk.levels || (risk.levels.likelihood === MAX_LEVEL && risk.levels.impact === MAX_LEVEL);
    if (!onOurScale || !isLevel(l) || !isLevel(i)) {
      unplaced++;
      continue;
    }
    const cell = counts[l - 1]![i - 1]!;
    cell.count++;
    if (risk.id) cell.ids.push(risk.id);
  }
  return {
    assessment,
    cells: counts.map((row, l) => row.map((c, i) => ({ likelihood: l + 1, impact: i + 1, count: c.count, ids: c.ids }))),
    unplaced,
    total,
  };
}

function isLevel(n: number | null | undefined): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= MAX_LEVEL;
}

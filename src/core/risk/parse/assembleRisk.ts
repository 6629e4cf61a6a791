import type { Range } from '../../model/text';
import { didYouMean } from '../../util/didYouMean';
import { isIsoDate } from '../dates';
import { type ReviewInterval, type ResidualAssessment, type Risk, type RiskBand, type RiskFieldMap, type RiskOwner, type RiskReference, type RiskReferenceKind, type RiskScales, type RiskStatus, type SourceSpan } from '../model';
import { parseOwner } from '../owner';
import { classifyReference } from '../references';
import { bandOf, levelOf, scoreOf, singleRatingBand } from '../scales';
import { statusOf } from '../statusWords';
import type { RatingPlan } from './ratingPlan';
import { isOverdue, isReviewOverdue, nextReviewDate } from '../timeline';

/** A risk as read from either format, before values are resolved. */
export interface RawRisk {
  readonly index: number;
  readonly fields: RiskFieldMap;
  /** The fields of a `residual` mapping, when it is one. */
  readonly residualFields: RiskFieldMap | undefined;
  readonly related: readonly { readonly text: string; readonly span: SourceSpan }[];
  readonly span: SourceSpan;
  /** The item's first line, where findings about a risk without an id go. */
  readonly firstLine: Range;
}

export interface AssembleContext {
  readonly scales: RiskScales;
  readonly interval: ReviewInterval;
  /** The date overdue flags are computed against. */
  readonly asOf: string;
  /** Reports what no schema can know, such as a word that is not on the register's scale. */
  issue(message: string, range: Range): void;
  /**
   * For registers in other styles: where the impact rating is and whether risks are rated
   * on one scale only (see `planRatings`). Our format rates likelihood × impact.
   */
  readonly ratings?: Omit<RatingPlan, 'scales'>;
  /** How a level is read: `levelOf` for our format; other styles also write `Likely (4)`. */
  readonly readLevel?: (value: unknown, words: readonly string[]) => number | undefined;
}

/**
 * Resolves a raw risk into the model: levels from numbers or scale words, score and band,
 * owner, dates, next review, overdue flags. Shared by the YAML and Markdown parsers so both
 * formats mean the same thing.
 */
export function assembleRisk(raw: RawRisk, ctx: AssembleContext): Risk {
  return new AssembledRisk(raw, ctx);
}

/** A class rather than an object literal, like everything a register keeps (see IndexedDocument). */
class AssembledRisk implements Risk {
  readonly index: number;
  readonly id: string | undefined;
  readonly title: string | undefined;
  readonly description: string | undefined;
  readonly category: string | undefined;
  readonly status: RiskStatus | undefined;
  readonly statusText: string | undefined;
  readonly effectiveStatus: RiskStatus;
  readonly owner: RiskOwner | undefined;
  readonly likelihood: number | undefined;
  readonly impact: number | undefined;
  readonly score: number | undefined;
  readonly band: RiskBand | undefined;
  readonly declaredScore: number | undefined;
  readonly residual: ResidualAssessment | undefined;
  readonly due: string | undefined;
  readonly reviewed: string | undefined;
  readonly closed: string | undefined;
  readonly nextReview: string | undefined;
  readonly overdue: boolean;
  readonly reviewOverdue: boolean;
  readonly mitigation: string | undefined;
  readonly contingency: string | undefined;
  readonly trigger: string | undefined;
  readonly resolution: string | undefined;
  readonly related: readonly RiskReference[];
  readonly fields: RiskFieldMap;
  readonly span: SourceSpan;
  readonly anchor: Range;

  constructor(raw: RawRisk, ctx: AssembleContext) {
    const f = raw.fields;
    this.index = raw.index;
    this.id = textOf(f.value('id'));
    this.title = textOf(f.value('title'));
    this.description = textOf(f.value('description'));
    this.category = textOf(f.value('category'));
    const status = f.value('status');
    this.status = statusOf(status);
    this.statusText = textOf(status);
    this.effectiveStatus = this.status ?? 'open';
    const ownerText = textOf(f.value('owner'));
    this.owner = ownerText === undefined ? undefined : parseOwner(ownerText);
    const single = ctx.ratings?.singleRating === true;
    this.likelihood = single ? undefined : resolveLevel(f, 'likelihood', 'likelihood', ctx.scales.likelihood, ctx);
    const impactField = ctx.ratings?.impactField ?? 'impact';
    this.impact = resolveLevel(f, impactField, impactField, ctx.scales.impact, ctx);
    this.score = single ? this.impact : scoreOf(this.likelihood, this.impact);
    this.band = single ? singleRatingBand(this.impact, ctx.scales.impact.length) : bandOf(this.score, ctx.scales.bands);
    this.declaredScore = wholeNumberOf(f.value('score'));
    this.residual = raw.residualFields && new ResidualOf(raw.residualFields, ctx);
    this.due = dateOf(f.value('due'));
    this.reviewed = dateOf(f.value('reviewed'));
    this.closed = dateOf(f.value('closed'));
    this.nextReview = nextReviewDate(this.reviewed, ctx.interval);
    this.overdue = isOverdue(this, ctx.asOf);
    this.reviewOverdue = isReviewOverdue(this, ctx.asOf);
    this.mitigation = textOf(f.value('mitigation'));
    this.contingency = textOf(f.value('contingency'));
    this.trigger = textOf(f.value('trigger'));
    this.resolution = textOf(f.value('resolution'));
    this.related = raw.related.map(referenceOf);
    this.fields = f;
    this.span = raw.span;
    this.anchor = this.id !== undefined ? f.get('id')!.valueSpan.range : raw.firstLine;
  }
}

/** The assessment after mitigation (a class for the reason given at AssembledRisk). */
class ResidualOf implements ResidualAssessment {
  readonly likelihood: number | undefined;
  readonly impact: number | undefined;
  readonly score: number | undefined;
  readonly band: RiskBand | undefined;
  readonly declaredScore: number | undefined;

  constructor(readonly fields: RiskFieldMap, ctx: AssembleContext) {
    this.likelihood = resolveLevel(fields, 'likelihood', 'residual likelihood', ctx.scales.likelihood, ctx);
    this.impact = resolveLevel(fields, 'impact', 'residual impact', ctx.scales.impact, ctx);
    this.score = scoreOf(this.likelihood, this.impact);
    this.band = bandOf(this.score, ctx.scales.bands);
    this.declaredScore = wholeNumberOf(fields.value('score'));
  }
}

function resolveLevel(fields: RiskFieldMap, name: string, what: string, words: readonly string[], ctx: AssembleContext): number | undefined {
  const value = fields.value(name);
  if (value === undefined || value === null) return undefined;
  const level = (ctx.readLevel ?? levelOf)(value, words);
  // Numbers out of range are the schema's to report; words only the register's scale can judge.
  if (level === undefined && typeof value === 'string' && value.trim() !== '') {
    ctx.issue(`The ${what} "${value.trim()}" is neither a level 1-${words.length} nor a word of the scale (${words.join(', ')}).${didYouMean(value.trim(), words)}`, fields.get(name)!.valueSpan.range);
  }
  return level;
}

export function textOf(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  return t === '' ? undefined : t;
}

function dateOf(value: unknown): string | undefined {
  return typeof value === 'string' && isIsoDate(value.trim()) ? value.trim() : undefined;
}

function wholeNumberOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

/** One `related` entry, sorted by `classifyReference` (a class for the reason given at AssembledRisk). */
class Reference implements RiskReference {
  readonly kind: RiskReferenceKind;
  readonly adrNumber?: number;

  constructor(readonly text: string, readonly span: SourceSpan) {
    const { kind, adrNumber } = classifyReference(text);
    this.kind = kind;
    if (adrNumber !== undefined) this.adrNumber = adrNumber;
  }
}

function referenceOf(r: { readonly text: string; readonly span: SourceSpan }): RiskReference {
  return new Reference(r.text, r.span);
}

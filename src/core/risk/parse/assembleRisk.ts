import type { Range } from '../../model/text';
import { didYouMean } from '../../util/didYouMean';
import { isIsoDate } from '../dates';
import { RISK_STATUSES, type ReviewInterval, type ResidualAssessment, type Risk, type RiskField, type RiskReference, type RiskScales, type RiskStatus, type SourceSpan } from '../model';
import { parseOwner } from '../owner';
import { classifyReference } from '../references';
import { bandOf, levelOf, scoreOf } from '../scales';
import { isOverdue, isReviewOverdue, nextReviewDate } from '../timeline';

/** A risk as read from either format, before values are resolved. */
export interface RawRisk {
  readonly index: number;
  readonly fields: ReadonlyMap<string, RiskField>;
  /** The fields of a `residual` mapping, when it is one. */
  readonly residualFields: ReadonlyMap<string, RiskField> | undefined;
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
}

/**
 * Resolves a raw risk into the model: levels from numbers or scale words, score and band,
 * owner, dates, next review, overdue flags. Shared by the YAML and Markdown parsers so both
 * formats mean the same thing.
 */
export function assembleRisk(raw: RawRisk, ctx: AssembleContext): Risk {
  const f = raw.fields;
  const likelihood = resolveLevel(f.get('likelihood'), 'likelihood', ctx.scales.likelihood, ctx);
  const impact = resolveLevel(f.get('impact'), 'impact', ctx.scales.impact, ctx);
  const score = scoreOf(likelihood, impact);
  const status = statusOf(f.get('status')?.value);
  const effectiveStatus = status ?? 'open';
  const reviewed = dateOf(f.get('reviewed')?.value);
  const due = dateOf(f.get('due')?.value);
  const nextReview = nextReviewDate(reviewed, ctx.interval);
  const ownerText = textOf(f.get('owner')?.value);
  const id = textOf(f.get('id')?.value);
  const idField = f.get('id');
  return {
    index: raw.index,
    id,
    title: textOf(f.get('title')?.value),
    description: textOf(f.get('description')?.value),
    category: textOf(f.get('category')?.value),
    status,
    effectiveStatus,
    owner: ownerText === undefined ? undefined : parseOwner(ownerText),
    likelihood,
    impact,
    score,
    band: bandOf(score, ctx.scales.bands),
    declaredScore: wholeNumberOf(f.get('score')?.value),
    residual: raw.residualFields && assessResidual(raw.residualFields, ctx),
    due,
    reviewed,
    closed: dateOf(f.get('closed')?.value),
    nextReview,
    overdue: isOverdue({ due, effectiveStatus }, ctx.asOf),
    reviewOverdue: isReviewOverdue({ nextReview, effectiveStatus }, ctx.asOf),
    mitigation: textOf(f.get('mitigation')?.value),
    contingency: textOf(f.get('contingency')?.value),
    trigger: textOf(f.get('trigger')?.value),
    resolution: textOf(f.get('resolution')?.value),
    related: raw.related.map(referenceOf),
    fields: f,
    span: raw.span,
    anchor: id !== undefined && idField ? idField.valueSpan.range : raw.firstLine,
  };
}

function assessResidual(fields: ReadonlyMap<string, RiskField>, ctx: AssembleContext): ResidualAssessment {
  const likelihood = resolveLevel(fields.get('likelihood'), 'residual likelihood', ctx.scales.likelihood, ctx);
  const impact = resolveLevel(fields.get('impact'), 'residual impact', ctx.scales.impact, ctx);
  const score = scoreOf(likelihood, impact);
  return { likelihood, impact, score, band: bandOf(score, ctx.scales.bands), declaredScore: wholeNumberOf(fields.get('score')?.value), fields };
}

function resolveLevel(field: RiskField | undefined, what: string, words: readonly string[], ctx: AssembleContext): number | undefined {
  const value = field?.value;
  if (value === undefined || value === null) return undefined;
  const level = levelOf(value, words);
  // Numbers out of range are the schema's to report; words only the register's scale can judge.
  if (level === undefined && typeof value === 'string' && value.trim() !== '') {
    ctx.issue(`The ${what} "${value.trim()}" is neither a level 1-5 nor a word of the scale (${words.join(', ')}).${didYouMean(value.trim(), words)}`, field!.valueSpan.range);
  }
  return level;
}

export function textOf(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  return t === '' ? undefined : t;
}

export function statusOf(value: unknown): RiskStatus | undefined {
  if (typeof value !== 'string') return undefined;
  const t = value.trim().toLowerCase();
  return (RISK_STATUSES as readonly string[]).includes(t) ? (t as RiskStatus) : undefined;
}

function dateOf(value: unknown): string | undefined {
  return typeof value === 'string' && isIsoDate(value.trim()) ? value.trim() : undefined;
}

function wholeNumberOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

/** Written out rather than spread from `classifyReference`: a spread costs more than the whole classification. */
function referenceOf(r: { readonly text: string; readonly span: SourceSpan }): RiskReference {
  const { kind, adrNumber } = classifyReference(r.text);
  return adrNumber === undefined ? { text: r.text, span: r.span, kind } : { text: r.text, span: r.span, kind, adrNumber };
}

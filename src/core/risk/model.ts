import type { IndexedDocument } from '../model/documents';
import type { Range } from '../model/text';

/**
 * The risk-register model: what the YAML and Markdown parsers produce, what the rules,
 * edits, reports and both front ends read. Every value keeps where it came from so a
 * finding or an edit can point at the exact key or value.
 */

export const RISK_STATUSES = ['open', 'mitigating', 'accepted', 'closed', 'occurred'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

export const RISK_BANDS = ['critical', 'high', 'medium', 'low'] as const;
export type RiskBand = (typeof RISK_BANDS)[number];

/** A stretch of the register's text: offsets for edits, a range for findings. */
export interface SourceSpan {
  readonly start: number;
  readonly end: number;
  readonly range: Range;
}

/** One `key: value` of a risk as written (for Markdown: one table cell under a known column). */
export interface RiskField {
  readonly name: string;
  /** The value as plain data (string, number, list, mapping), or `null` when empty. */
  readonly value: unknown;
  readonly keySpan: SourceSpan;
  readonly valueSpan: SourceSpan;
}

/**
 * A risk's fields by name: the lookups rules and edits make. A YAML register keeps its
 * risks' fields compactly and makes a field object on each `get` (see YamlFields), so
 * `value` reads a value without making the field.
 */
export interface RiskFieldMap {
  /** The keys, in the order they are written. */
  readonly names: readonly string[];
  get(name: string): RiskField | undefined;
  value(name: string): unknown;
}

/** How scores are read: the words for each level (index 0 is level 1) and the band thresholds. */
export interface RiskScales {
  readonly likelihood: readonly string[];
  readonly impact: readonly string[];
  /** A score at or above a threshold is in that band; below `medium` is `low`. */
  readonly bands: { readonly critical: number; readonly high: number; readonly medium: number };
}

export type IntervalUnit = 'd' | 'w' | 'm' | 'y';

/** How often open risks must be reviewed, such as `30d`, `2w`, `1m`. */
export interface ReviewInterval {
  readonly amount: number;
  readonly unit: IntervalUnit;
  /** As written (or the default), for messages. */
  readonly text: string;
}

export interface RiskOwner {
  /** As written, such as `Dana Lee <dana@example.com>`. */
  readonly text: string;
  readonly name: string | undefined;
  readonly email: string | undefined;
}

/**
 * A likelihood × impact pair resolved to levels of the register's scales (1-5 in our
 * format; registers in other styles may rate on three or four levels), undefined when
 * missing or unreadable. A register that rates risks on one scale only (a severity or a
 * priority) has that level as `impact` and as `score`, and no likelihood.
 */
export interface RiskAssessment {
  readonly likelihood: number | undefined;
  readonly impact: number | undefined;
  /** likelihood × impact, when both are known. */
  readonly score: number | undefined;
  readonly band: RiskBand | undefined;
  /** The `score` the file states, which `risk/score-mismatch` compares with the computed one. */
  readonly declaredScore: number | undefined;
}

/** The assessment after mitigation, with the keys of the `residual` mapping. */
export interface ResidualAssessment extends RiskAssessment {
  readonly fields: RiskFieldMap;
}

export type RiskReferenceKind = 'adr' | 'risk' | 'path' | 'text';

/** One entry of `related`. */
export interface RiskReference {
  readonly text: string;
  readonly kind: RiskReferenceKind;
  /** For `adr` references: the decision number (`ADR-0007`, `ADR-7` and `ADR 7` all give 7). */
  readonly adrNumber?: number;
  readonly span: SourceSpan;
}

export interface Risk {
  /** Position in the register (0-based), in file order. */
  readonly index: number;
  readonly id: string | undefined;
  readonly title: string | undefined;
  readonly description: string | undefined;
  readonly category: string | undefined;
  /** What the written status means (`mitigated` and `monitoring` are `mitigating`), undefined when none is written or it means none of {@link RISK_STATUSES}. */
  readonly status: RiskStatus | undefined;
  /** The status exactly as written (`In progress`, `Mitigated`), for display. */
  readonly statusText: string | undefined;
  /** What rules and reports go by: the written status, or `open` when none is written. */
  readonly effectiveStatus: RiskStatus;
  readonly owner: RiskOwner | undefined;
  /** The inherent assessment (before mitigation). */
  readonly likelihood: number | undefined;
  readonly impact: number | undefined;
  readonly score: number | undefined;
  readonly band: RiskBand | undefined;
  readonly declaredScore: number | undefined;
  /** The assessment once mitigations are in place, when the file gives one. */
  readonly residual: ResidualAssessment | undefined;
  /** ISO dates (`YYYY-MM-DD`); undefined when missing or not a valid date. */
  readonly due: string | undefined;
  readonly reviewed: string | undefined;
  readonly closed: string | undefined;
  /** `reviewed` plus the register's review interval. */
  readonly nextReview: string | undefined;
  /** Due date before {@link RiskRegister.asOf} and not closed. */
  readonly overdue: boolean;
  /** Next review before {@link RiskRegister.asOf} and not closed. */
  readonly reviewOverdue: boolean;
  readonly mitigation: string | undefined;
  readonly contingency: string | undefined;
  readonly trigger: string | undefined;
  readonly resolution: string | undefined;
  readonly related: readonly RiskReference[];
  /** Every field as written, by key. */
  readonly fields: RiskFieldMap;
  /** The whole list item (YAML) or table row (Markdown). */
  readonly span: SourceSpan;
  /** Where to point findings about the risk as a whole: its id, else the item's first line. */
  readonly anchor: Range;
}

/** A problem found while reading the file, reported by `risk/yaml-syntax` or `risk/schema`. */
export interface RegisterIssue {
  readonly message: string;
  readonly range: Range;
}

export interface RiskRegister extends IndexedDocument {
  readonly kind: 'risk';
  readonly format: 'yaml' | 'markdown';
  /** Registers in another style than our YAML format (Markdown, YAML with other keys) are read, never edited. */
  readonly readOnly: boolean;
  /** Why the register is read-only, in a sentence a user can act on; undefined when it is not. */
  readonly readOnlyReason: string | undefined;
  /**
   * Whether the register is written in our YAML format. Only then does it get schema
   * findings: a register in another style gets the findings that matter (owner, due date,
   * overdue), not a list of every key it names differently.
   */
  readonly ownFormat: boolean;
  /** False when the file could not be read or parsed; it then has no risks and shows an error. */
  readonly parsed: boolean;
  readonly title: string | undefined;
  readonly scales: RiskScales;
  readonly reviewInterval: ReviewInterval;
  readonly risks: readonly Risk[];
  /** The date the `overdue` flags were computed against. */
  readonly asOf: string;
  readonly syntaxErrors: readonly RegisterIssue[];
  readonly schemaIssues: readonly RegisterIssue[];
}

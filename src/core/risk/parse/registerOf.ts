import type { Finding } from '../../model/findings';
import type { RegisterIssue, ReviewInterval, Risk, RiskRegister, RiskScales } from '../model';

/** What a parser found in a register, handed to {@link RegisterOf}. */
type RegisterParts = Omit<RiskRegister, 'kind'>;

/** A register with no risks (unreadable, or not YAML at all), sharing one empty list. */
export const NO_RISKS: readonly Risk[] = [];

/**
 * A parsed register. A class rather than an object literal, because the index keeps it
 * and replaces it on each edit (see IndexedDocument); the parts passed in are short-lived.
 * Fields are set one by one in this order, whichever parser made the parts, so every
 * register has the same shape for the rules that read it.
 */
export class RegisterOf implements RiskRegister {
  readonly kind = 'risk' as const;
  readonly path: string;
  readonly text: string;
  readonly problems: readonly Finding[];
  readonly disabledRules: ReadonlySet<string>;
  readonly format: 'yaml' | 'markdown';
  readonly readOnly: boolean;
  readonly readOnlyReason: string | undefined;
  readonly ownFormat: boolean;
  readonly parsed: boolean;
  readonly title: string | undefined;
  readonly scales: RiskScales;
  readonly reviewInterval: ReviewInterval;
  readonly risks: readonly Risk[];
  readonly asOf: string;
  readonly syntaxErrors: readonly RegisterIssue[];
  readonly schemaIssues: readonly RegisterIssue[];

  constructor(parts: RegisterParts) {
    this.path = parts.path;
    this.text = parts.text;
    this.problems = parts.problems;
    this.disabledRules = parts.disabledRules;
    this.format = parts.format;
    this.readOnly = parts.readOnly;
    this.readOnlyReason = parts.readOnlyReason;
    this.ownFormat = parts.ownFormat;
    this.parsed = parts.parsed;
    this.title = parts.title;
    this.scales = parts.scales;
    this.reviewInterval = parts.reviewInterval;
    this.risks = parts.risks;
    this.asOf = parts.asOf;
    this.syntaxErrors = parts.syntaxErrors;
    this.schemaIssues = parts.schemaIssues;
  }
}

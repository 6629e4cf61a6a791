import { ADR_CATALOG } from '../adr/catalog';
import { scanRecordMentions, type RecordMention } from '../adr/mentionScan';
import { isProseLanguage } from '../text/commentSpans';
import type { AdrStatusValue, DecisionRecord } from '../adr/model';
import { resolveAdrReference } from '../adr/references';
import type { Risk, RiskBand, RiskRegister } from '../risk/model';
import type { WorkspaceView } from '../rules/rule';
import { appliesToPath, GOVERNED_PATHS } from './governedPaths';
import { isRetired, successorOf } from './successor';

/**
 * What governs a file: the decisions whose `applies-to` selects it or that its comments
 * mention, and the open risks whose `related` paths name it. One answer for the editor's
 * status bar and CodeLens, the review report and the checklist.
 */
export interface Governance {
  readonly decisions: readonly GoverningDecision[];
  readonly risks: readonly TouchingRisk[];
}

/** How a decision came to govern a file. */
export type GovernedVia = 'applies-to' | 'mention';

/** Statuses a reviewer should notice: the decision no longer holds, or does not hold yet. */
export type DecisionFlag = Extract<AdrStatusValue, 'superseded' | 'deprecated' | 'rejected' | 'proposed' | 'draft'>;

export interface GoverningDecision {
  readonly record: DecisionRecord;
  readonly via: readonly GovernedVia[];
  readonly flag: DecisionFlag | undefined;
  /** For a superseded, deprecated or rejected record: what replaced it, when a record says. */
  readonly successor: DecisionRecord | undefined;
}

export interface TouchingRisk {
  readonly register: RiskRegister;
  readonly risk: Risk;
  /** The `related` entries that name the file, as written. */
  readonly via: readonly string[];
}

const FLAGGED: ReadonlySet<string> = new Set<DecisionFlag>(['superseded', 'deprecated', 'rejected', 'proposed', 'draft']);

export const NOT_GOVERNED: Governance = { decisions: [], risks: [] };

/**
 * The decisions and risks governing `path` (repo-relative, `/`-separated).
 * @param mentions the file's record mentions (scanRecordMentions), when its text is at hand.
 */
export function governanceOf(view: WorkspaceView, path: string, mentions: readonly RecordMention[] = []): Governance {
  const governed = view.catalog(GOVERNED_PATHS);
  const byPath = new Map<string, { record: DecisionRecord; via: Set<GovernedVia> }>();
  const add = (record: DecisionRecord, via: GovernedVia) => {
    // A record does not govern itself by mentioning its own number.
    if (record.path === path) return;
    const entry = byPath.get(record.path) ?? { record, via: new Set<GovernedVia>() };
    entry.via.add(via);
    byPath.set(record.path, entry);
  };
  for (const d of governed.decisions) if (appliesToPath(d, path)) add(d.record, 'applies-to');
  for (const record of mentionedRecords(view, path, mentions)) add(record, 'mention');

  const catalog = view.catalog(ADR_CATALOG);
  const decisions = [...byPath.values()]
    .map(({ record, via }): GoverningDecision => {
      const status = record.status?.value;
      return {
        record,
        via: [...via].sort(),
        flag: status !== undefined && FLAGGED.has(status) ? (status as DecisionFlag) : undefined,
        successor: isRetired(record) ? successorOf(record, catalog) : undefined,
      };
    })
    .sort(compareDecisions);

  const risks = governed.risks
    .map(({ register, risk, paths }) => ({ register, risk, via: paths.filter((p) => !p.glob.negated && p.glob.regex.test(path)).map((p) => p.reference.text) }))
    .filter((r) => r.via.length > 0)
    .sort(compareRisks);
  return decisions.length === 0 && risks.length === 0 ? NOT_GOVERNED : { decisions, risks };
}

/**
 * The mentions that tie a file to records: those in a code file's comments. Prose (records,
 * READMEs) mentions records to tell their story, which does not make them governed.
 */
export function codeMentions(text: string, languageId: string | undefined, path: string): RecordMention[] {
  if (!languageId || isProseLanguage(languageId) || !/adr/i.test(text)) return [];
  return scanRecordMentions(text, languageId, path);
}

/** The records a file's mentions name, each once. */
export function mentionedRecords(view: WorkspaceView, path: string, mentions: readonly RecordMention[]): DecisionRecord[] {
  const catalog = view.catalog(ADR_CATALOG);
  const found = new Map<string, DecisionRecord>();
  for (const m of mentions) {
    const record = m.kind === 'number' ? resolveAdrReference(view, m.number, path).record : catalog.byPath(m.path);
    if (record) found.set(record.path, record);
  }
  return [...found.values()];
}

const BAND_ORDER: readonly (RiskBand | undefined)[] = ['critical', 'high', 'medium', 'low', undefined];

/** Risks the worst first (critical to unrated), then by id. */
export function compareRisks(a: TouchingRisk, b: TouchingRisk): number {
  return BAND_ORDER.indexOf(a.risk.band) - BAND_ORDER.indexOf(b.risk.band) || (a.risk.id ?? '').localeCompare(b.risk.id ?? '');
}

/** Decisions by number, then path. */
export function compareDecisions(a: GoverningDecision, b: GoverningDecision): number {
  const an = a.record.number?.value ?? Number.MAX_SAFE_INTEGER;
  const bn = b.record.number?.value ?? Number.MAX_SAFE_INTEGER;
  return an - bn || (a.record.path < b.record.path ? -1 : a.record.path > b.record.path ? 1 : 0);
}

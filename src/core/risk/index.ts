/**
 * The risk-register core as the CLI and the extension use it. Everything here is pure:
 * edits come back as planned `FileChange`s, reports as strings.
 */
export { riskProvider } from './provider';
export { DEFAULT_RISK_PATTERNS, type RiskDiscovery } from './discovery';
export { parseRiskRegister } from './parseRegister';
export { RISK_RULES } from './rules';
export { RISK_REGISTER_SCHEMA } from './schema';
export { RISK_ID_CATALOG, type RiskLocation } from './catalog';
export { DEFAULT_SCALES, levelOf, bandOf } from './scales';
export { isOverdue, isReviewOverdue } from './timeline';
export { knownOwners, type KnownOwner } from './owners';
export { planAddRisk, type NewRisk } from './edit/addRisk';
export { planChangeStatus, planClose, planMarkReviewed, planReassess, type LevelInput, type Reassessment } from './edit/updateRisk';
export type { PlanResult } from './edit/planResult';
export { listRisks, type RiskFilter, type RiskRow } from './report/listRisks';
export { heatMap, type HeatMap, type HeatMapCell, type HeatMapInput } from './report/heatMap';
export { renderRiskReport, type ReportFormat } from './report/renderReport';
export type { ReportOptions } from './report/summary';
export * from './model';

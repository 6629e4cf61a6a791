/**
 * What front ends call to write decision records. Every planner returns `FileChange`s
 * computed against the indexed text; the CLI writes them, the extension applies them as
 * one WorkspaceEdit. Nothing here touches a file.
 */
export { adrWorkspaceOf, type AdrWorkspace } from './workspace';
export { type AdrPlan, type AdrPlanFailure } from './planResult';
export { chooseAdrDirectory, type ChosenDirectory } from './chooseDirectory';
export { planNewDecision, listAdrTemplates, type NewDecisionInput, type NewDecisionPlan } from './newDecision';
export { type AdrTemplateInfo } from './templates/templateCatalog';
export { planChangeStatus, dateMeansLastUpdated } from './statusEdits';
export { planSupersede, planLink, isLinkRelation, LINK_RELATIONS, type LinkRelation } from './relationEdits';
export { findRecord, type RecordRef } from './recordRefs';
export { planIndex, INDEX_START_MARKER, INDEX_END_MARKER, type IndexPlan } from './indexPage';
export { decisionGraphModel, renderDecisionGraph, type DecisionGraphModel, type DecisionGraphNode, type DecisionGraphEdge, type MermaidOptions } from './graph';
export { planInitialize, DEFAULT_ADR_DIRECTORY, type InitializeInput, type InitializePlan } from './initialize';
export { slugify } from './slug';

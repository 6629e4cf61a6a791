/** Every command id, view id and context key, in one place (the manifest uses the same strings). */
export const Commands = {
  refresh: 'techlead.refresh',
  showOutput: 'techlead.showOutput',
  lintWorkspace: 'techlead.lintWorkspace',
  openSettings: 'techlead.openSettings',
  adrNew: 'techlead.adr.new',
  adrInitialize: 'techlead.adr.initialize',
  adrSupersede: 'techlead.adr.supersede',
  adrChangeStatus: 'techlead.adr.changeStatus',
  adrLink: 'techlead.adr.link',
  adrGenerateIndex: 'techlead.adr.generateIndex',
  adrShowGraph: 'techlead.adr.showGraph',
  adrExplain: 'techlead.adr.explain',
  adrGroupBy: 'techlead.adr.groupBy',
  adrFilter: 'techlead.adr.filter',
  adrClearFilter: 'techlead.adr.clearFilter',
  riskAdd: 'techlead.risk.add',
  riskMarkReviewed: 'techlead.risk.markReviewed',
  riskChangeStatus: 'techlead.risk.changeStatus',
  riskReassess: 'techlead.risk.reassess',
  riskClose: 'techlead.risk.close',
  riskExportReport: 'techlead.risk.exportReport',
  riskShowHeatMap: 'techlead.risk.showHeatMap',
  riskGroupBy: 'techlead.risk.groupBy',
  riskToggleMine: 'techlead.risk.toggleMine',
  riskShowAllOwners: 'techlead.risk.showAllOwners',
  riskCreateRegister: 'techlead.risk.createRegister',
  reviewChooseBase: 'techlead.review.chooseBase',
  reviewRefresh: 'techlead.review.refresh',
  reviewResetTicks: 'techlead.review.resetTicks',
  reviewCopyChecklist: 'techlead.review.copyChecklist',
  reviewShowAllGuidelines: 'techlead.review.showAllGuidelines',
  reviewNewGuideline: 'techlead.review.newGuideline',
  reviewToggleItem: 'techlead.review.toggleItem',
  openLocation: 'techlead.openLocation',
  showAllViews: 'techlead.showAllViews',
  governanceShow: 'techlead.governance.show',
  adrNewForSelection: 'techlead.adr.newForSelection',
} as const;

export const Views = {
  container: 'techlead',
  decisions: 'techlead.decisions',
  risks: 'techlead.risks',
  review: 'techlead.review',
} as const;

/** Context keys the manifest's `when` clauses read. */
export const ContextKeys = {
  /** True once every workspace folder has been indexed once: the views can say "none found". */
  ready: 'techlead.ready',
  hasDecisions: 'techlead.hasDecisions',
  hasRisks: 'techlead.hasRisks',
  hasGuidelines: 'techlead.hasGuidelines',
  decisionsFiltered: 'techlead.decisionsFiltered',
  /** The active editor shows a decision record: the editor menus offer record commands. */
  activeEditorIsDecision: 'techlead.activeEditorIsDecision',
  risksMineOnly: 'techlead.risksMineOnly',
  /** The user asked for the Risks and Review Checklist views even while they have nothing to show. */
  showAllViews: 'techlead.showAllViews',
} as const;

export const OUTPUT_CHANNEL_NAME = 'Tech Lead Toolkit';
export const DIAGNOSTIC_SOURCE = 'techlead';

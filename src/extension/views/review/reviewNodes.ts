import type { ChecklistItem, Guideline } from '../../../core/guidelines/model';
import { ownersOfChange } from '../../../core/guidelines/codeowners';
import type { ChangedFile } from '../../../core/review/changeSet';
import type { ApplicableGuideline, RegexHint } from '../../../core/review/matchGuidelines';
import type { ReviewScope } from '../../review/reviewScope';
import type { ChangeGovernance } from '../../../core/governance/changeGovernance';

export type ChangeDecision = ChangeGovernance['decisions'][number];
export type ChangeRisk = ChangeGovernance['risks'][number];

/**
 * The Review Checklist tree: per scope (shown only when there are several), broken
 * guideline files first, then the applicable guidelines (blockers first) with their
 * checklist items, changed files and hinted lines, then the "Also ask" owners.
 * Every node knows its parent, so a guideline can be revealed from the editor.
 */
export type ReviewNode =
  | { readonly type: 'scope'; readonly id: string; readonly scope: ReviewScope; readonly parent?: undefined }
  | { readonly type: 'broken'; readonly id: string; readonly scope: ReviewScope; readonly guideline: Guideline; readonly parent: ReviewNode | undefined }
  | { readonly type: 'guideline'; readonly id: string; readonly scope: ReviewScope; readonly applicable: ApplicableGuideline; readonly parent: ReviewNode | undefined }
  | { readonly type: 'item'; readonly id: string; readonly scope: ReviewScope; readonly applicable: ApplicableGuideline; readonly item: ChecklistItem; readonly parent: GuidelineNode }
  | { readonly type: 'files'; readonly id: string; readonly scope: ReviewScope; readonly applicable: ApplicableGuideline; readonly parent: GuidelineNode }
  | { readonly type: 'file'; readonly id: string; readonly scope: ReviewScope; readonly file: ChangedFile; readonly hints: number; readonly parent: ReviewNode }
  | { readonly type: 'hints'; readonly id: string; readonly scope: ReviewScope; readonly applicable: ApplicableGuideline; readonly parent: GuidelineNode }
  | { readonly type: 'hint'; readonly id: string; readonly scope: ReviewScope; readonly hint: RegexHint; readonly parent: ReviewNode }
  | { readonly type: 'note'; readonly id: string; readonly scope: ReviewScope; readonly message: string; readonly parent: ReviewNode }
  | { readonly type: 'decisions'; readonly id: string; readonly scope: ReviewScope; readonly parent: ReviewNode | undefined }
  | { readonly type: 'decision'; readonly id: string; readonly scope: ReviewScope; readonly decision: ChangeDecision; readonly parent: ReviewNode }
  | { readonly type: 'risks'; readonly id: string; readonly scope: ReviewScope; readonly parent: ReviewNode | undefined }
  | { readonly type: 'risk'; readonly id: string; readonly scope: ReviewScope; readonly risk: ChangeRisk; readonly parent: ReviewNode }
  | { readonly type: 'alsoAsk'; readonly id: string; readonly scope: ReviewScope; readonly owners: readonly OwnerFiles[]; readonly parent: ReviewNode | undefined }
  | { readonly type: 'owner'; readonly id: string; readonly scope: ReviewScope; readonly owner: OwnerFiles; readonly parent: ReviewNode };

export type GuidelineNode = Extract<ReviewNode, { type: 'guideline' }>;

export interface OwnerFiles {
  readonly owner: string;
  readonly files: readonly string[];
}

/**
 * What a scope shows: broken guideline files, applicable guidelines, the decisions
 * governing the change and the risks it touches, then who else to ask.
 */
export function scopeChildren(scope: ReviewScope, parent: ReviewNode | undefined): ReviewNode[] {
  const base = `${scope.key}|`;
  const broken: ReviewNode[] = scope.entry.index.documents('guideline').filter(isBroken).map((guideline) => ({ type: 'broken', id: `${base}broken:${guideline.path}`, scope, guideline, parent }));
  const guidelines: ReviewNode[] = scope.applicable.map((applicable) => ({ type: 'guideline', id: `${base}guideline:${applicable.guideline.path}`, scope, applicable, parent }));
  const owners = scope.codeowners ? ownersOfChange(scope.codeowners, scope.changes.map((c) => c.path)) : [];
  const alsoAsk: ReviewNode[] = owners.length > 0 ? [{ type: 'alsoAsk', id: `${base}alsoAsk`, scope, owners, parent }] : [];
  const governance: ReviewNode[] = [];
  if (scope.governance.decisions.length > 0) governance.push({ type: 'decisions', id: `${base}decisions`, scope, parent });
  if (scope.governance.risks.length > 0) governance.push({ type: 'risks', id: `${base}risks`, scope, parent });
  return [...broken, ...guidelines, ...governance, ...alsoAsk];
}

export function decisionsChildren(node: Extract<ReviewNode, { type: 'decisions' }>): ReviewNode[] {
  return node.scope.governance.decisions.map((decision) => ({ type: 'decision', id: `${node.id}:${decision.record.path}`, scope: node.scope, decision, parent: node }));
}

export function risksChildren(node: Extract<ReviewNode, { type: 'risks' }>): ReviewNode[] {
  return node.scope.governance.risks.map((risk) => ({ type: 'risk', id: `${node.id}:${risk.register.path}#${risk.risk.index}`, scope: node.scope, risk, parent: node }));
}

/** A guideline's items, then the files it applies to, the lines to look at and why hints may be missing. */
export function guidelineChildren(node: GuidelineNode): ReviewNode[] {
  const { scope, applicable } = node;
  const out: ReviewNode[] = applicable.guideline.checklist.map((item) => ({ type: 'item', id: `${node.id}|item:${item.key}`, scope, applicable, item, parent: node }));
  out.push({ type: 'files', id: `${node.id}|files`, scope, applicable, parent: node });
  if (applicable.hints.length > 0) out.push({ type: 'hints', id: `${node.id}|hints`, scope, applicable, parent: node });
  applicable.notes.forEach((message, i) => out.push({ type: 'note', id: `${node.id}|note:${i}`, scope, message, parent: node }));
  return out;
}

export function filesChildren(node: Extract<ReviewNode, { type: 'files' }>): ReviewNode[] {
  return node.applicable.files.map((file) => ({
    type: 'file',
    id: `${node.id}:${file.path}`,
    scope: node.scope,
    file,
    hints: node.applicable.hints.filter((h) => h.file === file.path).length,
    parent: node,
  }));
}

export function hintsChildren(node: Extract<ReviewNode, { type: 'hints' }>): ReviewNode[] {
  return node.applicable.hints.map((hint) => ({ type: 'hint', id: `${node.id}:${hint.file}:${hint.line}`, scope: node.scope, hint, parent: node }));
}

export function alsoAskChildren(node: Extract<ReviewNode, { type: 'alsoAsk' }>): ReviewNode[] {
  return node.owners.map((owner) => ({ type: 'owner', id: `${node.id}:${owner.owner}`, scope: node.scope, owner, parent: node }));
}

/**
 * A guideline file the review cannot use: unreadable, or front matter so broken that it
 * names no paths. Shown at the top of the view instead of silently never applying.
 */
export function isBroken(guideline: Guideline): boolean {
  return guideline.problems.length > 0 || (guideline.appliesTo.length === 0 && guideline.frontMatterIssues.length > 0);
}

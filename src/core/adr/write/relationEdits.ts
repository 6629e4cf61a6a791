import type { WorkspaceView } from '../../rules/rule';
import { ADR_CATALOG, type AdrCatalog } from '../catalog';
import { planAddLink } from '../edits/linkEdits';
import { INVERSE_RELATION } from '../links';
import type { AdrRelation, DecisionRecord } from '../model';
import { ChangeSet } from './changeSet';
import { checkEdits } from './checkedEdit';
import { describeRecord, hasRelation, targetNames } from './linkTargets';
import { planFailure, refuseBrokenFrontMatter, type AdrPlan, type AdrPlanFailure } from './planResult';
import { replaceStatus, statusEdits } from './statusEdits';
import { editBetween } from './textDiff';
import { parseDecisionRecord } from '../parser';
import { applyTextEdits, type TextEdit } from '../../model/text';

/** The relations a user links records with; supersession has its own command. */
export type LinkRelation = 'relates-to' | 'amends' | 'clarifies' | 'extends';
export const LINK_RELATIONS: readonly LinkRelation[] = ['relates-to', 'amends', 'clarifies', 'extends'];

export function isLinkRelation(value: string): value is LinkRelation {
  return (LINK_RELATIONS as readonly string[]).includes(value);
}

/**
 * Marks `oldRecord` as superseded by `newRecord` and `newRecord` as superseding it, each in
 * its own style. adr-tools users get exactly what `adr new -s` writes: the old record's
 * status line becomes "Superseded by [10. Title](0010-title.md)", the new record's Status
 * section gains "Supersedes [2. Title](0002-title.md)". MADR front matter gets
 * `status: superseded by ADR-0010` and `supersedes: ADR-0002` (a link to the file when the
 * number could name another record); bullets and tables a line of their own. Running it
 * again changes nothing. Dates are left as they are: a record's date is its author's.
 * @param view the indexed folder, to name the record that already supersedes `oldRecord`,
 *   if any, and to check that every reference written resolves to the record meant.
 */
export function planSupersede(view: WorkspaceView | undefined, oldRecord: DecisionRecord, newRecord: DecisionRecord): AdrPlan {
  if (oldRecord.path === newRecord.path) return planFailure(`${describeRecord(oldRecord)} cannot supersede itself.`);
  const broken = refuseBrokenFrontMatter(oldRecord, newRecord);
  if (broken) return broken;
  const oldSide = supersededEdits(view, oldRecord, newRecord);
  if (!Array.isArray(oldSide)) return oldSide;
  const newSide = supersedingEdits(newRecord, oldRecord, catalogOf(view));
  if (!Array.isArray(newSide)) return newSide;
  return { ok: true, changes: new ChangeSet().edit(oldRecord, oldSide).edit(newRecord, newSide).toChanges() };
}

function catalogOf(view: WorkspaceView | undefined): AdrCatalog | undefined {
  return view?.catalog(ADR_CATALOG);
}

/** What the superseded record needs: the link to its successor and the `superseded` status. */
export function supersededEdits(view: WorkspaceView | undefined, oldRecord: DecisionRecord, newRecord: DecisionRecord): TextEdit[] | AdrPlanFailure {
  const catalog = catalogOf(view);
  const successors = oldRecord.links.filter((l) => l.relation === 'superseded-by');
  if (successors.some((l) => targetNames(oldRecord, l.target, newRecord))) {
    // Linked already; only a status that does not say so is left to fix.
    const edits = oldRecord.status && oldRecord.status.value !== 'superseded' ? [replaceStatus(oldRecord, oldRecord.status, 'superseded')] : [];
    return checkEdits(oldRecord, edits, { kind: 'status', status: 'superseded' }) ?? edits;
  }
  if (successors.length > 0) {
    const other = catalog?.resolve(oldRecord, successors[0]!.target);
    const name = other ? describeRecord(other) : successors[0]!.target.text;
    return planFailure(`${describeRecord(oldRecord)} is already superseded by ${name}. Supersede that record instead, or link the two with "relates-to".`);
  }
  if (oldRecord.status) return linkEdits(oldRecord, 'superseded-by', newRecord, catalog);
  // No status to mark yet: give it one in the record's style, then link the successor from it.
  const status = statusEdits(oldRecord, 'superseded');
  if (!Array.isArray(status)) return status;
  const withStatus = parseDecisionRecord(oldRecord.path, applyTextEdits(oldRecord.text, status), oldRecord.directory);
  const edits = editBetween(oldRecord.text, applyTextEdits(withStatus.text, planAddLink(withStatus, 'superseded-by', newRecord, catalog)));
  return checkEdits(oldRecord, edits, { kind: 'link', relation: 'superseded-by', target: newRecord, catalog }) ?? edits;
}

/** What the superseding record needs: a "Supersedes" link, unless it has one. */
export function supersedingEdits(newRecord: DecisionRecord, oldRecord: DecisionRecord, catalog?: AdrCatalog): TextEdit[] | AdrPlanFailure {
  return relationEdits(newRecord, 'supersedes', oldRecord, catalog);
}

/**
 * Links two records both ways, each in its own style: `from` amends (clarifies, extends,
 * relates to) `to`, and `to` is amended by (clarified by...) `from`. A side that already
 * states the relation is left alone, so running it again changes nothing. Dates are left
 * as they are.
 * @param view the indexed records, to check that each reference resolves to the record meant.
 */
export function planLink(from: DecisionRecord, to: DecisionRecord, relation: LinkRelation, view?: WorkspaceView): AdrPlan {
  if (from.path === to.path) return planFailure(`${describeRecord(from)} cannot be linked to itself.`);
  const broken = refuseBrokenFrontMatter(from, to);
  if (broken) return broken;
  const catalog = catalogOf(view);
  const forward = relationEdits(from, relation, to, catalog);
  if (!Array.isArray(forward)) return forward;
  const back = relationEdits(to, inverseOf(relation), from, catalog);
  if (!Array.isArray(back)) return back;
  return { ok: true, changes: new ChangeSet().edit(from, forward).edit(to, back).toChanges() };
}

/** The edits that make `record` state `relation` to `target`; none when it already does. */
export function relationEdits(record: DecisionRecord, relation: AdrRelation, target: DecisionRecord, catalog?: AdrCatalog): TextEdit[] | AdrPlanFailure {
  return hasRelation(record, relation, target) ? [] : linkEdits(record, relation, target, catalog);
}

/**
 * {@link planAddLink}, read back: the link must resolve to `target` (not to another record
 * with its number) and nothing else in the record may change. The quick fixes use it too.
 */
export function linkEdits(record: DecisionRecord, relation: AdrRelation, target: DecisionRecord, catalog?: AdrCatalog): TextEdit[] | AdrPlanFailure {
  const edits = planAddLink(record, relation, target, catalog);
  return checkEdits(record, edits, { kind: 'link', relation, target, catalog }) ?? edits;
}

/** `amends` ↔ `amended-by`...; `relates-to` is its own inverse. */
export function inverseOf(relation: AdrRelation): AdrRelation {
  return INVERSE_RELATION[relation] ?? relation;
}

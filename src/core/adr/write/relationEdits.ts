import type { WorkspaceView } from '../../rules/rule';
import { ADR_CATALOG } from '../catalog';
import { planAddLink } from '../edits/linkEdits';
import { INVERSE_RELATION } from '../links';
import type { AdrRelation, DecisionRecord } from '../model';
import { ChangeSet } from './changeSet';
import { describeRecord, hasRelation, targetNames } from './linkTargets';
import { planFailure, refuseBrokenFrontMatter, type AdrPlan, type AdrPlanFailure } from './planResult';
import { lastUpdatedEdits, replaceStatus, statusEdits } from './statusEdits';
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
 * `status: superseded by ADR-0010` and `supersedes: ADR-0002`; bullets and tables a line of
 * their own. Running it again changes nothing.
 * @param view the indexed folder, to name the record that already supersedes `oldRecord`, if any.
 * @param today when given, MADR and log4brains records that change get it as their date
 *   (it says when they were last updated).
 */
export function planSupersede(view: WorkspaceView | undefined, oldRecord: DecisionRecord, newRecord: DecisionRecord, today?: string): AdrPlan {
  if (oldRecord.path === newRecord.path) return planFailure(`${describeRecord(oldRecord)} cannot supersede itself.`);
  const broken = refuseBrokenFrontMatter(oldRecord, newRecord);
  if (broken) return broken;
  const oldSide = supersededEdits(view, oldRecord, newRecord, today);
  if ('ok' in oldSide) return oldSide;
  const changes = new ChangeSet().edit(oldRecord.path, oldSide).edit(newRecord.path, withDate(newRecord, supersedingEdits(newRecord, oldRecord), today));
  return { ok: true, changes: changes.toChanges() };
}

/** What the superseded record needs: the link to its successor and the `superseded` status. */
export function supersededEdits(view: WorkspaceView | undefined, oldRecord: DecisionRecord, newRecord: DecisionRecord, today?: string): TextEdit[] | AdrPlanFailure {
  const successors = oldRecord.links.filter((l) => l.relation === 'superseded-by');
  if (successors.some((l) => targetNames(oldRecord, l.target, newRecord))) {
    // Linked already; only a status that does not say so is left to fix.
    return withDate(oldRecord, oldRecord.status && oldRecord.status.value !== 'superseded' ? [replaceStatus(oldRecord, oldRecord.status, 'superseded')] : [], today);
  }
  if (successors.length > 0) {
    const other = view?.catalog(ADR_CATALOG).resolve(oldRecord, successors[0]!.target);
    const name = other ? describeRecord(other) : successors[0]!.target.text;
    return planFailure(`${describeRecord(oldRecord)} is already superseded by ${name}. Supersede that record instead, or link the two with "relates-to".`);
  }
  if (oldRecord.status) return withDate(oldRecord, planAddLink(oldRecord, 'superseded-by', newRecord), today);
  // No status to mark yet: give it one in the record's style, then link the successor from it.
  const withStatus = parseDecisionRecord(oldRecord.path, applyTextEdits(oldRecord.text, statusEdits(oldRecord, 'superseded', today)), oldRecord.directory);
  return editBetween(oldRecord.text, applyTextEdits(withStatus.text, planAddLink(withStatus, 'superseded-by', newRecord)));
}

/** A record's edits plus, when it changes at all and `today` is given, its last-updated date. */
export function withDate(record: DecisionRecord, edits: TextEdit[], today: string | undefined): TextEdit[] {
  return edits.length > 0 && today !== undefined ? [...edits, ...lastUpdatedEdits(record, today)] : edits;
}

/** What the superseding record needs: a "Supersedes" link, unless it has one. */
export function supersedingEdits(newRecord: DecisionRecord, oldRecord: DecisionRecord): TextEdit[] {
  return hasRelation(newRecord, 'supersedes', oldRecord) ? [] : planAddLink(newRecord, 'supersedes', oldRecord);
}

/**
 * Links two records both ways, each in its own style: `from` amends (clarifies, extends,
 * relates to) `to`, and `to` is amended by (clarified by...) `from`. A side that already
 * states the relation is left alone, so running it again changes nothing. With `today`,
 * MADR and log4brains records that change get it as their last-updated date.
 */
export function planLink(from: DecisionRecord, to: DecisionRecord, relation: LinkRelation, today?: string): AdrPlan {
  if (from.path === to.path) return planFailure(`${describeRecord(from)} cannot be linked to itself.`);
  const broken = refuseBrokenFrontMatter(from, to);
  if (broken) return broken;
  const changes = new ChangeSet()
    .edit(from.path, withDate(from, relationEdits(from, relation, to), today))
    .edit(to.path, withDate(to, relationEdits(to, inverseOf(relation), from), today));
  return { ok: true, changes: changes.toChanges() };
}

/** The edits that make `record` state `relation` to `target`; none when it already does. */
export function relationEdits(record: DecisionRecord, relation: AdrRelation, target: DecisionRecord): TextEdit[] {
  return hasRelation(record, relation, target) ? [] : planAddLink(record, relation, target);
}

/** `amends` ↔ `amended-by`...; `relates-to` is its own inverse. */
export function inverseOf(relation: AdrRelation): AdrRelation {
  return INVERSE_RELATION[relation] ?? relation;
}

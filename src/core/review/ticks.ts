import type { ChecklistItem, Guideline } from '../guidelines/model';

/**
 * The boxes a reviewer ticked, as plain data a front end can persist (workspace state,
 * a JSON file): keyed by {@link tickKey}. Keys carry the guideline's version, so ticks
 * made against an older text of a guideline no longer apply once it changes.
 */
export type ChecklistTicks = Readonly<Record<string, boolean>>;

export function tickKey(guideline: Guideline, item: ChecklistItem): string {
  return `${guideline.id}@${guideline.version}#${item.key}`;
}

/** A reviewer's tick when there is one, else the state written in the guideline file. */
export function isTicked(guideline: Guideline, item: ChecklistItem, ticks: ChecklistTicks = {}): boolean {
  return ticks[tickKey(guideline, item)] ?? item.checked;
}

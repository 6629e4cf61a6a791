import type { DocumentChange } from '../index/kindProvider';
import type { WorkspaceView } from '../rules/rule';
import { idPrefix, RISK_ID_CATALOG, RISK_REFERRERS_CATALOG } from './catalog';
import type { RiskRegister } from './model';
import { classifyReference, riskIdKey } from './references';

/**
 * The risk registers whose findings can change when one document changed: a register's
 * own risks only meet other files in risk/duplicate-id (the same id elsewhere) and
 * risk/unknown-reference (does the ADR or risk it names exist, is the prefix a risk
 * prefix at all). Looks the candidates up in the id and referrer catalogs (kept current
 * one register at a time), so the cost follows the changed document, not the folder.
 */
export function risksAffectedBy(change: DocumentChange, view: WorkspaceView): Set<string> {
  const out = new Set<string>();
  const { before, after } = change;
  if (before?.kind === 'decision' || after?.kind === 'decision') {
    const was = before?.kind === 'decision' ? adrNumberOf(before) : undefined;
    const is = after?.kind === 'decision' ? adrNumberOf(after) : undefined;
    if (was === is) return out;
    const referrers = view.catalog(RISK_REFERRERS_CATALOG);
    // "No decision records are indexed" is said while there are none.
    if (view.documents('decision').length <= 1) addAll(out, referrers.withAdrReference);
    addAll(out, referrers.byAdrNumber.get(was));
    addAll(out, referrers.byAdrNumber.get(is));
    return out;
  }
  if (before?.kind !== 'risk' && after?.kind !== 'risk') return out;
  const hadIds = new Set(before?.kind === 'risk' ? idsOf(before) : []);
  const hasIds = new Set(after?.kind === 'risk' ? idsOf(after) : []);
  // Any of its ids, for duplicates (their messages say where the others are); only the
  // ids it gained or lost for references, whose "no risk has that id" may now change.
  const ids = new Set([...hadIds, ...hasIds]);
  const gainedOrLost = new Set<string>();
  for (const id of ids) if (hadIds.has(id) !== hasIds.has(id)) gainedOrLost.add(id);
  // Only a prefix this register gained or lost can appear or vanish from the folder
  // (RISK- is always one); references with the others read the same as before.
  const had = new Set([...hadIds].map(idPrefix));
  const has = new Set([...hasIds].map(idPrefix));
  const prefixes = new Set<string>();
  for (const p of had) if (!has.has(p)) prefixes.add(p);
  for (const p of has) if (!had.has(p)) prefixes.add(p);
  prefixes.delete('RISK-');
  const { byId } = view.catalog(RISK_ID_CATALOG);
  for (const id of ids) for (const location of byId.get(id) ?? []) out.add(location.register.path);
  if (gainedOrLost.size > 0 || prefixes.size > 0) {
    // A reference to one of these ids, or with one of their prefixes (a prefix that
    // appears or disappears turns "JIRA-12" into a risk reference or back).
    const referrers = view.catalog(RISK_REFERRERS_CATALOG);
    for (const id of gainedOrLost) addAll(out, referrers.byRiskId.get(id));
    for (const p of prefixes) addAll(out, referrers.byRiskPrefix.get(p));
  }
  out.delete(change.path);
  return out;
}

function addAll(out: Set<string>, paths: Iterable<string> | undefined): void {
  if (paths) for (const p of paths) out.add(p);
}

function idsOf(register: RiskRegister): string[] {
  const ids: string[] = [];
  for (const risk of register.risks) if (risk.id !== undefined) ids.push(riskIdKey(risk.id));
  return ids;
}

/** The number ADR_NUMBER_CATALOG files a record under. */
function adrNumberOf(record: { number?: { value: number }; id: string }): number | undefined {
  return record.number?.value ?? classifyReference(record.id).adrNumber;
}

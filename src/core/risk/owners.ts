import type { WorkspaceView } from '../rules/rule';
import type { RiskOwner } from './model';
import { ownerKey } from './owner';

export interface KnownOwner {
  /** The fullest way the owner is written (with an email when any risk gives one). */
  readonly text: string;
  readonly name: string | undefined;
  readonly email: string | undefined;
  /** How many risks they own. */
  readonly count: number;
}

/** Everyone who owns a risk in any register of the folder, most risks first: suggestions for a new risk's owner. */
export function knownOwners(view: WorkspaceView): KnownOwner[] {
  const owners: RiskOwner[] = [];
  for (const register of view.documents('risk')) for (const risk of register.risks) if (risk.owner) owners.push(risk.owner);
  // `Dana Lee` and `Dana Lee <dana@example.com>` are one person: a bare name joins the entry with the email.
  const emailKeyByName = new Map<string, string>();
  for (const o of owners) if (o.name && o.email) emailKeyByName.set(o.name.toLowerCase(), ownerKey(o));
  const byKey = new Map<string, { text: string; name: string | undefined; email: string | undefined; count: number }>();
  for (const o of owners) {
    const key = (o.email === undefined && o.name ? emailKeyByName.get(o.name.toLowerCase()) : undefined) ?? ownerKey(o);
    const known = byKey.get(key);
    if (!known) byKey.set(key, { text: o.text, name: o.name, email: o.email, count: 1 });
    else {
      known.count++;
      if ((o.email && !known.email) || (o.email && o.name && !known.name)) Object.assign(known, { text: o.text, name: o.name, email: o.email });
    }
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}

import { RISK_STATUSES, type RiskStatus } from './model';
import { fieldKey } from './fieldNames';

/**
 * The words registers write for where a risk stands, by the status each means. Registers
 * in other styles say `mitigated`, `monitoring`, `in progress` or `active`, or write in
 * another language; each is read as one of {@link RISK_STATUSES} and the word kept.
 * Compared after `fieldKey` (lower case, no accents, punctuation as spaces).
 */
const STATUS_WORDS: Readonly<Record<RiskStatus, readonly string[]>> = {
  open: ['open', 'opened', 'new', 'identified', 'active', 'raised', 'draft', 'proposed', 'todo', 'to do', 'not started', 'pending', 'unmitigated', 'untreated',
    'ouvert', 'ouverte', 'nouveau', 'actif', 'offen', 'neu', 'aktiv', 'abierto', 'abierta', 'nuevo', 'activo'],
  mitigating: ['mitigating', 'mitigated', 'in progress', 'in work', 'ongoing', 'monitoring', 'monitored', 'monitor', 'watch', 'watching', 'tracking', 'tracked', 'treated', 'treating', 'in treatment', 'managed', 'controlled', 'under control', 'reduced', 'partially mitigated', 'under review', 'wip',
    'en cours', 'attenue', 'attenuee', 'surveille', 'surveillance', 'traite', 'in bearbeitung', 'gemindert', 'uberwacht', 'uberwachung', 'en progreso', 'en curso', 'mitigado', 'mitigada', 'monitoreo', 'monitoreado'],
  accepted: ['accepted', 'accept', 'tolerated', 'tolerate', 'retained', 'acknowledged', 'accepte', 'acceptee', 'akzeptiert', 'toleriert', 'aceptado', 'aceptada'],
  closed: ['closed', 'close', 'resolved', 'done', 'retired', 'avoided', 'eliminated', 'removed', 'transferred', 'obsolete', 'expired', 'complete', 'completed', 'mitigated and closed',
    'ferme', 'fermee', 'clos', 'resolu', 'geschlossen', 'erledigt', 'behoben', 'cerrado', 'cerrada', 'resuelto'],
  occurred: ['occurred', 'happened', 'realized', 'realised', 'materialized', 'materialised', 'issue', 'triggered', 'incident', 'survenu', 'eingetreten', 'ocurrido', 'materializado'],
};

const STATUS_BY_WORD: ReadonlyMap<string, RiskStatus> = new Map(
  RISK_STATUSES.flatMap((status) => STATUS_WORDS[status].map((word) => [word, status] as const)),
);

/**
 * The status a written value means: the whole value, else its first two words, else its
 * first word (`Open - awaiting budget`, `✅ Closed`, `Monitoring (quarterly)`). Undefined
 * when none of them is a status word.
 */
export function statusOf(value: unknown): RiskStatus | undefined {
  if (typeof value !== 'string') return undefined;
  // Our own registers write the five words themselves: found without building a key.
  const exact = (RISK_STATUSES as readonly string[]).indexOf(value);
  if (exact >= 0) return RISK_STATUSES[exact];
  const key = fieldKey(value);
  const whole = STATUS_BY_WORD.get(key);
  if (whole) return whole;
  const words = key.split(' ');
  return (words.length > 2 ? STATUS_BY_WORD.get(`${words[0]} ${words[1]}`) : undefined) ?? (words.length > 1 ? STATUS_BY_WORD.get(words[0]!) : undefined);
}

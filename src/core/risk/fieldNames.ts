/**
 * The names registers give their fields (table headers, YAML keys, `Key:` lines) and the
 * risk field each one feeds. One table for every style, so a column header and a YAML key
 * written the same way mean the same thing. Names are compared after {@link fieldKey}.
 */
const FIELD_ALIASES: Readonly<Record<string, string>> = {
  'id': 'id', 'risk id': 'id', 'ref': 'id', 'reference': 'id', '#': 'id', 'no': 'id', 'nr': 'id', 'n': 'id', 'key': 'id', 'identifiant': 'id', 'kennung': 'id',
  'risk': 'title', 'title': 'title', 'name': 'title', 'summary': 'title', 'risk title': 'title', 'risk name': 'title', 'threat': 'title', 'hazard': 'title',
  'risque': 'title', 'titre': 'title', 'nom': 'title', 'menace': 'title', 'risiko': 'title', 'titel': 'title', 'bedrohung': 'title', 'riesgo': 'title', 'titulo': 'title', 'nombre': 'title', 'amenaza': 'title',
  'description': 'description', 'details': 'description', 'risk description': 'description', 'why it matters': 'description', 'beschreibung': 'description', 'descripcion': 'description',
  'category': 'category', 'type': 'category', 'area': 'category', 'categorie': 'category', 'kategorie': 'category', 'categoria': 'category',
  'likelihood': 'likelihood', 'probability': 'likelihood', 'prob': 'likelihood', 'l': 'likelihood', 'chance': 'likelihood',
  'probabilite': 'likelihood', 'vraisemblance': 'likelihood', 'wahrscheinlichkeit': 'likelihood', 'eintrittswahrscheinlichkeit': 'likelihood', 'probabilidad': 'likelihood',
  'impact': 'impact', 'consequence': 'impact', 'i': 'impact', 'auswirkung': 'impact', 'auswirkungen': 'impact', 'tragweite': 'impact', 'impacto': 'impact',
  'severity': 'severity', 'severite': 'severity', 'gravite': 'severity', 'schweregrad': 'severity', 'schwere': 'severity', 'severidad': 'severity', 'gravedad': 'severity', 'criticality': 'severity', 'criticite': 'severity',
  'priority': 'priority', 'prio': 'priority', 'priorite': 'priority', 'prioritat': 'priority', 'prioridad': 'priority',
  'score': 'score', 'exposure': 'score', 'risk score': 'score',
  'rating': 'rating', 'risk rating': 'rating', 'risk level': 'rating', 'level': 'rating', 'niveau': 'rating', 'niveau de risque': 'rating', 'risikostufe': 'rating', 'nivel': 'rating', 'nivel de riesgo': 'rating',
  'owner': 'owner', 'risk owner': 'owner', 'assignee': 'owner', 'responsible': 'owner', 'proprietaire': 'owner', 'responsable': 'owner', 'verantwortlich': 'owner', 'verantwortlicher': 'owner', 'eigentumer': 'owner', 'propietario': 'owner',
  'status': 'status', 'state': 'status', 'statut': 'status', 'etat': 'status', 'zustand': 'status', 'estado': 'status',
  'due': 'due', 'due date': 'due', 'due by': 'due', 'target resolution date': 'due', 'target': 'due', 'target date': 'due', 'deadline': 'due', 'eta': 'due', 'echeance': 'due', 'date cible': 'due', 'frist': 'due', 'termin': 'due', 'fallig': 'due', 'fecha limite': 'due', 'fecha objetivo': 'due',
  'review': 'reviewed', 'reviewed': 'reviewed', 'last review': 'reviewed', 'last reviewed': 'reviewed', 'review date': 'reviewed',
  'mitigation': 'mitigation', 'mitigations': 'mitigation', 'response': 'mitigation', 'action': 'mitigation', 'actions': 'mitigation', 'treatment': 'mitigation', 'treatment plan': 'mitigation',
  'controls': 'mitigation', 'primary controls': 'mitigation', 'mitigation plan': 'mitigation', 'mitigation strategy': 'mitigation', 'mitigation actions': 'mitigation', 'response plan': 'mitigation',
  'attenuation': 'mitigation', 'mesures': 'mitigation', 'traitement': 'mitigation', 'massnahmen': 'mitigation', 'massnahme': 'mitigation', 'gegenmassnahmen': 'mitigation', 'mitigacion': 'mitigation', 'tratamiento': 'mitigation', 'controles': 'mitigation',
  'contingency': 'contingency', 'fallback': 'contingency',
  'trigger': 'trigger', 'triggers': 'trigger', 'warning signs': 'trigger',
  'related': 'related', 'links': 'related', 'references': 'related', 'refs': 'related',
  'resolution': 'resolution', 'outcome': 'resolution',
  'closed': 'closed', 'closed on': 'closed', 'date closed': 'closed',
  'created': 'created', 'created date': 'created', 'date': 'created', 'identified': 'created', 'date identified': 'created', 'raised': 'created',
};

/**
 * A name as compared: lower case, accents dropped (`Probabilité`, `Prioridad`), emphasis and
 * punctuation turned into single spaces (`review_date`, `**Owner**`, `Due-Date`).
 */
export function fieldKey(name: string): string {
  // camelCase keys (`dueDate`, `riskOwner`) are words too.
  const plain = name.replace(/([a-z])([A-Z])/g, '$1 $2').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ß/g, 'ss').trim();
  if (plain === '#') return '#';
  return plain.replace(/[^a-z0-9#]+/g, ' ').trim();
}

/** The risk field a header, key or label feeds, or undefined when it is not one of ours. */
export function fieldRole(name: string): string | undefined {
  const key = fieldKey(name);
  const known = FIELD_ALIASES[key] ?? FIELD_ALIASES[key.replace(/ \d+$/, '')];
  // A scale or unit in brackets says how, not what: `Probability (1-5)`, `Score (L×I)`.
  return known ?? (name.includes('(') ? FIELD_ALIASES[fieldKey(name.replace(/\([^()]*\)/g, ' '))] : undefined);
}

/**
 * How values are spelled in a record: the case of status words (`Accepted` in adr-tools
 * records, `accepted` in MADR front matter, `PROPOSED` in some hand-written ones), and
 * YAML scalars that stay plain when they can.
 */

export type WordCase = 'lower' | 'capital' | 'upper';

const LEADING_WORD = /^([^A-Za-z]*)([A-Za-z]+)/;

/** The case of the first word of a value as written (`Accepted` → capital). */
export function caseOf(raw: string): WordCase {
  const word = LEADING_WORD.exec(raw)?.[2] ?? '';
  if (word.length > 1 && word === word.toUpperCase()) return 'upper';
  return /^[A-Z]/.test(word) ? 'capital' : 'lower';
}

/** Writes the first word of `value` in the given case, leaving the rest (links, names) alone. */
export function withLeadingCase(value: string, wordCase: WordCase): string {
  return value.replace(LEADING_WORD, (_, lead: string, word: string) => {
    const cased = wordCase === 'upper' ? word.toUpperCase() : wordCase === 'capital' ? word.charAt(0).toUpperCase() + word.slice(1).toLowerCase() : word.toLowerCase();
    return lead + cased;
  });
}

/** Plain YAML words that would read as something other than a string. */
const YAML_SPECIAL = /^(?:true|false|yes|no|on|off|null|~|y|n)$/i;

/**
 * A string as a YAML scalar: plain when it is a simple phrase (`accepted`, `2026-11-21`,
 * `Alice, Bob`), double-quoted otherwise (links, colons, leading symbols).
 */
export function yamlScalar(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const plain = /^[A-Za-z][\w .,'()/-]*$/.test(value) && !/\s$/.test(value) && !YAML_SPECIAL.test(value);
  return plain ? value : JSON.stringify(value);
}

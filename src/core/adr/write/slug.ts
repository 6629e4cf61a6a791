/**
 * Turns a decision's title into the slug of its file name: lower-case ASCII words joined
 * by dashes. The result is always a safe single path segment (no separators, no `..`, no
 * leading dot) and never empty, whatever a user types.
 */

/** Long enough for a real title, short enough for paths on Windows and in terminals. */
export const MAX_SLUG_LENGTH = 60;
export const FALLBACK_SLUG = 'decision';

/**
 * Letters that Unicode does not decompose into an ASCII base letter plus accents
 * (NFKD turns `é` into `e` + accent, but leaves `ß` or `ø` alone).
 */
const TRANSLITERATIONS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
  ŋ: 'n',
  ĸ: 'k',
  ſ: 's',
  '&': ' and ',
  '+': ' plus ',
  '@': ' at ',
};

export function slugify(title: string, maxLength = MAX_SLUG_LENGTH): string {
  const ascii = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    // Apostrophes join a word ("don't" → "dont") rather than split it.
    .replace(/['’`]/g, '')
    .replace(/[^\x00-\x7f]/g, (c) => TRANSLITERATIONS[c] ?? ' ')
    .replace(/[&+@]/g, (c) => TRANSLITERATIONS[c]!);
  const words = ascii.split(/[^a-z0-9]+/).filter(Boolean);
  return truncateAtWord(words, maxLength) || FALLBACK_SLUG;
}

/** Whole words up to the limit; a single over-long word is cut. */
function truncateAtWord(words: readonly string[], maxLength: number): string {
  let slug = '';
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > maxLength) return slug || w.slice(0, maxLength);
    slug = next;
  }
  return slug;
}

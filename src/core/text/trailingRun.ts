/**
 * Where the run of characters that `char` (a one-character class without the `g` flag, such
 * as `/[*_]/`) matches at the end of `text` starts, looking no further back than `notBefore`;
 * `text.length` when the text does not end in one.
 *
 * Scanned back from the end: a regex like `/[*_]+$/` tries again from every character of a
 * run that is not at the end, so one long inner run makes it quadratic (fuzz seed 22082: a
 * status line of inner blanks, 150 ms for 6 KB; seed 51640: 4,000 `*` inside a status).
 */
export function trailingRunStart(text: string, char: RegExp, notBefore = 0): number {
  let start = text.length;
  while (start > notBefore && char.test(text[start - 1]!)) start--;
  return start;
}

/** `text` without the run of characters that `char` matches at its end (see {@link trailingRunStart}). */
export function withoutTrailingRun(text: string, char: RegExp): string {
  return text.slice(0, trailingRunStart(text, char));
}

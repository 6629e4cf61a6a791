/** "1 file", "3 files": a count and a noun that takes an "s" in the plural. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

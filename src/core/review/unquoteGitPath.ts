/**
 * Git writes a path in double quotes, C-style, when it has unusual characters: `"`, `\`,
 * control characters, and (with the default `core.quotePath`) every non-ASCII byte as a
 * three-digit octal escape of its UTF-8 encoding: `"src/caf\303\251.ts"`.
 */

const SIMPLE_ESCAPES: Readonly<Record<string, number>> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

/**
 * Reads a quoted path starting at `from` (which must be a `"`). Returns the decoded path
 * and the offset just past the closing quote, or undefined when the quote never closes.
 */
export function readQuotedPath(text: string, from: number): { path: string; end: number } | undefined {
  if (text[from] !== '"') return undefined;
  const bytes: number[] = [];
  let i = from + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') return { path: decoder.decode(Uint8Array.from(bytes)), end: i + 1 };
    if (c === '\\' && i + 1 < text.length) {
      const next = text[i + 1]!;
      const octal = /^[0-7]{3}/.exec(text.slice(i + 1, i + 4));
      if (octal) {
        bytes.push(parseInt(octal[0], 8) & 0xff);
        i += 4;
        continue;
      }
      const simple = SIMPLE_ESCAPES[next];
      bytes.push(...(simple !== undefined ? [simple] : encoder.encode(next)));
      i += 2;
      continue;
    }
    // Characters outside the escapes arrive already decoded (core.quotePath=false, or raw UTF-8 text).
    const code = text.codePointAt(i)!;
    const char = String.fromCodePoint(code);
    bytes.push(...encoder.encode(char));
    i += char.length;
  }
  return undefined;
}

/**
 * A path as it appears after `---`, `+++`, `rename from` and similar: quoted, or raw up
 * to a tab (git appends one to names with spaces; other diff tools put a timestamp after it).
 */
export function readPathField(field: string): string {
  if (field.startsWith('"')) {
    const quoted = readQuotedPath(field, 0);
    if (quoted) return quoted.path;
  }
  const tab = field.indexOf('\t');
  return tab >= 0 ? field.slice(0, tab) : field;
}

/** Small helpers for the Markdown the review module writes. */

/** Inline code that survives backticks in the text. */
export function inlineCode(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}


/** A list of paths as inline code, the rest counted when there are many. */
export function pathList(paths: readonly string[], max: number): string {
  const shown = paths.slice(0, max).map(inlineCode).join(', ');
  return paths.length > max ? `${shown} and ${paths.length - max} more` : shown;
}

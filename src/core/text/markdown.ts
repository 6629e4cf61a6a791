/**
 * Escaping for text placed inside Markdown, in one place for the whole toolkit.
 */

/**
 * Text that rendered Markdown (tooltips, hovers) shows exactly as written: no emphasis,
 * links, images, HTML, headings, list markers or table pipes. Line breaks are kept.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-!<>|]/g, '\\$&');
}

/**
 * The same for Markdown people also read as source (pull request descriptions, CLI
 * reports): escapes only what would change the rendering, so the source stays readable,
 * and folds line breaks into spaces so the text stays on its list item or table row.
 */
export function escapeMarkdownLine(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|]/g, '\\$&').replace(/\r?\n/g, ' ');
}

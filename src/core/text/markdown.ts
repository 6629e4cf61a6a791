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

/**
 * Markdown reduced to what plain text can show (tree labels, quick-pick descriptions,
 * screen-reader labels): link and image markup becomes the link text, code and emphasis
 * markers go, escapes are resolved, and runs of white space become one space.
 */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|\W)[*_](\S(?:.*?\S)?)[*_](?=\W|$)/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

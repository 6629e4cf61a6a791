import type { LineIndex } from '../text/lineIndex';
import { LinkTargetSpan, ReferenceSpan } from './located';
import type { AdrLinkTarget, MarkdownReference } from './model';
import { resolveRelative, stripRecordExtension } from './naming';

/**
 * Reads what a relation points at ("[9. Help scripts](0009-help-scripts.md)",
 * "ADR-0123", "#12", "20201016-use-the-adr-slug-as-its-unique-id") and finds relative
 * Markdown links in body text.
 */

/**
 * `[text](href "title")`. Linear on hostile lines: the text and the href stop at the next
 * `[` (an attempt from each `[` of a line of thousands would otherwise scan to its end; an
 * href with `[` or `(` in it is not read as a link), and the
 * blanks after `(` are taken once (`(?=(\s*))\2`: a group that cannot give back), so a long
 * run of them is not retried against the title's blanks.
 */
const MARKDOWN_LINK = /!?\[((?:[^\][\\]|\\.)*)\]\((?=(\s*))\2<?([^)\s>[(]*)>?(?:\s+(?=["'(])(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
const NUMBER_REFERENCE = /(?:\badr[-_ ]?|#)(\d{1,6})\b|^\s*(\d{1,6})\b/i;
const SLUG_REFERENCE = /[A-Za-z0-9][\w.-]*/;
/** A scheme (`https:`, `mailto:`) or protocol-relative URL: not a file in the workspace. */
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * The targets named in a relation's text, which starts at `offset` in the record. Several
 * may be listed (`[A](a.md), [B](b.md)`); text without a link names a number or a slug.
 */
export function parseLinkTargets(value: string, offset: number, folder: string, lines: LineIndex): AdrLinkTarget[] {
  const targets: AdrLinkTarget[] = [];
  for (const m of value.matchAll(MARKDOWN_LINK)) {
    const href = m[3] ?? '';
    if (m[0].startsWith('!')) continue;
    const at = m.index ?? 0;
    const path = EXTERNAL.test(href) || href.startsWith('#') || !href ? undefined : linkPath(folder, href);
    const number = path === undefined ? numberIn(m[1] ?? '') : undefined;
    targets.push(new LinkTargetSpan(m[0], { href, path, number }, offset + at, offset + at + m[0].length, lines));
  }
  if (targets.length > 0) return targets;

  const trimmed = value.trim();
  if (!trimmed) return targets;
  const start = value.indexOf(trimmed);
  const number = numberIn(trimmed);
  if (number !== undefined) return [new LinkTargetSpan(trimmed, { number }, offset + start, offset + start + trimmed.length, lines)];
  const slug = SLUG_REFERENCE.exec(trimmed);
  if (slug) {
    const s = start + slug.index;
    return [new LinkTargetSpan(slug[0], { slug: stripRecordExtension(slug[0]) }, offset + s, offset + s + slug[0].length, lines)];
  }
  return targets;
}

function numberIn(text: string): number | undefined {
  const m = NUMBER_REFERENCE.exec(text);
  if (!m) return undefined;
  const digits = m[1] ?? m[2]!;
  // A date-slug ("20201016-...") is a name, not a number.
  if (digits.length >= 8) return undefined;
  return Number(digits);
}

/** A link destination resolved to a workspace path, without anchor or query; `undefined` when it leaves the folder. */
export function linkPath(folder: string, href: string): string | undefined {
  const bare = href.replace(/[?#].*$/, '');
  if (!bare) return undefined;
  let decoded = bare;
  try {
    decoded = decodeURIComponent(bare);
  } catch {
    // A stray "%" is not an escape: keep the destination as written.
  }
  return resolveRelative(folder, decoded);
}

/** Relative links (and images) in one line of body text. */
export function findReferences(line: string, lineStart: number, folder: string, lines: LineIndex, out: MarkdownReference[]): void {
  if (!line.includes('](')) return;
  for (const m of line.matchAll(MARKDOWN_LINK)) {
    const href = m[3] ?? '';
    if (!href || href.startsWith('#') || EXTERNAL.test(href)) continue;
    const path = linkPath(folder, href);
    if (path === undefined) continue;
    const start = lineStart + (m.index ?? 0);
    const end = start + m[0].length;
    out.push(new ReferenceSpan(href, path, start, end, lines));
  }
}

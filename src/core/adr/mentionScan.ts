import { findAdrReferences } from './references';
import { folderOf } from './naming';
import { findReferences } from './targets';
import type { MarkdownReference } from './model';
import { LineIndex } from '../text/lineIndex';
import { mentionSpans, type TextSpan } from '../text/commentSpans';

/** `ADR-0007`, `ADR 7`: a record named by number. Offsets are UTF-16 offsets into the document. */
export interface NumberMention {
  readonly kind: 'number';
  readonly start: number;
  readonly end: number;
  readonly number: number;
  /** Inside a Markdown link (`[ADR-7](0007-x.md)`), whose own target wins. */
  readonly inLink: boolean;
}

/** `[the ledger record](../decisions/0001-x.md)`: a relative link, resolved against the document's folder. */
export interface PathMention {
  readonly kind: 'path';
  readonly start: number;
  readonly end: number;
  /** The link destination resolved to a path in the workspace folder. */
  readonly path: string;
}

export type RecordMention = NumberMention | PathMention;

/** Texts without either of these cannot mention a record: most comments are skipped at once. */
const MAY_MENTION = /adr|\]\(/i;
/** A Markdown inline link, relative or not: a mention in its text is the link's business. */
const ANY_MARKDOWN_LINK = /!?\[(?:[^\]\\\n]|\\.)*\]\([^)\n]*\)/g;
/** A URL: `…/adr-1` in a path is part of an address, not a mention. */
const URL = /\b[a-z][a-z0-9+.-]*:\/\/[^\s<>()[\]]+/gi;

/**
 * Every place a document may name a decision record: number mentions and relative links,
 * in prose throughout and in code only inside comments. Whether a record exists is for
 * the caller to tell, against the index of the document's workspace folder.
 * @param documentPath the document's path in its workspace folder, to resolve relative links.
 */
export function scanRecordMentions(text: string, languageId: string, documentPath: string): RecordMention[] {
  const mentions: RecordMention[] = [];
  const folder = folderOf(documentPath);
  for (const span of mentionSpans(text, languageId)) {
    const slice = text.slice(span.start, span.end);
    if (!MAY_MENTION.test(slice)) continue;
    const links: MarkdownReference[] = [];
    findReferences(slice, 0, folder, new LineIndex(slice), links);
    for (const link of links) mentions.push({ kind: 'path', start: span.start + link.start, end: span.start + link.end, path: link.path });
    const linkSpans = spansOf(slice, ANY_MARKDOWN_LINK);
    const urls = spansOf(slice, URL);
    const within = (spans: readonly TextSpan[], start: number, end: number) => spans.some((s) => s.start <= start && end <= s.end);
    for (const ref of findAdrReferences(slice)) {
      if (within(urls, ref.start, ref.end)) continue;
      mentions.push({ kind: 'number', start: span.start + ref.start, end: span.start + ref.end, number: ref.number, inLink: within(linkSpans, ref.start, ref.end) });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function spansOf(text: string, pattern: RegExp): TextSpan[] {
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/**
 * The mentions under an offset (the caret or the mouse pointer), the most specific
 * first: inside `[ADR-7](0007-x.md)` the link's target is what is meant, unless it turns
 * out not to be a record.
 */
export function mentionsAt(mentions: readonly RecordMention[], offset: number): RecordMention[] {
  const hits = mentions.filter((m) => m.start <= offset && offset <= m.end);
  return [...hits.filter((m) => m.kind === 'path'), ...hits.filter((m) => m.kind === 'number')];
}

import { isCalendarDate } from '../util/dates';
import type { AdrNamingStyle, RecordFileName } from './model';

/**
 * What record file names look like. Discovery decides from names alone (it never reads
 * a record), so these patterns are the whole of what makes a file "record-like".
 */

const MARKDOWN_EXTENSION = /\.(md|markdown)$/i;
/** Records are Markdown or reStructuredText (Sphinx projects write `.rst` records). */
const RECORD_EXTENSION = /\.(md|markdown|rst)$/i;
/** `20200925-slug` (log4brains), `2020-09-25-slug` or `2023-02-27_slug`. */
const DATE_SLUG = /^((?:19|20)\d{2})-?(\d{2})-?(\d{2})(?:[-_](.*))?$/;
/** `0007-slug`, `7_slug`. */
const NUMBERED = /^(\d{1,6})(?:[-_](.*))?$/;
/**
 * Words, then a number: `ADR-12-slug`, `adr_012`, `A27-slug`, `ODH-ADR-Operator-0007-slug`,
 * `snip-12`, `slep004`, `Adr021CamelCaseSlug`. The words are separated by one character
 * each, so the match is linear; a slug glued to the number must start upper-case
 * (`Adr021Provider`), which keeps `python3tips` out.
 */
const PREFIXED = /^([A-Za-z]+(?:[-_ ][A-Za-z]+)*[-_ ]?)(\d{1,6})(?:[-_ .](.*)|([A-Z].*))?$/;
/** Words, then a number not filled in yet: `ADR-XXX_slug`, `snip-x`, `ADR-nnn-slug`. */
const PLACEHOLDER_NUMBERED = /^([A-Za-z]+(?:[-_ ][A-Za-z]+)*[-_ ])(x{1,6}|n{1,6})(?:[-_ ](.*))?$/i;
/** A prefix that says "decision record" by itself (`ADR-`, `ODH-ADR-MS-`, `Adr`, `RFC-`). */
const DECISION_PREFIX = /(^|[^a-z])(adr|rfc|decision)s?([^a-z]|$)/i;
/** Pages that live beside records but are not records. */
const NOT_A_RECORD = /^(readme|index|toc|summary|changelog|contributing|license|licence|governance|code[-_ ]of[-_ ]conduct|owners|maintainers|security|_.*)$/i;
/** "Template" in the languages records are written in (modèle, Vorlage, plantilla). */
const TEMPLATE_WORD = /(^|[-_. ])(template|mod[eè]le|vorlage|plantilla)($|[-_. ])/i;
const TEMPLATE_WORD_ALONE = /^(template|mod[eè]le|vorlage|plantilla)$/i;
/** The file a one-folder-per-record layout keeps the record in (`0003-slug/README.md`, `slep004/proposal.rst`). */
const RECORD_FOLDER_DOCUMENT = /^(readme|index|proposal)\.(md|markdown|rst)$/i;

export function isMarkdownFile(name: string): boolean {
  return MARKDOWN_EXTENSION.test(name);
}

/** Markdown or reStructuredText: the files that can be records. */
export function isRecordFile(name: string): boolean {
  return RECORD_EXTENSION.test(name);
}

/** A record file name without its extension (`.md`, `.markdown`, `.rst`). */
export function stripRecordExtension(name: string): string {
  return name.replace(RECORD_EXTENSION, '');
}

/**
 * Template files (`template.md`, `adr-template.md`, `0000-template.md`, `ADR-nnn_Template.md`,
 * `0000-modele-adr.md`, `0002-template.md`) are not records. A record numbered 1 or more
 * stays a record when its slug says more than "template" (`0042-use-a-template-engine.md`).
 */
export function isTemplateName(name: string): boolean {
  return isTemplateBaseName(stripRecordExtension(name));
}

function isTemplateBaseName(baseName: string): boolean {
  if (!TEMPLATE_WORD.test(baseName)) return false;
  const parsed = parseRecordBaseName(baseName, '');
  return parsed?.number === undefined || parsed.number === 0 || TEMPLATE_WORD_ALONE.test(parsed.slug);
}

/** README, index, TOC and similar pages, which are never records whatever folder they are in. */
export function isIndexPageName(name: string): boolean {
  return NOT_A_RECORD.test(stripRecordExtension(name));
}

/** Whether a prefix (`ADR-`, `ODH-ADR-`) names decision records by itself, unlike `A` or `snip-`. */
export function isDecisionPrefix(prefix: string): boolean {
  return DECISION_PREFIX.test(prefix);
}

/** Whether a file is the one that holds the record in a one-folder-per-record layout. */
export function isRecordFolderDocument(name: string): boolean {
  return RECORD_FOLDER_DOCUMENT.test(name);
}

/**
 * Reads a record-like file name; `undefined` when the name does not look like a record
 * (not Markdown or reStructuredText, a template, an index page, or no number or date).
 */
export function parseRecordFileName(name: string): RecordFileName | undefined {
  const ext = RECORD_EXTENSION.exec(name);
  if (!ext) return undefined;
  // The base name once for all three checks: discovery asks this of every file it walks.
  const baseName = name.slice(0, ext.index);
  if (isTemplateBaseName(baseName) || NOT_A_RECORD.test(baseName)) return undefined;
  return parseRecordBaseName(baseName, name.slice(ext.index));
}

/**
 * Reads a record-like name without its extension: a file's base name, or the name of a
 * record's own folder (`0003-protocols`, `2023-02-27_testing`, `slep004`), whose number or
 * date is then the record's.
 */
export function parseRecordBaseName(baseName: string, extension: string): RecordFileName | undefined {
  const date = DATE_SLUG.exec(baseName);
  if (date && isCalendarDate(+date[1]!, +date[2]!, +date[3]!)) {
    return { style: 'date-slug', prefix: '', date: `${date[1]}-${date[2]}-${date[3]}`, slug: baseName, baseName, extension };
  }
  const numbered = NUMBERED.exec(baseName);
  if (numbered) {
    return { style: 'number', number: Number(numbered[1]), digits: numbered[1]!, prefix: '', slug: numbered[2] ?? '', baseName, extension };
  }
  const prefixed = PREFIXED.exec(baseName);
  if (prefixed) {
    return { style: 'prefixed', number: Number(prefixed[2]), digits: prefixed[2]!, prefix: prefixed[1]!, slug: prefixed[3] ?? prefixed[4] ?? '', baseName, extension };
  }
  const placeholder = PLACEHOLDER_NUMBERED.exec(baseName);
  if (placeholder) return { style: 'prefixed', prefix: placeholder[1]!, slug: placeholder[3] ?? '', baseName, extension };
  return undefined;
}

/** The naming most record names in a folder follow (ties go to the earlier style seen). */
export function predominantNaming(names: Iterable<RecordFileName>): AdrNamingStyle {
  const counts = new Map<string, { style: AdrNamingStyle; count: number }>();
  let last: { style: AdrNamingStyle; count: number } | undefined;
  for (const n of names) {
    const padding = n.style === 'date-slug' ? 0 : paddingOf(n.digits ?? '');
    // A folder's names nearly all follow one style: the one just counted is tried before a key is made.
    if (last && last.style.style === n.style && last.style.padding === padding && last.style.prefix === n.prefix) {
      last.count++;
      continue;
    }
    const key = `${n.style}|${padding}|${n.prefix}`;
    last = counts.get(key);
    if (last) last.count++;
    else counts.set(key, (last = { style: { style: n.style, padding, prefix: n.prefix }, count: 1 }));
  }
  let best: { style: AdrNamingStyle; count: number } | undefined;
  for (const e of counts.values()) if (!best || e.count > best.count) best = e;
  return best?.style ?? DEFAULT_NAMING;
}

/** adr-tools' own naming, used for an empty folder. */
export const DEFAULT_NAMING: AdrNamingStyle = { style: 'number', padding: 4, prefix: '' };
export const DATE_SLUG_NAMING: AdrNamingStyle = { style: 'date-slug', padding: 0, prefix: '' };

/** `0007` pads to 4; `7` or `12` are unpadded (padding 1). */
function paddingOf(digits: string): number {
  return digits.length > 1 && digits.startsWith('0') ? digits.length : 1;
}

/**
 * The file name a record numbered `n` gets in a folder named like `like` (same prefix,
 * padding and slug): used by the renumber fix.
 */
export function renumberedFileName(like: RecordFileName, n: number): string {
  const width = like.digits ?? '';
  const digits = width.length > 1 && width.startsWith('0') ? String(n).padStart(width.length, '0') : String(n);
  const separator = like.style === 'prefixed' ? separatorAfterNumber(like) : '-';
  const slugPart = like.slug ? `${separator}${like.slug}` : '';
  return `${like.prefix}${digits}${slugPart}${like.extension}`;
}

function separatorAfterNumber(like: RecordFileName): string {
  const after = like.baseName.charAt(like.prefix.length + (like.digits ?? '').length);
  return after === '_' || after === ' ' ? after : '-';
}

/** `ADR-0007` for a record numbered 7 whose file wrote `0007`; unpadded numbers are padded to 4. */
export function formatRecordId(n: number, digits?: string): string {
  const width = digits && digits.length > 1 && digits.startsWith('0') ? digits.length : 4;
  return `ADR-${String(n).padStart(width, '0')}`;
}

/** The last segment of a path. */
export function baseNameOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? path : path.slice(slash + 1);
}

/** The folder of a path (`""` at the root). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

export function joinPath(folder: string, name: string): string {
  return folder ? `${folder}/${name}` : name;
}

/**
 * Resolves a relative link destination against a folder; `undefined` when it leaves the
 * workspace folder. A leading `/` means the workspace folder's root.
 */
export function resolveRelative(folder: string, href: string): string | undefined {
  const parts = href.startsWith('/') ? [] : folder ? folder.split('/') : [];
  for (const seg of href.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join('/');
}

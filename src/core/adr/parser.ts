import { findDisabledRules } from '../model/documents';
import { BULLET, KEY_VALUE } from '../text/fieldLine';
import type { Finding } from '../model/findings';
import { LineIndex } from '../text/lineIndex';
import { TextSpan } from '../text/span';
import { dayFirstIn, readDate } from '../util/dates';
import { DELIMITER_ROW, splitTableRow, type TableCell, type TableRow } from '../text/markdownTable';
import { CHANGELOG_SECTION_KEYS, changelogDate, isChangelogSection } from './changelog';
import { pickTitleHeading } from './titleHeading';
import { detectFormat, detectTemplate } from './format';
import { readFrontMatter, type FrontMatterOptions, type FrontMatterValue } from './frontMatter';
import { FieldSpan, LinkSpan, SectionSpans, ValueSpan } from './located';
import { RELATION_AT_START, relationOf } from './links';
import { FIELD_KEYS, fieldOfSectionKey, meaningOfKey, splitList, type MetadataKey } from './metadataKeys';
import type {
  AdrDirectory,
  AppliesToGlob,
  AdrField,
  AdrHeading,
  AdrLink,
  AdrRelation,
  AdrSection,
  AdrStatusValue,
  DecisionRecord,
  FieldOrigin,
  Located,
  MarkdownReference,
  MetadataLayout,
} from './model';
import { baseNameOf, folderOf, formatRecordId, isIndexPageName, parseRecordFileName, stripRecordExtension } from './naming';
import { isStatusPlaceholder, normaliseStatus, statusTextOf, type StatusVocabulary } from './status';
import { scanStructure, sectionKey, sectionName, stripHtmlComments, type BodyStructure, type HeadingLine } from '../text/markdownStructure';
import { isReStructuredText, scanRstStructure, type RstField } from '../text/rstStructure';
import { findReferences, parseLinkTargets } from './targets';
import { splitTitle, unescapeMarkdown } from './title';
import { splitGlobList } from './appliesTo';

/** Sections whose lines may hold relation links (`* Superseded by [..](..)`). */
const LINK_SECTIONS = new Set(['links', 'related', 'related decisions', 'related adrs', 'related records', 'relations', 'more information']);
/** Records up to this size (nearly all: a few kilobytes) drop their line table once parsed. */
const RELEASE_LINE_TABLE_UP_TO = 16 * 1024;

const NO_HEADINGS: ReadonlySet<HeadingLine> = new Set();
/** The longest heading that can name a field section. */
const MAX_FIELD_HEADING = 32;
/**
 * A heading that can name a field or changelog section: it starts, after any numbering
 * (`3.`, `iv.`), with the first word of one of their keys, or holds emphasis marks (which
 * the key leaves out). Anchored, so most headings ("Context", an option's name) fail at
 * their first letters, without working out their key.
 */
const FIELD_SECTION_START = new RegExp(`^\\s*(?:(?:\\d+(?:\\.\\d+)*[.)]?|[ivx]+\\.)\\s+)?(?:${[...new Set([...FIELD_KEYS, ...CHANGELOG_SECTION_KEYS].map((k) => k.split(' ')[0]!))].join('|')})`, 'i');

/** The sections whose body is read as a field: a status, a date, or a changelog that dates the record. */
type FieldSection = 'status' | 'date' | 'updated' | 'changelog';

function fieldSectionOf(heading: string): FieldSection | undefined {
  if (!FIELD_SECTION_START.test(heading) && !/[*_`]/.test(heading)) return undefined;
  const key = sectionKey(heading);
  const field = fieldOfSectionKey(key);
  if (field === 'status' || field === 'date' || field === 'updated') return field;
  return !field && isChangelogSection(key) ? 'changelog' : undefined;
}
/** A table row; the closing pipe may be missing. */
const TABLE_START = /^\s*\|/;
/** Block-quote markers (`> `, `>> `) before a line's content. */
const QUOTE = /^\s{0,3}>(?:\s?>)*\s?/;
/** `Date 2023-09-26`: a key and a value that starts with a digit, with no colon between. */
const KEY_BEFORE_NUMBER = /^(?:\*\*|__)?([A-Za-z][A-Za-z ]{0,20}?)(?:\*\*|__)?[ \t]+(\d.*)$/;
const LEADING_EMPHASIS = /^(?:\*\*|__|\*|_)/;
const AFTER_RELATION = /^(?:\*\*|__|\*|_)?[ \t]*:?(?:\*\*|__|\*|_)?[ \t]*/;
/** " by " in a field value, before the record that did it. */
const BY_WHOM = /(?:^|\s)by\s+/;
/** reStructuredText has no YAML front matter: a `----` line at its top is a title's overline. */
const NO_FRONT_MATTER: ReturnType<typeof readFrontMatter> = { frontMatter: undefined, bodyStartLine: 0, values: new Map(), problems: [] };

/**
 * Reads one decision record. Never throws: what it cannot read is a finding on the
 * record, and every value keeps where it came from.
 * @param directory the ADR folder the record is in, when discovery knows it.
 * @param options how the front matter is read (tests compare the two readers).
 */
export function parseDecisionRecord(path: string, input: string, directory?: AdrDirectory, options?: ParseOptions): DecisionRecord {
  return new RecordReader(path, input, directory, options?.frontMatter, options?.statuses).read();
}

export interface ParseOptions {
  readonly frontMatter?: FrontMatterOptions;
  /** The repository's own status words (`adr.statuses` in `.techlead.yaml`). */
  readonly statuses?: StatusVocabulary;
}

class RecordReader {
  private readonly text: string;
  private readonly lines: LineIndex;
  private readonly folder: string;
  private readonly problems: Finding[] = [];
  private readonly fields = new Map<MetadataKey, AdrField<unknown>>();
  private readonly links: AdrLink[] = [];
  /** Metadata lines by where they were written, for the record's layout. */
  private readonly metadataLines = { bullet: [] as number[], line: [] as number[], table: [] as number[], field: [] as number[] };
  private readonly bulletMarkers = new Map<string, number>();
  /** The header row of a horizontal metadata table (`| Status | Date |`), until its value row is read. */
  private tableHeader: TableRow | undefined;
  /** The last table line read, to tell a table's first row (which may be a header of keys). */
  private lastTableLine = -2;
  /** An unfilled status placeholder (`{proposed | accepted}`), reported instead of read. */
  private statusPlaceholder: Located | undefined;
  /** The earliest entry of a `## Changelog` section, the date of a record that states no other. */
  private changelog: AdrField<string | undefined> | undefined;
  /** The `applies-to` globs, from the first place that names any. */
  private appliesTo: AppliesToGlob[] | undefined;

  constructor(
    private readonly path: string,
    input: string,
    private readonly directory: AdrDirectory | undefined,
    private readonly frontMatterOptions: FrontMatterOptions | undefined,
    private readonly statuses: StatusVocabulary | undefined,
  ) {
    // The file reader removed the byte-order mark: offsets are into the text as given.
    this.text = input;
    this.lines = new LineIndex(input);
    this.folder = folderOf(path);
  }

  read(): DecisionRecord {
    const { path, lines, text } = this;
    const fileName = baseNameOf(path);
    const fileNameInfo = this.directory ? this.directory.recordFileName(fileName) : parseRecordFileName(fileName);
    const rst = isReStructuredText(path);
    const fm = rst ? NO_FRONT_MATTER : readFrontMatter(path, lines, this.frontMatterOptions);
    this.problems.push(...fm.problems);
    for (const [key, values] of fm.values) this.readFrontMatterValue(key, values);

    const rstStructure = rst ? scanRstStructure(lines, fm.bodyStartLine) : undefined;
    const structure: BodyStructure = rstStructure ?? scanStructure(lines, fm.bodyStartLine);
    // Headings that are metadata lines (`## Status: Accepted`, `## **status:** Draft`) are read as such.
    // Rare: the set is made only for a record that has such headings (this runs for every record).
    let metadataHeadings: ReadonlySet<HeadingLine> = NO_HEADINGS;
    for (const h of structure.headings) {
      if (!h.text.includes(':') || !this.readKeyValue(h.text, h.textStart, 'heading')) continue;
      if (metadataHeadings === NO_HEADINGS) metadataHeadings = new Set<HeadingLine>();
      (metadataHeadings as Set<HeadingLine>).add(h);
    }
    const titlePick = pickTitleHeading(metadataHeadings.size ? structure.headings.filter((h) => !metadataHeadings.has(h)) : structure.headings);
    const h1 = titlePick?.heading;
    const firstSection = structure.headings.find((h) => h !== h1 && !metadataHeadings.has(h) && (!h1 || h.line > h1.line));
    const headerEnd = firstSection ? firstSection.firstLine ?? firstSection.line : lines.lineCount;
    // An rst field list (`:Status: Accepted`, continued on indented lines) under the title.
    let fieldLinesEnd = -1;
    for (const f of rstStructure?.fields ?? []) {
      if (f.line >= headerEnd) break;
      this.readRstField(f);
      fieldLinesEnd = f.endLine;
    }
    for (let l = fm.bodyStartLine; l < headerEnd; l++) {
      if (structure.skipped[l] || (h1 && l === h1.line) || l <= fieldLinesEnd) continue;
      this.readHeaderLine(l);
    }

    const sections = this.sectionsOf(structure.headings);
    for (const s of sections) if (LINK_SECTIONS.has(s.key)) this.readLinkSection(s, structure.skipped);
    this.readFieldSections(structure.headings, metadataHeadings, h1, structure.skipped);

    const fileNumber = fileNameInfo?.number;
    const heading = h1 ? this.headingOf(h1, fileNumber) : undefined;
    const title = this.titleOf(heading, titlePick?.strong ?? false, fileNumber);
    this.settleDate(fileNameInfo);
    const number: AdrField<number> | undefined =
      fileNumber !== undefined
        ? new FieldSpan(fileNumber, fileNameInfo!.digits!, 'file-name', 0, 0, lines)
        : heading?.number ?? (this.fields.get('number') as AdrField<number> | undefined);
    const slug = fileNameInfo?.slug ?? stripRecordExtension(fileName);
    const id = number !== undefined ? formatRecordId(number.value, fileNameInfo?.digits) : fileNameInfo?.baseName ?? slug;

    // Only lines with a `](` can hold a Markdown link: found with indexOf over the whole
    // text, rather than cutting every line out of it to look.
    const references: MarkdownReference[] = [];
    const bodyStart = fm.bodyStartLine < lines.lineCount ? lines.lineStart(fm.bodyStartLine) : text.length;
    // reStructuredText links are written otherwise, and `](` in one is not a link.
    for (let at = rst ? -1 : text.indexOf('](', bodyStart), lastLine = -1; at !== -1; at = text.indexOf('](', at + 2)) {
      const l = lines.positionAt(at).line;
      if (l === lastLine) continue;
      lastLine = l;
      if (!structure.skipped[l]) findReferences(lines.lineText(l), lines.lineStart(l), this.folder, lines, references);
    }
    const linkTargets = this.links.map((k) => k.target);
    const bodyReferences = references.filter((r) => !linkTargets.some((t) => t.start < r.end && r.start < t.end));

    const status = this.fields.get('status') as AdrField<AdrStatusValue> | undefined;
    const formatInput = {
      hasFrontMatterMetadata: this.hasValueFrom('front-matter'),
      bulletMarker: this.predominantBulletMarker(),
      hasTable: this.metadataLines.table.length > 0,
      hasStatusSection: sections.some((s) => s.key === 'status'),
      hasMetadataLines: this.metadataLines.line.length > 0,
      dateSlugName: fileNameInfo?.style === 'date-slug' || this.directory?.naming.style === 'date-slug',
      sectionKeys: sections.map((s) => s.key),
    };
    const format = detectFormat(formatInput);

    const record: DecisionRecord = {
      kind: 'decision',
      path,
      text,
      problems: this.problems,
      disabledRules: findDisabledRules(text),
      folder: this.folder,
      fileName,
      fileNameInfo,
      directory: this.directory,
      eol: lines.eol === '\r\n' ? '\r\n' : '\n',
      number,
      id,
      slug,
      heading,
      title,
      status,
      date: this.fields.get('date') as AdrField<string | undefined> | undefined,
      deciders: this.listField('deciders'),
      consulted: this.listField('consulted'),
      informed: this.listField('informed'),
      tags: this.listField('tags'),
      authors: this.listField('authors'),
      appliesTo: this.appliesTo ?? [],
      links: this.links,
      references: bodyReferences,
      sections,
      ...(this.statusPlaceholder ? { statusPlaceholder: this.statusPlaceholder } : {}),
      format,
      template: detectTemplate(format, formatInput.sectionKeys),
      frontMatter: fm.frontMatter,
      metadata: this.layoutOf(format, fm.frontMatter, sections, h1, fm.bodyStartLine),
    };
    // The record's spans only ever ask for positions now: the line table can go (see
    // LineIndex.release). Not in a big file, where counting line breaks for every finding
    // would cost more than the table saves.
    if (text.length <= RELEASE_LINE_TABLE_UP_TO) lines.release();
    return record;
  }

  private span(start: number, end: number): Located {
    return new TextSpan(start, end, this.lines);
  }

  /** Whether any field or link was read from `origin`. */
  private hasValueFrom(origin: FieldOrigin): boolean {
    for (const f of this.fields.values()) if (f.origin === origin) return true;
    return this.links.some((k) => k.origin === origin);
  }

  private listField(key: MetadataKey): AdrField<readonly string[]> | undefined {
    return this.fields.get(key) as AdrField<readonly string[]> | undefined;
  }

  /** The first value found wins: front matter, then lines under the title, then sections. */
  private setField(key: MetadataKey, raw: string, at: Located, origin: FieldOrigin): void {
    if (key === 'appliesTo') {
      this.readAppliesTo([{ text: raw, start: at.start }]);
      return;
    }
    if (this.fields.has(key)) return;
    if (key === 'status') {
      // A placeholder left from the template says nothing: reported (adr/missing-status), not read.
      if (isStatusPlaceholder(raw)) {
        this.statusPlaceholder ??= at;
        return;
      }
      // `raw` stays as written (edits and the index page keep its links); the value is read
      // from the text a reader sees (`[ADOPTED](…)` → ADOPTED, `*deprecated*` → deprecated).
      const text = statusTextOf(raw);
      if (!text) return;
      this.fields.set(key, new FieldSpan(normaliseStatus(text, this.statuses), raw, origin, at.start, at.end, this.lines));
      this.readStatusLinks(raw, at.start, origin);
      return;
    }
    const value = key === 'date' || key === 'updated' ? this.dateOf(raw) : valueOf(key, raw);
    // A date that is not a real date is kept (value undefined) so adr/invalid-date can say so.
    if (value === undefined && key !== 'date' && key !== 'updated') return;
    this.fields.set(key, new FieldSpan(value, raw, origin, at.start, at.end, this.lines));
  }

  /**
   * `04/07/2023` is read the way the record writes its other all-number dates (or its
   * template's `dd/mm/YYYY`), and day first when nothing says.
   */
  private dateOf(raw: string): string | undefined {
    const reading = readDate(raw);
    if (!reading.ambiguous) return reading.value;
    const dayFirst = dayFirstIn(this.text);
    return dayFirst === false ? readDate(raw, { dayFirst }).value : reading.value;
  }

  /**
   * The record's own date when it states one; else the earliest changelog entry, the date
   * in the file or folder name (`2023-01-01-slug/README.md`), and last the "Last updated" date.
   */
  private settleDate(fileNameInfo: DecisionRecord['fileNameInfo']): void {
    if (this.fields.has('date')) return;
    if (this.changelog) {
      this.fields.set('date', this.changelog);
      return;
    }
    const named = fileNameInfo?.date ? { date: fileNameInfo.date, name: fileNameInfo.baseName } : this.folderNameDate();
    if (named) {
      this.fields.set('date', new FieldSpan(named.date, named.name, 'file-name', 0, 0, this.lines));
      return;
    }
    const updated = this.fields.get('updated');
    if (updated) this.fields.set('date', updated);
  }

  /** `2023-01-01-slug/README.md`: a record that is a folder takes the folder's date. */
  private folderNameDate(): { date: string; name: string } | undefined {
    if (!isIndexPageName(baseNameOf(this.path)) || !this.folder) return undefined;
    const folderName = baseNameOf(this.folder);
    const date = parseRecordFileName(`${folderName}.md`)?.date;
    return date ? { date, name: folderName } : undefined;
  }

  /**
   * `applies-to` globs from values as written (a front-matter list, or one line cut at its
   * commas). A value's text is found in the file from its start, so each glob points at
   * itself; text that was joined from several lines points at where its value starts.
   */
  private readAppliesTo(values: readonly { readonly text: string; readonly start: number }[]): void {
    if (this.appliesTo) return;
    const globs: AppliesToGlob[] = [];
    for (const v of values) {
      const verbatim = this.text.startsWith(v.text, v.start);
      for (const p of splitGlobList(v.text, v.start)) {
        const start = verbatim ? p.start : v.start;
        const end = verbatim ? p.end : v.start + Math.min(v.text.length, this.text.length - v.start);
        globs.push(new ValueSpan(p.text, start, end, this.lines));
      }
    }
    if (globs.length > 0) this.appliesTo = globs;
  }

  /** "superseded by [ADR-9](0009-x.md)" in a status value is also a link. */
  private readStatusLinks(raw: string, offset: number, origin: FieldOrigin): void {
    const lead = raw.length - raw.replace(/^[\s*_`]+/, '').length;
    const rel = RELATION_AT_START.exec(raw.slice(lead));
    if (!rel) return;
    this.addLinks(relationOf(rel[1]!)!, rel[1]!, raw.slice(lead + rel[0].length), offset + lead + rel[0].length, this.span(offset, offset + raw.length), origin);
  }

  private readFrontMatterValue(key: string, values: readonly FrontMatterValue[]): void {
    const meaning = meaningOfKey(key);
    if (!meaning || values.length === 0) return;
    if ('relation' in meaning) {
      for (const v of values) this.addLinks(meaning.relation, key, v.text, v.start, v, 'front-matter');
      return;
    }
    // Each item of an `applies-to` list is a glob of its own, in its own place.
    if (meaning.field === 'appliesTo') {
      this.readAppliesTo(values);
      return;
    }
    const first = values[0]!;
    const last = values[values.length - 1]!;
    const raw = values.length === 1 ? first.text : values.map((v) => v.text).join(', ');
    this.setField(meaning.field, raw, values.length === 1 ? first : this.span(first.start, last.end), 'front-matter');
  }

  private readHeaderLine(l: number): void {
    const written = this.lines.lineText(l);
    // Metadata may sit in a block quote (`> | Status | RFC |`, `> Status: Accepted`).
    const quote = QUOTE.exec(written)?.[0].length ?? 0;
    const line = written.slice(quote);
    const lineStart = this.lines.lineStart(l) + quote;
    if (TABLE_START.test(line)) {
      const first = l !== this.lastTableLine + 1;
      this.lastTableLine = l;
      if (DELIMITER_ROW.test(line)) return;
      if (this.readTableRow(splitTableRow(line, lineStart, l), first)) this.metadataLines.table.push(l);
      return;
    }
    this.tableHeader = undefined;
    const bullet = BULLET.exec(line);
    const content = (bullet ? line.slice(bullet[0].length) : line.trimStart()).trimEnd();
    const contentStart = lineStart + (bullet ? bullet[0].length : line.length - line.trimStart().length);
    const origin: FieldOrigin = bullet ? 'bullet' : 'line';
    if (!this.readKeyValue(content, contentStart, origin)) return;
    if (bullet) {
      this.metadataLines.bullet.push(l);
      this.bulletMarkers.set(bullet[2]!, (this.bulletMarkers.get(bullet[2]!) ?? 0) + 1);
    } else this.metadataLines.line.push(l);
  }

  /** Reads `Key: value` or a relation line (`Superseded by [..](..)`); false when it is neither. */
  private readKeyValue(content: string, contentStart: number, origin: FieldOrigin): boolean {
    const lead = LEADING_EMPHASIS.exec(content)?.[0].length ?? 0;
    const rel = RELATION_AT_START.exec(content.slice(lead));
    if (rel) {
      const after = AFTER_RELATION.exec(content.slice(lead + rel[0].length))![0].length;
      const valueOffset = lead + rel[0].length + after;
      const value = stripTrailingComment(content.slice(valueOffset));
      this.addLinks(relationOf(rel[1]!)!, rel[1]!, value, contentStart + valueOffset, this.span(contentStart, contentStart + content.length), origin);
      return true;
    }
    const withColon = KEY_VALUE.exec(content);
    const kv = withColon ?? KEY_BEFORE_NUMBER.exec(content);
    if (!kv) return false;
    const meaning = meaningOfKey(kv[1]!);
    if (!meaning) return false;
    // Without a colon only a date is read (`Date 2023-09-26`): `ADR 7 - Use Postgres` is a title,
    // and only when the rest reads as one ("Updated 3 dependencies" is prose).
    if (!withColon && (!('field' in meaning && (meaning.field === 'date' || meaning.field === 'updated')) || readDate(kv[2]!).problem === 'not-a-date')) return false;
    const valueStart = contentStart + content.length - kv[2]!.length;
    const value = stripTrailingComment(kv[2]!);
    if ('relation' in meaning) {
      this.addLinks(meaning.relation, kv[1]!, value, valueStart, this.span(contentStart, contentStart + content.length), origin);
    } else if (value) {
      this.setField(meaning.field, value, this.span(valueStart, valueStart + value.length), origin);
    }
    return true;
  }

  /**
   * A field of an rst field list: `:Status:`, `:Date:`, `:Created:`, `:Superseded by:`,
   * and a relation named by its participle, the record after "by" in the value
   * (`:Superseded: 2026-07 by :ref:`ADR-117 <adr-117>``).
   */
  private readRstField(f: RstField): void {
    let meaning = meaningOfKey(f.name);
    let phrase = f.name;
    // Targets are read from the text as written, so their offsets are right.
    let written = this.text.slice(f.valueStart, f.valueEnd);
    let writtenStart = f.valueStart;
    const by = meaning ? null : BY_WHOM.exec(written);
    if (by) {
      written = written.slice(by.index + by[0].length);
      // "by nr-vault integration" names no record: only a reference or a number does.
      if (!/[`\d]/.test(written)) return;
      phrase = `${f.name} by`;
      meaning = meaningOfKey(phrase);
      writtenStart += by.index + by[0].length;
    }
    if (!meaning) return;
    const at = this.span(this.lines.lineStart(f.line), this.lines.lineEnd(f.endLine));
    if ('relation' in meaning) {
      this.addLinks(meaning.relation, phrase, written, writtenStart, at, 'line');
    } else if (f.text) {
      this.setField(meaning.field, f.text, this.span(f.valueStart, f.valueEnd), 'line');
    }
    // Not a `line`: an rst field list says nothing of which template the record follows.
    for (let l = f.line; l <= f.endLine; l++) this.metadataLines.field.push(l);
  }

  /**
   * A row of a metadata table: vertical (`| Status | Accepted |`, one key per row, whatever
   * the header row says) or horizontal (a header row of keys `| Status | Date |` over a row
   * of values).
   */
  private readTableRow(row: TableRow, first: boolean): boolean {
    const cells = row.cells;
    if (cells.length < 2) return false;
    const header = this.tableHeader;
    if (header) {
      this.tableHeader = undefined;
      let read = false;
      header.cells.forEach((keyCell, i) => {
        const valueCell = cells[i];
        if (valueCell) read = this.readTableCell(keyCell, valueCell, row) || read;
      });
      return read;
    }
    if (first && cells.filter((c) => meaningOfKey(c.text) !== undefined).length >= 2) {
      this.tableHeader = row;
      return true;
    }
    return this.readTableCell(cells[0]!, cells[1]!, row);
  }

  private readTableCell(keyCell: TableCell, valueCell: TableCell, row: TableRow): boolean {
    const meaning = meaningOfKey(keyCell.text);
    if (!meaning) return false;
    if ('relation' in meaning) {
      this.addLinks(meaning.relation, keyCell.text, valueCell.text, valueCell.start, this.span(row.start, row.end), 'table');
    } else if (valueCell.text) {
      this.setField(meaning.field, valueCell.text, this.span(valueCell.start, valueCell.end), 'table');
    }
    return true;
  }

  private addLinks(relation: AdrRelation, phrase: string, value: string, valueOffset: number, at: Located, origin: FieldOrigin): void {
    for (const target of parseLinkTargets(value, valueOffset, this.folder, this.lines)) {
      this.links.push(new LinkSpan(relation, phrase, target, origin, at.start, at.end, this.lines));
    }
  }

  /** Nygard's `## Status`: a status word, and link lines such as "Amended by [9. Help scripts](0009-help-scripts.md)". */
  private readStatusSection(section: AdrSection, skipped: Uint8Array): void {
    let first = true;
    for (const l of this.contentLines(section, skipped)) {
      const line = this.lines.lineText(l);
      const bullet = BULLET.exec(line);
      const content = stripTrailingComment((bullet ? line.slice(bullet[0].length) : line.trimStart()).trimEnd());
      const contentStart = this.lines.lineStart(l) + (bullet ? bullet[0].length : line.length - line.trimStart().length);
      const at = this.span(contentStart, contentStart + content.length);
      const rel = RELATION_AT_START.exec(content.replace(LEADING_EMPHASIS, ''));
      if (first && rel && relationOf(rel[1]!) === 'superseded-by' && !this.fields.has('status')) {
        // adr-tools replaces the status word with the link: the line is the status.
        this.setField('status', content, at, 'section');
      } else if (!this.readKeyValue(content, contentStart, 'section') && !this.fields.has('status')) {
        this.setField('status', content, at, 'section');
      }
      first = false;
    }
  }

  /**
   * Sections that hold a field, at any heading level: `## Status` (Nygard), `## Estado`,
   * `## Fecha`, `# Status`; and `## Changelog`, whose earliest entry dates a record that
   * states no date.
   */
  private readFieldSections(headings: readonly HeadingLine[], metadataHeadings: ReadonlySet<HeadingLine>, title: HeadingLine | undefined, skipped: Uint8Array): void {
    for (let i = 0; i < headings.length; i++) {
      const h = headings[i]!;
      // Field headings are a word or three ("Status", "Fecha de creación", "Revision history"):
      // longer ones are not looked up, which keeps the cache of names for the common ones.
      if (h === title || h.text.length > MAX_FIELD_HEADING || metadataHeadings.has(h)) continue;
      const field = fieldSectionOf(h.text);
      if (field === undefined) continue;
      const { name, key } = sectionName(h.text);
      let end = this.text.length;
      for (let j = i + 1; j < headings.length; j++) {
        if (headings[j]!.level <= h.level) {
          // Setext and rst headings start at their overline or text and end at their underline.
          end = this.lines.lineStart(headings[j]!.firstLine ?? headings[j]!.line);
          break;
        }
      }
      const last = h.lastLine ?? h.line;
      const bodyStart = last + 1 < this.lines.lineCount ? Math.min(this.lines.lineStart(last + 1), end) : end;
      const section = new SectionSpans(name, key, h.level, this.lines.lineStart(h.firstLine ?? h.line), this.lines.lineEnd(last), bodyStart, end, this.lines);
      if (field === 'status') this.readStatusSection(section, skipped);
      else if (field === 'changelog') this.readChangelog(section, skipped);
      else this.readDateSection(section, skipped, field);
    }
  }

  private readChangelog(section: AdrSection, skipped: Uint8Array): void {
    if (this.changelog) return;
    const entries: { line: number; date: string }[] = [];
    for (const l of this.contentLines(section, skipped)) {
      const date = changelogDate(this.lines.lineText(l));
      if (date) entries.push({ line: l, date });
    }
    if (entries.length === 0) return;
    // Lists are kept oldest-first or newest-first: the earliest entry is the record's start either way.
    const first = entries.reduce((a, b) => (b.date < a.date ? b : a));
    const line = this.lines.lineText(first.line).trim();
    const start = this.lines.lineStart(first.line) + this.lines.lineText(first.line).indexOf(line);
    this.changelog = new FieldSpan(first.date, line, 'changelog', start, start + line.length, this.lines);
  }

  private readDateSection(section: AdrSection, skipped: Uint8Array, key: MetadataKey = 'date'): void {
    for (const l of this.contentLines(section, skipped)) {
      const line = this.lines.lineText(l).trim();
      const start = this.lines.lineStart(l) + this.lines.lineText(l).indexOf(line);
      this.setField(key, line, this.span(start, start + line.length), 'section');
      return;
    }
  }

  private readLinkSection(section: AdrSection, skipped: Uint8Array): void {
    for (const l of this.contentLines(section, skipped)) {
      const line = this.lines.lineText(l);
      const bullet = BULLET.exec(line);
      const content = (bullet ? line.slice(bullet[0].length) : line.trimStart()).trimEnd();
      if (!RELATION_AT_START.test(content.replace(LEADING_EMPHASIS, ''))) continue;
      this.readKeyValue(content, this.lines.lineStart(l) + (bullet ? bullet[0].length : line.length - line.trimStart().length), 'section');
    }
  }

  /** Non-blank lines of a section's body outside code and comments. */
  private *contentLines(section: AdrSection, skipped: Uint8Array): Iterable<number> {
    // Each read of `heading` or `body` makes a span (see SectionSpans): once each, not per line.
    const body = section.body;
    const first = section.heading.range.end.line + 1;
    const last = body.range.end.line;
    for (let l = first; l <= last && l < this.lines.lineCount; l++) {
      if (skipped[l] || this.lines.lineStart(l) >= body.end) continue;
      if (stripHtmlComments(this.lines.lineText(l)).trim()) yield l;
    }
  }

  private sectionsOf(headings: readonly HeadingLine[]): AdrSection[] {
    const sections: AdrSection[] = [];
    for (let i = 0; i < headings.length; i++) {
      const h = headings[i]!;
      if (h.level !== 2) continue;
      let endOffset = this.text.length;
      for (let j = i + 1; j < headings.length; j++) {
        if (headings[j]!.level <= 2) {
          endOffset = this.lines.lineStart(headings[j]!.firstLine ?? headings[j]!.line);
          break;
        }
      }
      const lastLine = h.lastLine ?? h.line;
      const bodyStart = lastLine + 1 < this.lines.lineCount ? this.lines.lineStart(lastLine + 1) : this.text.length;
      const { name, key } = sectionName(h.text);
      sections.push(new SectionSpans(name, key, 2, this.lines.lineStart(h.firstLine ?? h.line), this.lines.lineEnd(lastLine), Math.min(bodyStart, endOffset), endOffset, this.lines));
    }
    return sections;
  }

  private headingOf(h: HeadingLine, fileNumber: number | undefined): AdrHeading {
    const parts = splitTitle(h.text, fileNumber);
    const line = this.span(this.lines.lineStart(h.line), this.lines.lineEnd(h.line));
    const text = this.span(h.textStart + parts.titleStart, h.textStart + parts.titleEnd);
    if (parts.number === undefined) return { line, text };
    const numberStart = h.textStart + parts.numberStart!;
    return { line, text, number: new FieldSpan(parts.number, h.text.slice(parts.numberStart, parts.numberEnd), 'heading', numberStart, h.textStart + parts.numberEnd!, this.lines) };
  }

  /**
   * Front matter `title` first (it is what sites built from the records show), then the H1,
   * then a metadata `Title:` line, then an H2 that opens the file (records with no H1).
   */
  private titleOf(heading: AdrHeading | undefined, strong: boolean, fileNumber: number | undefined): AdrField<string> | undefined {
    const field = this.fields.get('title') as AdrField<string> | undefined;
    const fromField = field?.value.trim() ? this.strippedTitle(field, fileNumber) : undefined;
    if (fromField && field!.origin === 'front-matter') return fromField;
    const written = heading ? this.text.slice(heading.text.start, heading.text.end) : '';
    const headingField = written ? new FieldSpan(unescapeMarkdown(written), written, 'heading', heading!.text.start, heading!.text.end, this.lines) : undefined;
    return strong ? (headingField ?? fromField) : (fromField ?? headingField);
  }

  /** A `title:` value without its ID prefix (`title: "ADR-001: Use X"`). */
  private strippedTitle(field: AdrField<string>, fileNumber: number | undefined): AdrField<string> {
    const parts = splitTitle(field.value, fileNumber);
    if (parts.titleStart === 0 && parts.title === field.value) return field;
    const offset = this.text.slice(field.start, field.end).indexOf(field.value.slice(parts.titleStart, parts.titleEnd));
    const start = offset < 0 ? field.start : field.start + offset;
    const end = offset < 0 ? field.end : start + parts.titleEnd - parts.titleStart;
    return new FieldSpan(parts.title, field.raw, field.origin, start, end, this.lines);
  }

  private predominantBulletMarker(): string | undefined {
    let best: string | undefined;
    for (const [marker, n] of this.bulletMarkers) if (best === undefined || n > this.bulletMarkers.get(best)!) best = marker;
    return best;
  }

  private layoutOf(format: DecisionRecord['format'], fm: DecisionRecord['frontMatter'], sections: readonly AdrSection[], h1: HeadingLine | undefined, bodyStartLine: number): MetadataLayout {
    const lines = this.lines;
    const linksBlock = (origins: readonly FieldOrigin[]): Located | undefined => {
      const ls = this.links.filter((k) => origins.includes(k.origin));
      if (ls.length === 0) return undefined;
      const start = lines.lineStart(lines.positionAt(Math.min(...ls.map((k) => k.start))).line);
      const end = lines.lineEnd(lines.positionAt(Math.max(...ls.map((k) => k.end))).line);
      return this.span(start, end);
    };
    const blockOfLines = (ls: readonly number[]) => this.span(lines.lineStart(ls[0]!), lines.lineEnd(ls[ls.length - 1]!));
    const afterLine = (l: number) => (l + 1 < lines.lineCount ? lines.lineStart(l + 1) : this.text.length);
    const status = sections.find((s) => s.key === 'status');

    if (format === 'madr3' && fm?.valid) {
      return withLinksBlock({ style: 'front-matter', insertAt: fm.content.end, block: fm.content }, linksBlock(['front-matter']));
    }
    if (this.metadataLines.table.length > 0 && format === 'table') {
      const rows = this.metadataLines.table;
      return withLinksBlock({ style: 'table', insertAt: afterLine(rows[rows.length - 1]!), block: blockOfLines(rows) }, linksBlock(['table']));
    }
    if (this.metadataLines.bullet.length > 0 && format !== 'nygard') {
      const ls = this.metadataLines.bullet;
      return withLinksBlock({ style: 'bullets', bulletMarker: this.predominantBulletMarker() ?? '*', insertAt: afterLine(ls[ls.length - 1]!), block: blockOfLines(ls) }, linksBlock(['bullet']));
    }
    if (status) {
      const content = [...this.contentLines(status, new Uint8Array(lines.lineCount))];
      const insertAt = content.length ? afterLine(content[content.length - 1]!) : status.body.start;
      const block = content.length ? blockOfLines(content) : status.body;
      return withLinksBlock({ style: 'status-section', insertAt, block }, linksBlock(['section']));
    }
    const plain = [...this.metadataLines.line, ...this.metadataLines.bullet, ...this.metadataLines.field].sort((a, b) => a - b);
    if (plain.length > 0) {
      return withLinksBlock({ style: 'lines', insertAt: afterLine(plain[plain.length - 1]!), block: blockOfLines(plain) }, linksBlock(['line', 'bullet']));
    }
    return { style: 'none', insertAt: h1 ? afterLine(h1.lastLine ?? h1.line) : lines.lineStart(bodyStartLine) };
  }

}

function valueOf(key: MetadataKey, raw: string): unknown {
  switch (key) {
    case 'status':
    case 'date':
    case 'updated':
      // Read by setField: they depend on the record (its vocabulary, how it writes dates).
      return undefined;
    case 'tags':
      return splitList(raw, true);
    case 'deciders':
    case 'consulted':
    case 'informed':
    case 'authors':
      return splitList(raw);
    case 'title':
      return raw.trim();
    case 'number': {
      const m = /^(?:adr[-_ ]?)?(\d{1,6})$/i.exec(raw.trim());
      return m ? Number(m[1]) : undefined;
    }
    case 'appliesTo':
      // Read by setField into globs, each with its own place.
      return undefined;
  }
}

/**
 * Cuts the value at its first `<!--` (closed or not, a comment runs to the end of the value).
 * Found by indexOf: a pattern starting with `\s*` is tried at every blank of a long run.
 */
function stripTrailingComment(s: string): string {
  const open = s.indexOf('<!--');
  return (open < 0 ? s : s.slice(0, open)).trimEnd();
}

/** The layout, with `linksBlock` set when there are link lines (set, not spread in: this runs for every record). */
function withLinksBlock(layout: { -readonly [K in keyof MetadataLayout]: MetadataLayout[K] }, linksBlock: Located | undefined): MetadataLayout {
  if (linksBlock) layout.linksBlock = linksBlock;
  return layout;
}

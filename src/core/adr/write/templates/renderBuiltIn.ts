import type { AdrFormat } from '../../model';
import { normaliseStatus, STATUS_DISPLAY } from '../../status';
import { withLeadingCase, yamlScalar } from '../wording';
import type { BuiltInTemplate } from './builtInTemplates';

/** What goes into a new record. */
export interface NewRecordValues {
  /** Absent in folders named by date and slug (log4brains). */
  readonly number: number | undefined;
  readonly title: string;
  /** As configured or asked for (`proposed`); written in the case the record's style uses. */
  readonly status: string;
  /** `YYYY-MM-DD`. */
  readonly date: string;
}

/** How a MADR record states its metadata, following the other records of its folder. */
export type MadrMetadataStyle =
  | { readonly style: 'front-matter' }
  | { readonly style: 'bullets'; readonly marker: '*' | '-' }
  | { readonly style: 'table' };

/**
 * MADR 4 puts metadata in front matter; folders of MADR 2 records use `* Status:` bullets,
 * log4brains `- Status:` bullets, some teams a table. Nygard folders get front matter too
 * when someone picks MADR there, as MADR 4 itself does.
 */
export function madrStyleForFormat(format: AdrFormat | undefined): MadrMetadataStyle {
  switch (format) {
    case 'madr2':
      return { style: 'bullets', marker: '*' };
    case 'log4brains':
      return { style: 'bullets', marker: '-' };
    case 'table':
      return { style: 'table' };
    default:
      return { style: 'front-matter' };
  }
}

/**
 * Writes a new record from a built-in template, with `\n` line breaks. `fill` replaces the
 * guidance of sections by key (the first record of a new folder explains itself).
 */
export function renderBuiltInTemplate(template: BuiltInTemplate, values: NewRecordValues, madrStyle: MadrMetadataStyle, fill: Readonly<Record<string, string>> = {}): string {
  const lines: string[] = [];
  const title = template.family === 'nygard' && values.number !== undefined ? `${values.number}. ${values.title}` : values.title;
  if (template.family === 'nygard') {
    lines.push(`# ${title}`, '', `Date: ${values.date}`, '', '## Status', '', statusWord(values.status, true), '');
  } else {
    lines.push(...madrHeader(template, values, title, madrStyle));
  }
  for (const s of template.sections) {
    lines.push(`${'#'.repeat(s.level)} ${s.heading}`, '', fill[s.key] ?? s.guidance, '');
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

function madrHeader(template: BuiltInTemplate, values: NewRecordValues, title: string, style: MadrMetadataStyle): string[] {
  const people = template.people ? ['decision-makers', 'consulted', 'informed'] : [];
  switch (style.style) {
    case 'front-matter':
      return ['---', `status: ${yamlScalar(statusWord(values.status, false))}`, `date: ${values.date}`, ...people.map((k) => `${k}:`), '---', '', `# ${title}`, ''];
    case 'bullets': {
      const m = style.marker;
      const deciders = template.people ? [`${m} Deciders:`] : [];
      return [`# ${title}`, '', `${m} Status: ${statusWord(values.status, false)}`, ...deciders, `${m} Date: ${values.date}`, ''];
    }
    case 'table': {
      const rows = template.people ? ['| Deciders | |'] : [];
      return [`# ${title}`, '', '| Field | Value |', '| --- | --- |', `| Status | ${statusWord(values.status, true)} |`, `| Date | ${values.date} |`, ...rows, ''];
    }
  }
}

/** A known status in the case the style writes it (`Accepted` in Nygard and tables, `accepted` elsewhere); other text as given. */
export function statusWord(status: string, capitalised: boolean): string {
  const normalised = normaliseStatus(status);
  const known = normalised !== 'other' && status.trim().toLowerCase() === normalised;
  if (known) return capitalised ? STATUS_DISPLAY[normalised as keyof typeof STATUS_DISPLAY] : normalised;
  return capitalised ? withLeadingCase(status.trim(), 'capital') : status.trim();
}

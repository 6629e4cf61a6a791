import type { AdrFormat, AdrTemplate } from './model';

/** What the parser saw in a record, enough to tell which template it follows. */
export interface FormatClues {
  /** Status, date, deciders or a relation came from YAML front matter. */
  readonly hasFrontMatterMetadata: boolean;
  /** The marker of `Status:`/`Date:` bullets under the title, when there are any. */
  readonly bulletMarker: string | undefined;
  readonly hasTable: boolean;
  readonly hasStatusSection: boolean;
  /** `Date: 2016-02-12` lines (not bullets) under the title. */
  readonly hasMetadataLines: boolean;
  /** The file (or its folder) is named `yyyymmdd-slug.md`, as log4brains names records. */
  readonly dateSlugName: boolean;
  readonly sectionKeys: readonly string[];
}

const MADR_SECTIONS = ['context and problem statement', 'considered options', 'decision outcome', 'decision drivers', 'pros and cons of the options'];
const NYGARD_SECTIONS = ['context', 'decision', 'consequences', 'status'];

/** Which metadata convention a record follows; where it mixes several, the most specific wins. */
export function detectFormat(c: FormatClues): AdrFormat {
  if (c.hasFrontMatterMetadata) return 'madr3';
  if (c.bulletMarker !== undefined) return c.bulletMarker === '-' && c.dateSlugName ? 'log4brains' : 'madr2';
  if (c.hasTable) return 'table';
  if (c.hasStatusSection || c.hasMetadataLines) return 'nygard';
  if (hasAny(c.sectionKeys, MADR_SECTIONS)) return c.dateSlugName ? 'log4brains' : 'madr3';
  if (hasAny(c.sectionKeys, NYGARD_SECTIONS)) return 'nygard';
  return 'unknown';
}

/**
 * Which sections a record is expected to have. MADR's own headings decide first (a
 * record may keep `## Status` and still follow MADR), then the metadata format, then
 * Nygard's headings.
 */
export function detectTemplate(format: AdrFormat, sectionKeys: readonly string[]): AdrTemplate {
  if (hasAny(sectionKeys, MADR_SECTIONS)) return 'madr';
  if (format === 'madr2' || format === 'madr3' || format === 'log4brains') return 'madr';
  if (format === 'nygard' || hasAny(sectionKeys, NYGARD_SECTIONS)) return 'nygard';
  return 'unknown';
}

function hasAny(keys: readonly string[], wanted: readonly string[]): boolean {
  return keys.some((k) => wanted.includes(k));
}

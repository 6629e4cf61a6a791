import type { HeadingLine } from '../text/markdownStructure';

/**
 * Which heading names the record. The first H1, unless it names a section ("# Abstract",
 * "# Context" in records written with H1 sections); with no such H1, an H2 that opens the
 * file (gRPC proposals underline their title with `----`). `strong` says the heading is an
 * H1: a `Title:` line is preferred to a weak one. An H1 below the first H2 of a file that
 * opens with an H2 ends a part of the record.
 */
export function pickTitleHeading(headings: readonly HeadingLine[]): { heading: HeadingLine; strong: boolean } | undefined {
  // An H1 below the first H2 ends a part of the record ("# Feedback" after "## Abstract").
  const firstH2 = headings.findIndex((h) => h.level >= 2);
  const h1 = headings.find((h, i) => h.level === 1 && (firstH2 < 0 || i < firstH2 || headings[0]!.level === 1) && !isSectionName(h.text));
  if (h1) return { heading: h1, strong: true };
  const first = headings[0];
  if (first && first.level === 2 && !isSectionName(first.text)) return { heading: first, strong: false };
  return undefined;
}

/** Headings that start a part of a record; never its title. */
const SECTION_NAMES = new Set([
  'abstract', 'summary', 'context', 'motivation', 'background', 'introduction', 'overview', 'timeline', 'status', 'decision',
  'consequences', 'rationale', 'specification', 'proposal', 'problem', 'problem statement', 'context and problem statement',
  'table of contents', 'contents', 'toc', 'changelog', 'references', 'discussion', 'goals', 'non-goals', 'description',
  'kontext', 'entscheidung', 'konsequenzen', 'contexto', 'decisión', 'consecuencias', 'contexte', 'décision', 'conséquences',
]);

/**
 * Titles are mostly one of a kind: they are not put through `sectionName` (whose cache is for
 * the names records share). Section names are short; longer text is no section name.
 */
export function isSectionName(text: string): boolean {
  if (text.length > LONGEST_SECTION_NAME + 8) return false;
  return SECTION_NAMES.has(text.replace(/^[\s*_#\d.)]+|[\s*_:.]+$/g, '').toLowerCase());
}

const LONGEST_SECTION_NAME = 29;

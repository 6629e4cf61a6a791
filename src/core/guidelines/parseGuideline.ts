import guidelineSchema from '../../../schemas/guideline-front-matter.schema.json';
import type { JsonSchema } from '../schema/jsonSchema';
import { parseAgentFile } from './parseAgentFile';
import { fileStem, readMarkdown, scalarString } from './guidelineMarkdown';
import type { YamlReader } from '../yaml/reader';
import { GUIDELINE_SEVERITIES, type Guideline, type GuidelineSeverity } from './model';

export { fileStem, splitTopLevelCommas } from './guidelineMarkdown';

export const GUIDELINE_FRONT_MATTER_SCHEMA = guidelineSchema as JsonSchema;

/** Severity of a guideline whose front matter does not say. */
export const DEFAULT_GUIDELINE_SEVERITY: GuidelineSeverity = 'warning';

export interface GuidelineParseOptions {
  /** How the front matter is read; see YamlReader. */
  readonly reader?: YamlReader;
}

/** Parses a `.techlead/guidelines/` file. Never throws: problems become front-matter issues. */
export function parseGuidelineFile(path: string, rawText: string, options: GuidelineParseOptions = {}): Guideline {
  const { common, frontMatter, located, body } = readMarkdown(path, rawText, 'tasks', GUIDELINE_FRONT_MATTER_SCHEMA, options.reader);
  const severity = scalarString(frontMatter, 'severity');
  return {
    ...common,
    source: 'techlead',
    id: scalarString(frontMatter, 'id')?.trim() || fileStem(path),
    title: scalarString(frontMatter, 'title')?.trim() || body.firstHeading || fileStem(path),
    severity: isGuidelineSeverity(severity) ? severity : DEFAULT_GUIDELINE_SEVERITY,
    tags: located.list(frontMatter, 'tags').map((t) => t.text),
    appliesTo: located.list(frontMatter, 'applies-to'),
    match: located.list(frontMatter, 'match'),
  };
}

/**
 * Parses a GitHub Copilot `.github/instructions/*.instructions.md` file as a guideline
 * (see parseAgentFile): `applyTo` (a comma-separated glob string) gives the paths.
 */
export function parseInstructionsFile(path: string, rawText: string, options: GuidelineParseOptions = {}): Guideline {
  return parseAgentFile(path, rawText, 'instructions', options);
}

export function isGuidelineSeverity(value: unknown): value is GuidelineSeverity {
  return typeof value === 'string' && (GUIDELINE_SEVERITIES as readonly string[]).includes(value);
}



import { resolveRelative } from '../adr/naming';
import { DOCUMENT_START } from '../model/text';
import type { YamlReader } from '../yaml/reader';
import { fileStem, readMarkdown, type LocatedReader, type Root } from './guidelineMarkdown';
import type { Guideline, LocatedString } from './model';
import { scopeFolder, type AgentFileFormat } from './sources';

export interface AgentFileParseOptions {
  /** How the front matter is read; see YamlReader. */
  readonly reader?: YamlReader;
  /** Whether a path is another guideline file, so a file holding only that path reads as a link to it. */
  readonly isGuidelineFile?: (path: string) => boolean;
}

/**
 * Parses an instruction file written for coding agents or reviewers (Copilot, AGENTS.md,
 * Cursor, Windsurf, Cline) as a guideline: its checklist is every top-level list item
 * (task, numbered or bullet) and the paths it applies to come from where it sits and the
 * keys its tool reads. Only YAML syntax is checked: the rest of each format is its tool's.
 */
export function parseAgentFile(path: string, rawText: string, format: AgentFileFormat, options: AgentFileParseOptions = {}): Guideline {
  const { common, frontMatter, located, body } = readMarkdown(path, rawText, 'top-level', undefined, options.reader);
  // Nested AGENTS.md files share a name: their path tells them apart.
  const id = format === 'instructions' ? fileStem(path) : path;
  const fields = {
    source: format,
    id,
    // Without a heading, what the file is: its id (the path) is shown beside the title already.
    title: body.firstHeading || (format === 'instructions' ? id : UNTITLED[format]),
    severity: 'info',
    tags: [],
    match: [],
  } as const;
  const linkedTo = options.isGuidelineFile && linkTarget(path, common.text, options.isGuidelineFile);
  if (linkedTo) return { ...common, ...fields, rationale: '', checklist: [], appliesTo: [], linkedTo };
  return {
    ...common,
    ...fields,
    appliesTo: appliesTo(path, format, frontMatter, located),
    // Cursor and Windsurf read their front matter as lines of text, and nothing reads an AGENTS.md's:
    // what YAML rejects there is no mistake. Copilot's `applyTo` and Cline's `paths` are YAML.
    ...(format === 'instructions' || format === 'cline' ? {} : { frontMatterIssues: [] }),
  };
}

const UNTITLED: Readonly<Record<AgentFileFormat, string>> = {
  'copilot-instructions': 'Copilot instructions',
  instructions: 'Copilot instructions',
  agents: 'Agent instructions',
  cursor: 'Cursor rules',
  windsurf: 'Windsurf rules',
  cline: 'Cline rules',
};

function appliesTo(path: string, format: AgentFileFormat, root: Root, located: LocatedReader): LocatedString[] {
  const folder = scopeFolder(path, format);
  // A nested rule's globs are relative to its folder; one without a slash matches at any depth there, as at the root.
  const inScope = (patterns: LocatedString[]) => (folder ? patterns.map((p) => ({ ...p, text: scoped(folder, p.text) })) : patterns);
  switch (format) {
    case 'instructions':
      return located.commaSeparated(root, 'applyTo');
    case 'cursor': {
      if (path === '.cursorrules' || /^true$/i.test(located.rawValue('alwaysApply')?.text ?? '')) return everything(folder);
      // A rule that is neither always applied nor scoped by globs is one the agent asks for: it applies to no path.
      return inScope(located.rawCommaSeparated('globs'));
    }
    case 'windsurf': {
      if (path === '.windsurfrules') return everything('');
      const trigger = located.rawValue('trigger')?.text.toLowerCase();
      if (trigger === 'glob') return located.rawCommaSeparated('globs');
      return trigger === undefined || trigger === 'always_on' ? everything('') : [];
    }
    case 'cline': {
      // Cline's conditional rules name their paths in `paths`; the others always apply.
      const paths = located.list(root, 'paths');
      return paths.length > 0 ? paths : everything('');
    }
    case 'agents':
      return everything(folder);
    case 'copilot-instructions':
      return everything('');
  }
}

function scoped(folder: string, pattern: string): string {
  const negated = pattern.startsWith('!') ? '!' : '';
  const bare = negated ? pattern.slice(1) : pattern;
  const anchored = bare.replace(/\/$/, '').includes('/');
  return `${negated}${folder}/${anchored ? bare.replace(/^\//, '') : `**/${bare}`}`;
}

/** Every path (`**`), or every path under a folder: written nowhere in the file, so located at its start. */
function everything(folder: string): LocatedString[] {
  return [{ text: folder ? `${folder}/**` : '**', start: 0, end: 0, range: DOCUMENT_START }];
}

/** A line holding just a path, kept once. */
const LONE_PATH = /^[ \t]*([^\s]+)[ \t]*(?:\r?\n)?$/;

/**
 * A symbolic link checked out as a plain file (git with `core.symlinks` off, as on
 * Windows) holds only the path it points to: `CLAUDE.md` holding `AGENTS.md`. When that
 * path is another guideline file, this file is that guideline under a second name.
 */
function linkTarget(path: string, text: string, isGuidelineFile: (path: string) => boolean): string | undefined {
  if (text.length > 1024) return undefined;
  const m = LONE_PATH.exec(text);
  if (!m) return undefined;
  const target = resolveRelative(path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '', m[1]!);
  return target !== undefined && target !== path && isGuidelineFile(target) ? target : undefined;
}

/**
 * Which files are guidelines, by where they sit: our own `.techlead/guidelines/` plus the
 * instruction files teams write for coding agents and reviewers (Copilot, AGENTS.md and
 * its CLAUDE.md/GEMINI.md siblings, Cursor, Windsurf, Cline). Paths only: nothing here
 * reads a file, so discovery, the watcher's `claims` and the parser agree on one answer.
 */

/** The sources a user can switch on or off (`guidelines.sources`); all by default. */
export const GUIDELINE_SOURCES = ['techlead', 'copilot', 'agents', 'cursor', 'windsurf', 'cline'] as const;
export type GuidelineSourceName = (typeof GUIDELINE_SOURCES)[number];

/** The file formats read as guidelines, each belonging to one source. */
export type AgentFileFormat =
  /** `.github/copilot-instructions.md`: the whole repository. */
  | 'copilot-instructions'
  /** `.github/instructions/**\/*.instructions.md`: `applyTo` globs. */
  | 'instructions'
  /** `AGENTS.md`, `CLAUDE.md`, `GEMINI.md`: the folder they sit in (the root: everything). */
  | 'agents'
  /** `.cursor/rules/**\/*.mdc`: `globs` or `alwaysApply`; `.cursorrules` at the root: everything. */
  | 'cursor'
  /** `.windsurf/rules/**\/*.md`: `trigger` and `globs`; `.windsurfrules` at the root: everything. */
  | 'windsurf'
  /** `.clinerules` (a file, or a folder of rules; `workflows/` are run on demand, not rules). */
  | 'cline';

export const SOURCE_OF_FORMAT: Readonly<Record<AgentFileFormat, GuidelineSourceName>> = {
  'copilot-instructions': 'copilot',
  instructions: 'copilot',
  agents: 'agents',
  cursor: 'cursor',
  windsurf: 'windsurf',
  cline: 'cline',
};

const AGENT_FILE_NAMES = new Set(['agents.md', 'claude.md', 'gemini.md']);
const AGENT_FILE_NAME_LENGTH = 'agents.md'.length;
/** Prompt and chat-mode files are run on demand: they are not guidelines wherever they sit. */
const ON_DEMAND_FILE = /\.(?:prompt|chatmode)\.md$/i;
const INSTRUCTIONS_FILE = /\.instructions\.md$/i;
const RULE_TEXT_FILE = /\.(?:md|mdc|txt)$/i;

/**
 * The agent-file format of a repo-relative path, or undefined when the path is none
 * (`.techlead/guidelines/` files are told apart by the configured folders, not here).
 */
export function agentFileFormat(path: string): AgentFileFormat | undefined {
  const nameStart = path.lastIndexOf('/') + 1;
  // Every agent file is in a dot-folder (or is one: `.cursorrules`) or is named AGENTS.md,
  // CLAUDE.md or GEMINI.md. Asked for every file of the tree, so the rest leave here, most
  // on their name's length alone (all three names are nine characters).
  const inDotFolder = path[0] === '.' || path.includes('/.');
  if (!inDotFolder && path.length - nameStart !== AGENT_FILE_NAME_LENGTH) return undefined;
  const name = path.slice(nameStart).toLowerCase();
  if (!inDotFolder && !AGENT_FILE_NAMES.has(name)) return undefined;
  if (ON_DEMAND_FILE.test(path)) return undefined;
  if (path === '.github/copilot-instructions.md') return 'copilot-instructions';
  if (path.startsWith('.github/instructions/')) return INSTRUCTIONS_FILE.test(path) ? 'instructions' : undefined;
  if (path === '.cursorrules') return 'cursor';
  if (path === '.windsurfrules') return 'windsurf';
  if (path === '.clinerules') return 'cline';
  if (path.startsWith('.clinerules/')) return path.startsWith('.clinerules/workflows/') || !RULE_TEXT_FILE.test(path) ? undefined : 'cline';
  if (inRulesFolder(path, '.cursor/rules/')) return /\.mdc?$/i.test(path) ? 'cursor' : undefined;
  if (path.startsWith('.windsurf/rules/')) return /\.md$/i.test(path) ? 'windsurf' : undefined;
  return AGENT_FILE_NAMES.has(name) ? 'agents' : undefined;
}

/** `.cursor/rules/` at the root or in a sub-folder (Cursor scopes nested rules to that folder). */
function inRulesFolder(path: string, folder: string): boolean {
  return path.startsWith(folder) || path.includes(`/${folder}`);
}

/**
 * The folder a file's rules are about: an AGENTS.md its own folder, a nested
 * `.cursor/rules/` the folder holding `.cursor`, a `.claude/CLAUDE.md` the folder holding
 * `.claude` (Claude Code's project memory). `""` is the repository root.
 */
export function scopeFolder(path: string, format: AgentFileFormat): string {
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  if (format === 'agents') return folder === '.claude' ? '' : folder.endsWith('/.claude') ? folder.slice(0, -'/.claude'.length) : folder;
  if (format === 'cursor') {
    const at = path.indexOf('/.cursor/rules/');
    return at > 0 ? path.slice(0, at) : '';
  }
  return '';
}

/** The sources to read: all unless a list was given (an empty list counts as not given). */
export function enabledSources(chosen: readonly string[] | undefined): ReadonlySet<GuidelineSourceName> {
  const known = (chosen ?? []).filter((s): s is GuidelineSourceName => (GUIDELINE_SOURCES as readonly string[]).includes(s));
  return new Set(known.length > 0 ? known : GUIDELINE_SOURCES);
}

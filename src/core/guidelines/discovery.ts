import { normalizeRelative } from '../config/config';
import { CancelledError, type DirectoryEntry } from '../host';
import type { DiscoveryContext, KindDiscovery } from '../index/kindProvider';
import { agentFileFormat, enabledSources, SOURCE_OF_FORMAT, type AgentFileFormat, type GuidelineSourceName } from './sources';

/** Where guidelines live unless `.techlead.yaml` or settings add folders. */
export const DEFAULT_GUIDELINE_DIRECTORY = '.techlead/guidelines';
/** GitHub Copilot's path-specific instruction files, read as guidelines too. */
export const INSTRUCTIONS_DIRECTORY = '.github/instructions';

/** Folders never worth listing. Only these: inside a guideline folder, `build/` may well hold build guidelines. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
/** Skipped too when looking for AGENTS.md files across the repository: build output and vendored code. */
const SKIPPED_IN_TREE = new Set([
  ...SKIPPED_FOLDERS, 'dist', 'out', 'build', 'target', 'vendor', 'coverage', 'bower_components', '__pycache__',
  '.venv', '.tox', '.next', '.nuxt', '.yarn', '.gradle', '.cache', '.terraform', '.mypy_cache', '.pytest_cache',
]);
/** Guideline folders can be nested for grouping, but not endlessly (symlink loops). */
const MAX_DEPTH = 12;
/** A bound on the repository walk for nested AGENTS.md files in a huge repository. */
const MAX_WALKED_FOLDERS = 10000;
/** The only folders worth listing for the sources that are not nested anywhere in the tree. */
const FIXED_AGENT_FOLDERS = ['.github', '.cursor', '.windsurf', '.clinerules'];

export interface GuidelineDiscovery extends KindDiscovery {
  /** The guideline folders (default first, then configured ones), whether they exist or not. */
  readonly directories: readonly string[];
  /** Where "New Guideline" puts a file: the first configured folder, else the default one. */
  readonly defaultDirectory: string;
  /** Every file seen inside the guideline folders, guideline or not, so new files avoid their names. */
  readonly occupiedPaths: ReadonlySet<string>;
  /** Guideline files that are symbolic links to another guideline file, which is read instead. */
  readonly links: ReadonlyMap<string, string>;
  /** The sources read (`guidelines.sources`). */
  readonly sources: ReadonlySet<GuidelineSourceName>;
}

export async function discoverGuidelines(context: DiscoveryContext): Promise<GuidelineDiscovery> {
  const sources = enabledSources(context.config.guidelineSources);
  const configured = context.config.guidelineDirectories.map(normalizeRelative).filter(Boolean);
  const directories = [...new Set([DEFAULT_GUIDELINE_DIRECTORY, ...configured])];
  const files = new Set<string>();
  const occupied = new Set<string>();
  const linkTargets = new Map<string, string>();
  // The index shares listings between kinds, so the tree walk below lists what the ADR walk listed already.
  const list = (dir: string) => context.fs.list(dir);
  if (sources.has('techlead')) {
    for (const dir of directories) {
      await walk(context, list, dir, 0, SKIPPED_FOLDERS, (path) => {
        occupied.add(path);
        if (isGuidelineFileName(path)) files.add(path);
      });
    }
  }
  const agentFormat = (path: string) => readAgentFormat(path, sources);
  const onAgentFile = (path: string, entry: DirectoryEntry) => {
    if (!agentFormat(path)) return;
    files.add(path);
    if (entry.linkTarget !== undefined) linkTargets.set(path, entry.linkTarget);
  };
  if (sources.has('agents') || sources.has('cursor')) {
    // AGENTS.md and `.cursor/rules` may sit in any folder: one walk of the tree finds them all.
    await walk(context, list, '', 0, SKIPPED_IN_TREE, onAgentFile, { walked: 0 });
  } else if ([...sources].some((s) => s !== 'techlead')) {
    for (const e of await list('')) if (e.type === 'file') onAgentFile(e.name, e);
    for (const dir of FIXED_AGENT_FOLDERS) await walk(context, list, dir, 0, SKIPPED_FOLDERS, onAgentFile);
  }
  // A link to another guideline file is that file under a second name: it is read once, as the file.
  const links = new Map<string, string>();
  for (const [path, target] of linkTargets) {
    if (target !== path && files.has(target)) {
      links.set(path, target);
      files.delete(path);
    }
  }
  const isTechlead = (path: string) => sources.has('techlead') && isGuidelineFileName(path) && directories.some((d) => isInside(path, d));
  return {
    files: [...files].sort(),
    directories,
    defaultDirectory: configured[0] ?? DEFAULT_GUIDELINE_DIRECTORY,
    occupiedPaths: occupied,
    links,
    sources,
    claims: (path) => !links.has(path) && (isTechlead(path) || (agentFormat(path) !== undefined && !inSkippedFolder(path))),
    // New files are claimed one by one, so only a change of configuration (handled by the index) re-runs discovery.
    affectsDiscovery: () => false,
    watchPatterns: [...directories.map((d) => `${d}/**/*.md`), ...agentWatchPatterns(sources)],
  };
}

/** The format of an agent file when its source is read; `.techlead/guidelines` files are not agent files. */
function readAgentFormat(path: string, sources: ReadonlySet<GuidelineSourceName>): AgentFileFormat | undefined {
  const format = agentFileFormat(path);
  return format && sources.has(SOURCE_OF_FORMAT[format]) ? format : undefined;
}

function agentWatchPatterns(sources: ReadonlySet<GuidelineSourceName>): string[] {
  const out: string[] = [];
  if (sources.has('copilot')) out.push('.github/copilot-instructions.md', `${INSTRUCTIONS_DIRECTORY}/**/*.instructions.md`);
  if (sources.has('agents')) out.push('**/{AGENTS,agents,CLAUDE,GEMINI}.md');
  if (sources.has('cursor')) out.push('.cursorrules', '**/.cursor/rules/**/*.{mdc,md}');
  if (sources.has('windsurf')) out.push('.windsurfrules', '.windsurf/rules/**/*.md');
  if (sources.has('cline')) out.push('.clinerules', '.clinerules/**/*.{md,txt}');
  return out;
}

export function isInstructionsFile(path: string): boolean {
  return agentFileFormat(path) === 'instructions';
}

/** A Markdown file that is not a folder's README (which explains the folder, not a guideline). */
function isGuidelineFileName(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return /\.md$/i.test(name) && !/^readme\.md$/i.test(name);
}

function isInside(path: string, dir: string): boolean {
  return path.startsWith(`${dir}/`);
}

function inSkippedFolder(path: string): boolean {
  return path.split('/').slice(0, -1).some((segment) => SKIPPED_IN_TREE.has(segment));
}

async function walk(
  context: DiscoveryContext,
  list: (dir: string) => Promise<readonly DirectoryEntry[]>,
  dir: string,
  depth: number,
  skipped: ReadonlySet<string>,
  onFile: (path: string, entry: DirectoryEntry) => void,
  budget?: { walked: number; toldTooDeep?: boolean },
): Promise<void> {
  if (context.signal.isCancellationRequested) throw new CancelledError();
  if (depth > MAX_DEPTH) {
    // The repository walk says so once: a deep tree would otherwise log a line per folder.
    if (!budget || !budget.toldTooDeep) context.logger.warn(`${context.fs.name}/${dir}: not searched for guidelines, nested more than ${MAX_DEPTH} folders deep.`);
    if (budget) budget.toldTooDeep = true;
    return;
  }
  if (budget && ++budget.walked > MAX_WALKED_FOLDERS) {
    if (budget.walked === MAX_WALKED_FOLDERS + 1) context.logger.warn(`${context.fs.name}: stopped looking for AGENTS.md files after ${MAX_WALKED_FOLDERS} folders.`);
    return;
  }
  const entries = await list(dir);
  const folders: DirectoryEntry[] = [];
  for (const entry of entries) {
    if (entry.type === 'file') onFile(dir ? `${dir}/${entry.name}` : entry.name, entry);
    // In the repository walk, a linked folder is walked where it really is, not again under its second name.
    else if (!skipped.has(entry.name) && !(budget && entry.linkTarget !== undefined)) folders.push(entry);
  }
  // Folders in name order, so a walk cut short by its budget always covers the same ones;
  // files in any order (the caller sorts what it keeps).
  folders.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const folder of folders) await walk(context, list, dir ? `${dir}/${folder.name}` : folder.name, depth + 1, skipped, onFile, budget);
}

import { normalizeRelative } from '../config/config';
import { CancelledError } from '../host';
import type { DiscoveryContext, KindDiscovery } from '../index/kindProvider';

/** Where guidelines live unless `.techlead.yaml` or settings add folders. */
export const DEFAULT_GUIDELINE_DIRECTORY = '.techlead/guidelines';
/** GitHub Copilot's path-specific instruction files, read as guidelines too. */
export const INSTRUCTIONS_DIRECTORY = '.github/instructions';

const INSTRUCTIONS_SUFFIX = '.instructions.md';
/** Folders never worth listing. Only these: inside a guideline folder, `build/` may well hold build guidelines. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
/** Guideline folders can be nested for grouping, but not endlessly (symlink loops). */
const MAX_DEPTH = 12;

export interface GuidelineDiscovery extends KindDiscovery {
  /** The guideline folders (default first, then configured ones), whether they exist or not. */
  readonly directories: readonly string[];
  /** Where "New Guideline" puts a file: the first configured folder, else the default one. */
  readonly defaultDirectory: string;
  /** Every file seen inside the guideline folders, guideline or not, so new files avoid their names. */
  readonly occupiedPaths: ReadonlySet<string>;
}

export async function discoverGuidelines(context: DiscoveryContext): Promise<GuidelineDiscovery> {
  const configured = context.config.guidelineDirectories.map(normalizeRelative).filter(Boolean);
  const directories = [...new Set([DEFAULT_GUIDELINE_DIRECTORY, ...configured])];
  const files = new Set<string>();
  const occupied = new Set<string>();
  for (const dir of directories) {
    await walk(context, dir, 0, (path) => {
      occupied.add(path);
      if (isGuidelineFileName(path)) files.add(path);
    });
  }
  await walk(context, INSTRUCTIONS_DIRECTORY, 0, (path) => {
    if (isInstructionsFile(path)) files.add(path);
  });
  return {
    files: [...files].sort(),
    directories,
    defaultDirectory: configured[0] ?? DEFAULT_GUIDELINE_DIRECTORY,
    occupiedPaths: occupied,
    claims: (path) => isInstructionsFile(path) || (isGuidelineFileName(path) && directories.some((d) => isInside(path, d))),
    // New files are claimed one by one, so only a change of configuration (handled by the index) re-runs discovery.
    affectsDiscovery: () => false,
    watchPatterns: [...directories.map((d) => `${d}/**/*.md`), `${INSTRUCTIONS_DIRECTORY}/**/*${INSTRUCTIONS_SUFFIX}`],
  };
}

export function isInstructionsFile(path: string): boolean {
  return isInside(path, INSTRUCTIONS_DIRECTORY) && path.endsWith(INSTRUCTIONS_SUFFIX);
}

/** A Markdown file that is not a folder's README (which explains the folder, not a guideline). */
function isGuidelineFileName(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return /\.md$/i.test(name) && !/^readme\.md$/i.test(name);
}

function isInside(path: string, dir: string): boolean {
  return path.startsWith(`${dir}/`);
}

async function walk(context: DiscoveryContext, dir: string, depth: number, onFile: (path: string) => void): Promise<void> {
  if (context.signal.isCancellationRequested) throw new CancelledError();
  if (depth > MAX_DEPTH) {
    context.logger.warn(`${context.fs.name}/${dir}: not searched for guidelines, nested more than ${MAX_DEPTH} folders deep.`);
    return;
  }
  const entries = await context.fs.list(dir);
  for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = `${dir}/${entry.name}`;
    if (entry.type === 'file') onFile(path);
    else if (!SKIPPED_FOLDERS.has(entry.name)) await walk(context, path, depth + 1, onFile);
  }
}

import { filePatternMatcher, isGlobPattern } from '../glob/filePatterns';
import { CancelledError, type CancellationSignal, type FolderFileSystem } from '../host';
import type { DiscoveryContext, KindDiscovery } from '../index/kindProvider';
import type { Finding } from '../model/findings';
import { DOCUMENT_START } from '../model/text';

/** Where registers live when nothing is configured; `.techlead.yaml` `risks.files` adds to these. */
export const DEFAULT_RISK_PATTERNS: readonly string[] = [
  'docs/risks/*.yaml',
  'docs/risks/*.yml',
  'risk-register.yaml',
  'risk-register.yml',
  'risks.yaml',
  'risks.yml',
  'RISK_REGISTER.md',
  'docs/RISK_REGISTER.md',
  'docs/risks/*.md',
];

/** A folder of notes about risks usually has a README; it is never a register itself. */
const NEVER_REGISTERS = ['**/README.md', '**/readme.md'];

/** Folders a `**` or a wildcard never descends into: dependencies, VCS data, build output. */
const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist', 'build', 'coverage', '.vscode-test', 'target', '.next']);

export interface RiskDiscovery extends KindDiscovery {
  /** The glob patterns in effect (defaults plus configured). */
  readonly patterns: readonly string[];
}

export function isMarkdownRegister(path: string): boolean {
  return /\.(md|markdown)$/i.test(path);
}

/**
 * Finds risk registers. Lists only the folders the patterns can reach: a literal segment is
 * followed directly, a wildcard lists one folder, and only `**` walks a subtree.
 */
export async function discoverRiskRegisters(context: DiscoveryContext): Promise<RiskDiscovery> {
  const patterns = riskPatterns(context.config.riskFiles);
  const claims = riskFileMatcher(patterns);
  const lister = cancellableLister(context.fs, context.signal);
  const found = new Set<string>();
  for (const pattern of patterns) {
    for (const path of await expandPattern(pattern, lister)) if (claims(path)) found.add(path);
  }
  const folders: string[] = [];
  for (const path of await findByName(lister, context, folders)) found.add(path);
  return {
    files: [...found].sort(),
    problems: folders.map(folderNamedLikeRegister),
    patterns,
    claims: (path) => claims(path) || (isRegisterName(path) && !inSkippedFolder(path)),
    // Claims are pattern-based, so new files and folders are picked up one by one; only the
    // configuration (which the index watches itself) changes the patterns.
    affectsDiscovery: () => false,
    watchPatterns: patterns,
  };
}

/**
 * Defaults plus configured globs. A configured path with no wildcard and no extension is
 * taken as a folder of registers.
 */
export function riskPatterns(configured: readonly string[]): string[] {
  const out = new Set(DEFAULT_RISK_PATTERNS);
  for (const p of configured) {
    out.add(p);
    const last = p.split('/').pop() ?? '';
    if (!isGlobPattern(p) && !last.includes('.')) out.add(`${p}/*.{yaml,yml,md}`);
  }
  return [...out];
}

export function riskFileMatcher(patterns: readonly string[]): (path: string) => boolean {
  const isMatch = filePatternMatcher([...patterns], { ignore: NEVER_REGISTERS });
  return (path) => /\.(ya?ml|md|markdown)$/i.test(path) && isMatch(path);
}

/**
 * File names teams keep a register under, whatever the case and separator:
 * `risk-register`, `RISK_REGISTER`, `risk_register`, `RISKS`, `risks`, `risk-log`, and
 * names ending in `risk-register` or `risk-assessment` (`INITIAL_RISK_ASSESSMENT.md`).
 */
export function isRegisterName(path: string): boolean {
  const nameStart = path.lastIndexOf('/') + 1;
  // Asked of every file in the tree: nearly all leave on this one look for "risk".
  if (!RISK_WORD.test(nameStart ? path.slice(nameStart) : path)) return false;
  const name = path.slice(nameStart).toLowerCase();
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || !REGISTER_EXTENSIONS.has(name.slice(dot + 1))) return false;
  const base = name.slice(0, dot).replace(/[\s_.]+/g, '-');
  return base === 'risks' || base === 'risk-log' || base === 'risk-register' || base === 'riskregister' || base.endsWith('-risk-register') || base === 'risk-assessment' || base.endsWith('-risk-assessment');
}

const REGISTER_EXTENSIONS: ReadonlySet<string> = new Set(['md', 'markdown', 'yaml', 'yml']);
const RISK_WORD = /risk/i;

/** How deep and how wide the search by name goes: as far as the search for ADR folders. */
const MAX_NAME_DEPTH = 6;
const MAX_NAME_FOLDERS = 5000;

function inSkippedFolder(path: string): boolean {
  const parts = path.split('/');
  return parts.length - 1 > MAX_NAME_DEPTH || parts.slice(0, -1).some((part) => SKIPPED_FOLDERS.has(part) || part.startsWith('.'));
}

/**
 * Registers found by their file name anywhere in the folder, outside dependencies, build
 * output and hidden folders; breadth first and bounded, over the listings the other
 * discoveries make too (see keptListings).
 */
async function findByName(list: Lister, context: DiscoveryContext, folders: string[]): Promise<string[]> {
  const found: string[] = [];
  const queue: { dir: string; depth: number }[] = [{ dir: '', depth: 0 }];
  for (let walked = 0; walked < queue.length; walked++) {
    if (walked >= MAX_NAME_FOLDERS) {
      context.logger.warn(`${context.fs.name}: stopped looking for risk registers by name after ${MAX_NAME_FOLDERS} folders; list yours in .techlead.yaml (risks.files).`);
      break;
    }
    const { dir, depth } = queue[walked]!;
    const pathOf = (name: string) => (dir ? `${dir}/${name}` : name);
    for (const e of await list(dir)) {
      if (e.type === 'file') {
        if (isRegisterName(e.name)) found.push(pathOf(e.name));
      } else if (isRegisterName(e.name) && !SKIPPED_FOLDERS.has(e.name) && !e.name.startsWith('.')) {
        folders.push(pathOf(e.name));
      } else if (depth < MAX_NAME_DEPTH && !SKIPPED_FOLDERS.has(e.name) && !e.name.startsWith('.')) {
        queue.push({ dir: pathOf(e.name), depth: depth + 1 });
      }
    }
  }
  return found;
}

/**
 * A folder with a register's file name (`risks.yaml/`): said, not passed over, so "no
 * register found" never hides a register a checkout or a script turned into a folder.
 */
function folderNamedLikeRegister(path: string): Finding {
  return { rule: 'index/unreadable', severity: 'error', message: `${path} is a folder, not a file, so no risk register was read from it.`, file: path, range: DOCUMENT_START };
}

type Lister = (dir: string) => Promise<readonly { name: string; type: 'file' | 'directory' }[]>;

/**
 * Lists a folder, stopping when the build is cancelled. Each folder is listed once per build
 * however many patterns and kinds reach it: the index hands discovery a file system that
 * keeps listings (index/keptListings.ts).
 */
function cancellableLister(fs: FolderFileSystem, signal: CancellationSignal): Lister {
  return (dir) => {
    if (signal.isCancellationRequested) throw new CancelledError();
    return fs.list(dir);
  };
}

async function expandPattern(pattern: string, list: Lister): Promise<string[]> {
  const segments = pattern.split('/').filter((s) => s !== '' && s !== '.');
  // Each segment's matcher is built once, not again in every folder the walk visits.
  const globSegments = segments.map((segment) => isGlobPattern(segment));
  const matchers = segments.map((segment, i) => (globSegments[i] ? filePatternMatcher(segment, { dot: false }) : (name: string) => name === segment));
  const found: string[] = [];
  const join = (dir: string, name: string) => (dir ? `${dir}/${name}` : name);

  const walk = async (dir: string, i: number): Promise<void> => {
    const segment = segments[i];
    if (segment === undefined) return;
    const isLast = i === segments.length - 1;
    if (segment === '**') {
      if (isLast) {
        await walkAll(dir);
        return;
      }
      await walk(dir, i + 1);
      for (const e of await list(dir)) if (e.type === 'directory' && !SKIPPED_FOLDERS.has(e.name)) await walk(join(dir, e.name), i);
      return;
    }
    const isGlob = globSegments[i]!;
    const matches = matchers[i]!;
    for (const e of await list(dir)) {
      if (!matches(e.name)) continue;
      if (isLast) {
        if (e.type === 'file') found.push(join(dir, e.name));
      } else if (e.type === 'directory' && !(isGlob && SKIPPED_FOLDERS.has(e.name))) {
        await walk(join(dir, e.name), i + 1);
      }
    }
  };

  const walkAll = async (dir: string): Promise<void> => {
    for (const e of await list(dir)) {
      if (e.type === 'file') found.push(join(dir, e.name));
      else if (!SKIPPED_FOLDERS.has(e.name)) await walkAll(join(dir, e.name));
    }
  };

  await walk('', 0);
  return found;
}

import type { FileChange } from '../model/findings';
import type { Range } from '../model/text';
import { compileGlob } from '../glob/glob';
import { LineIndex } from '../text/lineIndex';
import type { GuidelineDiscovery } from './discovery';
import type { Guideline, GuidelineSeverity } from './model';
import { DEFAULT_GUIDELINE_SEVERITY, fileStem } from './parseGuideline';

/** What the "New Guideline" command asks for. */
export interface NewGuidelineRequest {
  readonly title: string;
  /** Glob patterns, as the user typed them. */
  readonly appliesTo: readonly string[];
  /** Defaults to the next free id in the folder's style (`SEC-004` after `SEC-003`). */
  readonly id?: string;
  readonly severity?: GuidelineSeverity;
  readonly tags?: readonly string[];
  /** Folder to create the file in; defaults to the discovery's default guideline folder. */
  readonly directory?: string;
}

export interface NewGuidelineContext {
  readonly discovery: Pick<GuidelineDiscovery, 'defaultDirectory' | 'occupiedPaths'>;
  /** The guidelines already indexed (for ids in use and the folder's naming style). */
  readonly guidelines: readonly Guideline[];
}

export type NewGuidelinePlan =
  | {
      readonly id: string;
      readonly path: string;
      readonly change: FileChange & { readonly type: 'create' };
      /** The placeholder rationale line, for the editor to select after opening the file. */
      readonly selection: Range;
      readonly error?: undefined;
    }
  /** The request cannot be carried out (message for the user); nothing is planned. */
  | { readonly error: string };

const ID_FORM = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const RATIONALE_PLACEHOLDER = 'Why this guideline exists: the risk it guards against, in a few lines.';
const CHECKLIST_PLACEHOLDER = '- [ ] What a reviewer checks first';

/**
 * Plans a new guideline file: next free id in the folder's style, a file name from the
 * title that is safe on every OS and not taken, and front matter the parser reads back
 * exactly. Never overwrites: a taken name gets a numeric suffix.
 */
export function planNewGuideline(context: NewGuidelineContext, request: NewGuidelineRequest): NewGuidelinePlan {
  const title = request.title.replace(/\s+/g, ' ').trim();
  if (!title) return { error: 'A guideline needs a title.' };
  const patterns = request.appliesTo.map((p) => p.trim()).filter(Boolean);
  if (patterns.length === 0) return { error: 'A guideline needs at least one applies-to pattern, such as src/api/**.' };
  for (const p of patterns) {
    const problem = compileGlob(p).problem;
    if (problem) return { error: `"${p}": ${problem.message}${problem.suggestion ? ` Did you mean "${problem.suggestion}"?` : ''}` };
  }
  const directory = (request.directory ?? context.discovery.defaultDirectory).replace(/\/+$/, '');
  const inFolder = context.guidelines.filter((g) => g.path.startsWith(`${directory}/`));
  const usedIds = new Set(context.guidelines.map((g) => g.id.toLowerCase()));
  const requestedId = request.id?.trim();
  if (requestedId !== undefined && requestedId !== '') {
    if (!ID_FORM.test(requestedId)) return { error: `"${requestedId}" is not a valid id: use letters, digits, ".", "_" and "-", such as SEC-001.` };
    if (usedIds.has(requestedId.toLowerCase())) return { error: `The id "${requestedId}" is already used by ${context.guidelines.find((g) => g.id.toLowerCase() === requestedId.toLowerCase())!.path}.` };
  }
  const id = requestedId || nextId(inFolder.length > 0 ? inFolder : context.guidelines, usedIds);
  const path = freePath(directory, fileName(id, title, inFolder), context);
  const content = guidelineContent(id, title, patterns, request.severity ?? DEFAULT_GUIDELINE_SEVERITY, request.tags ?? []);
  const lines = new LineIndex(content);
  const placeholderLine = lines.positionAt(content.indexOf(RATIONALE_PLACEHOLDER)).line;
  return { id, path, change: { type: 'create', path, content }, selection: lines.lineRange(placeholderLine) };
}

/**
 * The next id in the style most ids of the folder share: same prefix, same zero padding,
 * one above the highest number. `GL-001` when there is no numbered id to follow.
 */
export function nextId(guidelines: readonly Guideline[], usedIds: ReadonlySet<string>): string {
  const styles = new Map<string, { count: number; width: number; max: number }>();
  for (const g of guidelines) {
    const m = /^(.*?)(\d+)$/.exec(g.id);
    if (!m) continue;
    const style = styles.get(m[1]!) ?? { count: 0, width: 0, max: 0 };
    style.count++;
    style.width = Math.max(style.width, m[2]!.length);
    style.max = Math.max(style.max, +m[2]!);
    styles.set(m[1]!, style);
  }
  let prefix = 'GL-';
  let style = { count: 0, width: 3, max: 0 };
  for (const [p, s] of styles) {
    if (s.count > style.count) [prefix, style] = [p, s];
  }
  for (let n = style.max + 1; ; n++) {
    const candidate = `${prefix}${String(n).padStart(style.width, '0')}`;
    if (!usedIds.has(candidate.toLowerCase())) return candidate;
  }
}

/** `<title slug>.md`, or `<id>-<title slug>.md` when most files in the folder start with their id. */
function fileName(id: string, title: string, inFolder: readonly Guideline[]): string {
  const withId = inFolder.filter((g) => fileStem(g.path).toLowerCase().startsWith(slug(g.id, 40))).length;
  const titleSlug = slug(title, 60);
  return withId * 2 > inFolder.length && inFolder.length > 0 ? `${slug(id, 40)}-${titleSlug}` : titleSlug;
}

function freePath(directory: string, stem: string, context: NewGuidelineContext): string {
  const taken = new Set([...context.discovery.occupiedPaths, ...context.guidelines.map((g) => g.path)].map((p) => p.toLowerCase()));
  for (let n = 1; ; n++) {
    const path = `${directory}/${n === 1 ? stem : `${stem}-${n}`}.md`;
    // Compared without case: on macOS and Windows `Api.md` and `api.md` are the same file.
    if (!taken.has(path.toLowerCase())) return path;
  }
}

const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/;

/** Lower-case ASCII letters, digits and dashes, cut at a word boundary; safe on every file system. */
export function slug(text: string, maxLength: number): string {
  let s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length > maxLength) s = s.slice(0, maxLength).replace(/-[^-]*$/, '') || s.slice(0, maxLength);
  if (!s) return 'guideline';
  return WINDOWS_RESERVED.test(s) ? `${s}-guideline` : s;
}

function guidelineContent(id: string, title: string, patterns: readonly string[], severity: GuidelineSeverity, tags: readonly string[]): string {
  const lines = [
    '---',
    `id: ${yamlScalar(id)}`,
    `title: ${yamlScalar(title)}`,
    `applies-to: [${patterns.map((p) => JSON.stringify(p)).join(', ')}]`,
    `severity: ${severity}`,
    ...(tags.length > 0 ? [`tags: [${tags.map(yamlScalar).join(', ')}]`] : []),
    '---',
    RATIONALE_PLACEHOLDER,
    '',
    CHECKLIST_PLACEHOLDER,
    '',
  ];
  return lines.join('\n');
}

/** A YAML scalar that reads back as the same string: plain when unambiguous, else double-quoted. */
function yamlScalar(s: string): string {
  const plain = /^[A-Za-z_][^:#{}[\],&*!|>'"%@`]*$/.test(s) && !/\s$/.test(s) && !/^(?:true|false|yes|no|on|off|null|~)$/i.test(s);
  return plain ? s : JSON.stringify(s);
}

import { ADR_CATALOG, type AdrCatalog } from '../catalog';
import type { AdrDirectory, DecisionRecord } from '../model';
import { joinPath } from '../naming';
import { parseDecisionRecord } from '../parser';
import { applyTextEdits, type TextEdit } from '../../model/text';
import { ChangeSet } from './changeSet';
import { replaceFrontMatterScalar } from './frontMatterValues';
import { replaceStatus, statusEdits } from './statusEdits';
import { chooseAdrDirectory } from './chooseDirectory';
import { placeholderSelection } from './cursor';
import { planFailure, refuseBrokenFrontMatter, type AdrPlan, type AdrPlanFailure } from './planResult';
import { findRecord, type RecordRef } from './recordRefs';
import { newRecordFileName } from './recordFileName';
import { inverseOf, relationEdits, supersededEdits, supersedingEdits, type LinkRelation } from './relationEdits';
import { slugify } from './slug';
import { fillPlaceholders } from './templates/placeholders';
import { madrStyleForFormat, renderBuiltInTemplate, type NewRecordValues } from './templates/renderBuiltIn';
import { listTemplates, resolveTemplate, type AdrTemplateInfo, type ResolvedTemplate } from './templates/templateCatalog';
import type { AdrWorkspace } from './workspace';
import { appliesToEdits } from './appliesToEdits';

export interface NewDecisionInput {
  readonly title: string;
  /** The ADR folder (relative to the workspace folder); by default the one {@link chooseAdrDirectory} picks. */
  readonly directory?: string;
  /** A template id from {@link listAdrTemplates}; by default the folder's own. */
  readonly template?: string;
  /** Default: the `adr.defaultStatus` setting (`proposed`). */
  readonly status?: string;
  /** `YYYY-MM-DD`, from the host clock. */
  readonly today: string;
  /** Records (numbers, ids or file names in the same folder) the new one supersedes. */
  readonly supersedes?: readonly RecordRef[];
  /** Records the new one amends, clarifies, extends or relates to. */
  readonly links?: readonly { readonly record: RecordRef; readonly relation: LinkRelation }[];
  /** Globs naming the code the decision governs (`src/payments/**`), written as its `applies-to`. */
  readonly appliesTo?: readonly string[];
}

export type NewDecisionPlan = AdrPlan<{
  /** The new record, relative to the workspace folder. */
  readonly path: string;
  /**
   * UTF-16 offsets in the new record's content of what the editor selects: the Context
   * section's guidance, which the author types over (see {@link placeholderSelection}).
   */
  readonly selection: { readonly start: number; readonly end: number };
  /** The new record's number; none in folders named by date and slug. */
  readonly number: number | undefined;
  readonly directory: AdrDirectory;
  readonly template: string;
  /** Other ADR folders, when there were several and none was asked for. */
  readonly alternatives: readonly AdrDirectory[];
}>;

/** Attempts to find a free name when files appear between listing and checking. */
const MAX_NAME_ATTEMPTS = 20;

/**
 * Plans a new decision record: named and numbered like its neighbours, from the folder's
 * template (or the one asked for), dated today, with the configured status. When it
 * supersedes or links other records, the plan also edits those, each in its own style, so
 * the front end applies one set of changes. Never plans to overwrite a file.
 */
export async function planNewDecision(workspace: AdrWorkspace, input: NewDecisionInput): Promise<NewDecisionPlan> {
  const title = input.title.replace(/\s+/g, ' ').trim();
  if (!title) return planFailure('The title is empty.');
  const chosen = chooseAdrDirectory(workspace, input.directory);
  if (!chosen.ok) return chosen;
  const directory = chosen.directory;
  const catalog = workspace.view.catalog(ADR_CATALOG);
  const targets = findTargets(catalog, directory.path, input);
  if ('ok' in targets) return targets;
  const template = await resolveTemplate(workspace.fs, directory, input.template, workspace.config.adrTemplate);
  if ('error' in template) return planFailure(template.error);

  const named = await freeFileName(workspace, directory, catalog, slugify(title), input.today);
  if ('ok' in named) return named;
  const path = joinPath(directory.path, named.fileName);
  const values: NewRecordValues = { number: named.number, title, status: input.status?.trim() || workspace.config.adrDefaultStatus, date: input.today };
  const eol = predominantEol(catalog.inFolder(directory.path));

  let record = parseDecisionRecord(path, render(template, values, directory).replace(/\n/g, eol), directory);
  if (template.kind === 'file') record = withValues(record, values);
  const edit = (edits: readonly TextEdit[] | AdrPlanFailure): AdrPlanFailure | undefined => {
    if (!Array.isArray(edits)) return edits as AdrPlanFailure;
    if (edits.length > 0) record = parseDecisionRecord(path, applyTextEdits(record.text, edits), directory);
    return undefined;
  };
  edit(appliesToEdits(record, input.appliesTo ?? []));
  for (const old of targets.supersedes) {
    const refused = edit(supersedingEdits(record, old, catalog));
    if (refused) return refused;
  }
  for (const { target, relation } of targets.links) {
    const refused = edit(relationEdits(record, relation, target, catalog));
    if (refused) return refused;
  }

  const changes = new ChangeSet().create(path, record.text);
  for (const old of targets.supersedes) {
    const edits = supersededEdits(workspace.view, old, record);
    if (!Array.isArray(edits)) return edits;
    changes.edit(old, edits);
  }
  for (const { target, relation } of targets.links) {
    const edits = relationEdits(target, inverseOf(relation), record, catalog);
    if (!Array.isArray(edits)) return edits;
    changes.edit(target, edits);
  }
  return {
    ok: true,
    changes: changes.toChanges(),
    path,
    selection: placeholderSelection(record),
    number: named.number,
    directory,
    template: template.id,
    alternatives: chosen.alternatives,
  };
}

/** The templates a new record in `directory` (default: the one a new record would go to) can use, the default marked. */
export async function listAdrTemplates(workspace: AdrWorkspace, directory?: string): Promise<AdrTemplateInfo[]> {
  const chosen = chooseAdrDirectory(workspace, directory);
  return listTemplates(workspace.fs, chosen.ok ? chosen.directory : undefined, workspace.config.adrTemplate);
}

/**
 * A template copied from a folder writes its values as guidance (`# {short title of
 * solved problem and solution}`, `- Status: [draft | proposed | …]`, `title: ADR
 * Template`) rather than with placeholders: each value the record reads is set to the new
 * record's, where the template writes it, by the same edits as everywhere else.
 */
function withValues(rendered: DecisionRecord, values: NewRecordValues): DecisionRecord {
  let record = rendered;
  const apply = (edits: readonly TextEdit[] | AdrPlanFailure) => {
    if (Array.isArray(edits) && edits.length > 0) record = parseDecisionRecord(record.path, applyTextEdits(record.text, edits), record.directory);
  };
  if (record.title && record.title.value !== values.title) {
    const title = record.title;
    apply(title.origin === 'front-matter' ? [replaceFrontMatterScalar(record, title, values.title)] : [{ start: title.start, end: title.end, newText: values.title }]);
  }
  // A heading and a front-matter `title:` may both hold the template's title; the record reads one of them.
  const heading = record.heading;
  if (heading && record.text.slice(heading.text.start, heading.text.end) !== values.title) apply([{ start: heading.text.start, end: heading.text.end, newText: values.title }]);
  const titleKey = record.frontMatter?.entries['title'];
  if (titleKey && record.text.slice(titleKey.value.start, titleKey.value.end) !== values.title) apply([replaceFrontMatterScalar(record, titleKey.value, values.title)]);
  apply(record.status ? [replaceStatus(record, record.status, values.status)] : statusEdits(record, values.status));
  const date = record.date;
  if (date && date.value !== values.date) apply([date.origin === 'front-matter' ? replaceFrontMatterScalar(record, date, values.date) : { start: date.start, end: date.end, newText: values.date }]);
  return record;
}

function render(template: ResolvedTemplate, values: NewRecordValues, directory: AdrDirectory): string {
  if (template.kind === 'file') return fillPlaceholders(template.text, values);
  return renderBuiltInTemplate(template.template, values, madrStyleForFormat(directory.predominantFormat));
}

interface Targets {
  readonly supersedes: readonly DecisionRecord[];
  readonly links: readonly { readonly target: DecisionRecord; readonly relation: LinkRelation }[];
}

/** The records named in the input; each at most once, since one record cannot be both superseded and linked. */
function findTargets(catalog: AdrCatalog, folder: string, input: NewDecisionInput): Targets | AdrPlanFailure {
  const seen = new Set<string>();
  const once = (record: DecisionRecord): AdrPlanFailure | undefined => {
    if (seen.has(record.path)) return planFailure(`${record.fileName} is named more than once; a new record can supersede or link each record only once.`);
    seen.add(record.path);
    return undefined;
  };
  const supersedes: DecisionRecord[] = [];
  for (const ref of input.supersedes ?? []) {
    const found = findRecord(catalog, folder, ref);
    if ('ok' in found) return found;
    const refused = once(found) ?? refuseBrokenFrontMatter(found);
    if (refused) return refused;
    supersedes.push(found);
  }
  const links: { target: DecisionRecord; relation: LinkRelation }[] = [];
  for (const link of input.links ?? []) {
    const found = findRecord(catalog, folder, link.record);
    if ('ok' in found) return found;
    const refused = once(found) ?? refuseBrokenFrontMatter(found);
    if (refused) return refused;
    links.push({ target: found, relation: link.relation });
  }
  return { supersedes, links };
}

/**
 * A file name nobody uses: from the folder as listed now (the index may lag behind), the
 * folder's highest indexed number, and a final check that the file does not exist.
 */
async function freeFileName(workspace: AdrWorkspace, directory: AdrDirectory, catalog: AdrCatalog, slug: string, today: string): Promise<{ fileName: string; number: number | undefined } | AdrPlanFailure> {
  const names = new Set([...directory.fileNames, ...(await workspace.fs.list(directory.path)).map((e) => e.name)]);
  for (let attempt = 0; attempt < MAX_NAME_ATTEMPTS; attempt++) {
    const named = newRecordFileName({ naming: directory.naming, existingNames: names, slug, today, minimumNumber: catalog.nextFreeNumber(directory.path) });
    if (!(await workspace.fs.stat(joinPath(directory.path, named.fileName)))) return named;
    names.add(named.fileName);
  }
  return planFailure(`Could not find a free file name in ${directory.path || 'the workspace folder'}.`);
}

/** New records use the line breaks their neighbours use. */
function predominantEol(records: readonly DecisionRecord[]): string {
  const crlf = records.filter((r) => r.eol === '\r\n').length;
  return crlf > records.length - crlf ? '\r\n' : '\n';
}

import type { FolderFileSystem } from '../../../host';
import type { AdrDirectory } from '../../model';
import { isMarkdownFile, joinPath } from '../../naming';
import { BUILT_IN_TEMPLATE_IDS, BUILT_IN_TEMPLATES, isBuiltInTemplateId, type BuiltInTemplate } from './builtInTemplates';

/** Where teams keep their own record templates (`.techlead/templates/lightweight.md`). */
export const REPO_TEMPLATES_FOLDER = '.techlead/templates';
/** adr-tools reads a folder's own template from here, relative to the ADR folder. */
export const ADR_TOOLS_TEMPLATE = 'templates/template.md';
/** The id under which an ADR folder's adr-tools template is offered. */
export const ADR_TOOLS_TEMPLATE_ID = 'adr-tools';

export interface AdrTemplateInfo {
  /** What `--template` and the `adr.template` setting take. */
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly source: 'built-in' | 'repository' | 'adr-tools' | 'folder';
  /** The template file, for repository and adr-tools templates. */
  readonly path?: string;
  /** The template a new record in this folder gets when none is asked for. */
  readonly isDefault: boolean;
}

/** A template ready to render: built in, or a file's text with placeholders. */
export type ResolvedTemplate =
  | { readonly kind: 'built-in'; readonly id: string; readonly template: BuiltInTemplate }
  | { readonly kind: 'file'; readonly id: string; readonly path: string; readonly text: string };

/**
 * The templates a new record in `directory` can use: the repository's own (which take
 * precedence over a built-in of the same name, the team having customised it), the
 * folder's adr-tools template, and the built-in ones. `preferred` is the `adr.template`
 * setting; the default is marked.
 */
export async function listTemplates(fs: FolderFileSystem, directory: AdrDirectory | undefined, preferred?: string): Promise<AdrTemplateInfo[]> {
  const found: Omit<AdrTemplateInfo, 'isDefault'>[] = [];
  for (const e of await fs.list(REPO_TEMPLATES_FOLDER)) {
    if (e.type !== 'file' || !isMarkdownFile(e.name)) continue;
    const id = e.name.replace(/\.(md|markdown)$/i, '');
    const path = joinPath(REPO_TEMPLATES_FOLDER, e.name);
    found.push({ id, label: id, description: `the repository's template ${path}`, source: 'repository', path });
  }
  found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (directory) {
    const path = joinPath(directory.path, ADR_TOOLS_TEMPLATE);
    if ((await fs.stat(path))?.type === 'file') found.push({ id: ADR_TOOLS_TEMPLATE_ID, label: 'adr-tools template', description: `this folder's adr-tools template ${path}`, source: 'adr-tools', path });
    for (const name of folderTemplateNames(directory.fileNames)) {
      const id = name.replace(/\.(md|markdown)$/i, '');
      if (found.some((t) => t.id === id)) continue;
      const at = joinPath(directory.path, name);
      found.push({ id, label: name, description: `the template beside this folder's records, ${at}`, source: 'folder', path: at });
    }
  }
  for (const id of BUILT_IN_TEMPLATE_IDS) {
    if (found.some((t) => t.id === id)) continue;
    const t = BUILT_IN_TEMPLATES[id];
    found.push({ id, label: t.label, description: t.description, source: 'built-in' });
  }
  const defaultId = defaultTemplateId(found, directory, preferred);
  return found.map((t) => ({ ...t, isDefault: t.id === defaultId }));
}

/** Any word of a file name, split at `-`, `_`, `.` and spaces. */
const NAME_WORDS = /[-_. ]+/;

/**
 * The Markdown files beside a folder's records that are templates by name: `template.md`,
 * `adr-template.md`, `0000-template.md`, `ADR-nnn_Any_Decision_Record_Template.md`,
 * `adr.template.md`; not a record about templates (`0024-trigger-templates.md`). The
 * shortest name comes first (the plainest: `template.md` before `template-protocol.md`).
 */
export function folderTemplateNames(fileNames: Iterable<string>): string[] {
  return [...fileNames]
    .filter((name) => isMarkdownFile(name) && name.replace(/\.(md|markdown)$/i, '').toLowerCase().split(NAME_WORDS).includes('template'))
    .sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The template a folder's next record gets: the setting when it names a template that
 * exists; the folder's adr-tools template, as adr-tools itself would use; the template
 * kept beside the folder's records (`adr-template.md`, `template.md`); else the
 * template matching what the folder's records already are (Nygard for adr-tools style
 * folders and empty ones, minimal MADR for MADR and log4brains folders).
 */
function defaultTemplateId(available: readonly Pick<AdrTemplateInfo, 'id' | 'source'>[], directory: AdrDirectory | undefined, preferred: string | undefined): string {
  if (preferred && available.some((t) => t.id === preferred)) return preferred;
  if (available.some((t) => t.id === ADR_TOOLS_TEMPLATE_ID)) return ADR_TOOLS_TEMPLATE_ID;
  // The template a folder keeps beside its records is the one its README tells contributors to copy.
  const beside = available.find((t) => t.source === 'folder');
  if (beside) return beside.id;
  const format = directory?.predominantFormat;
  return format === undefined || format === 'nygard' || format === 'unknown' ? 'nygard' : 'madr-minimal';
}

/** Reads the template with this id (or the default one); a message when there is none. */
export async function resolveTemplate(fs: FolderFileSystem, directory: AdrDirectory | undefined, id: string | undefined, preferred?: string): Promise<ResolvedTemplate | { error: string }> {
  const templates = await listTemplates(fs, directory, preferred);
  const available = templates.map((t) => t.id).join(', ');
  // A setting naming a template that does not exist is a mistake to fix, not to paper over.
  if (id === undefined && preferred !== undefined && !templates.some((t) => t.id === preferred)) {
    return { error: `The adr.template setting names "${preferred}", which is not a template. Available: ${available}.` };
  }
  const chosen = id === undefined ? templates.find((t) => t.isDefault)! : templates.find((t) => t.id === id);
  if (!chosen) return { error: `There is no template "${id}". Available: ${available}.` };
  if (chosen.source === 'built-in' && isBuiltInTemplateId(chosen.id)) return { kind: 'built-in', id: chosen.id, template: BUILT_IN_TEMPLATES[chosen.id] };
  const text = (await fs.readText(chosen.path!)).replace(/\r\n?/g, '\n');
  return { kind: 'file', id: chosen.id, path: chosen.path!, text };
}

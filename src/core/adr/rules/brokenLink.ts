import { editOf, type Fix } from '../../model/findings';
import type { WorkspaceView } from '../../rules/rule';
import { closestMatch } from '../../util/didYouMean';
import { ADR_CATALOG, type AdrCatalog } from '../catalog';
import type { AdrLink, DecisionRecord, MarkdownReference } from '../model';
import { baseNameOf, folderOf, joinPath } from '../naming';
import type { AdrRule } from './ruleSupport';

/**
 * A relation that names no record ("Superseded by ADR-0042" with no record 42), or a
 * relative link to a file that is not there. Links outside ADR folders are checked only
 * where the index knows the file; unknown is not reported as broken.
 */
export const brokenLink: AdrRule = {
  id: 'adr/broken-link',
  kind: 'decision',
  description: 'A link to another record or to a file that does not exist.',
  defaultSeverity: 'error',
  check(record, context) {
    const catalog = context.workspace.catalog(ADR_CATALOG);
    for (const link of record.links) {
      if (catalog.resolve(record, link.target)) continue;
      const t = link.target;
      if (t.path !== undefined) {
        if (fileExists(t.path, catalog, context.workspace) !== false) continue;
        reportMissingFile(record, t.href!, t.path, t, catalog, context.report);
      } else if (t.number !== undefined) {
        context.report({ message: `"${link.phrase} ${t.text}": there is no record number ${t.number} in ${record.folder || 'this folder'}.`, range: t.range });
      } else if (t.slug !== undefined) {
        context.report({ message: `"${link.phrase} ${t.text}": there is no record named "${t.slug}" in ${record.folder || 'this folder'}.`, range: t.range });
      }
    }
    for (const ref of record.references) {
      if (fileExists(ref.path, catalog, context.workspace) === false) reportMissingFile(record, ref.href, ref.path, ref, catalog, context.report);
    }
  },
};

type Target = Pick<MarkdownReference, 'start' | 'end' | 'range'> | AdrLink['target'];

function reportMissingFile(record: DecisionRecord, href: string, path: string, at: Target, catalog: AdrCatalog, report: Parameters<AdrRule['check']>[1]['report']): void {
  const fix = suggestFix(record, href, path, at, catalog);
  report({ message: `The link to "${href}" is broken: ${path} does not exist.${fix ? ` Did you mean ${baseNameOf(fix.replacement)}?` : ''}`, range: at.range, ...(fix ? { fixes: [fix.fix] } : {}) });
}

/**
 * Whether a file exists: records are looked up in the catalog, other files (images) in
 * the listing of their ADR folder. `undefined` when the file is outside every ADR folder.
 */
function fileExists(path: string, catalog: AdrCatalog, view: WorkspaceView): boolean | undefined {
  if (catalog.byPath(path) || view.hasPath?.(path)) return true;
  const folder = folderOf(path);
  const directory = catalog.inFolder(folder)[0]?.directory;
  if (directory?.path !== folder) return undefined;
  // Records come and go after discovery: the catalog, not the folder's listing, knows them.
  const name = baseNameOf(path);
  return directory.isRecordName(name) ? false : directory.fileNames.has(name);
}

/** A near miss in the same folder: the name with ".md" added, or a close spelling. */
function suggestFix(record: DecisionRecord, href: string, path: string, at: Target, catalog: AdrCatalog): { fix: Fix; replacement: string } | undefined {
  const folder = folderOf(path);
  const directory = catalog.inFolder(folder)[0]?.directory;
  const otherFiles = [...(directory?.fileNames ?? [])].filter((n) => !directory!.isRecordName(n));
  const candidates = new Set<string>([...otherFiles, ...catalog.inFolder(folder).map((r) => r.fileName)]);
  const name = baseNameOf(path);
  const withExtension = candidates.has(`${name}.md`) ? `${name}.md` : undefined;
  const replacement = withExtension ?? closestMatch(name, candidates);
  if (!replacement) return undefined;
  const hrefStart = at.start + record.text.slice(at.start, at.end).lastIndexOf(href);
  const anchor = /[?#].*$/.exec(href)?.[0] ?? '';
  const bare = href.slice(0, href.length - anchor.length);
  const newHref = `${bare.slice(0, bare.lastIndexOf('/') + 1)}${replacement.replace(/ /g, '%20')}${anchor}`;
  return {
    replacement: joinPath(folder, replacement),
    fix: {
      title: `Link to ${replacement}`,
      ...(withExtension ? { isPreferred: true } : {}),
      changes: [editOf(record, [{ start: hrefStart, end: hrefStart + href.length, newText: newHref }])],
    },
  };
}

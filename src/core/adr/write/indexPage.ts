import { FileNotFoundError } from '../../host';
import { ADR_CATALOG } from '../catalog';
import { relativeHref } from '../edits/textInsert';
import type { DecisionRecord } from '../model';
import { joinPath } from '../naming';
import { cleanStatusText } from '../status';
import { ChangeSet } from './changeSet';
import { planFailure, type AdrPlan } from './planResult';
import type { AdrWorkspace } from './workspace';

export const INDEX_START_MARKER = '<!-- techlead:adr-index:start -->';
export const INDEX_END_MARKER = '<!-- techlead:adr-index:end -->';
/** Pages an index may live in, in order of preference when none has the markers yet. */
const INDEX_PAGE_NAMES = ['readme.md', 'index.md'];
const NEW_INDEX_HEADING = '# Architecture decision records';

export type IndexPlan = AdrPlan<{ readonly path: string }>;

/**
 * Writes a table of a folder's records (number, linked title, status, date) into the
 * folder's README.md or index.md, between two HTML comment markers so the rest of the
 * page stays the author's. The first time, the table goes at the end of the page, or
 * into a new README.md when the folder has neither page. Running it again with nothing
 * changed plans nothing.
 */
export async function planIndex(workspace: Pick<AdrWorkspace, 'fs' | 'view'>, directory: string): Promise<IndexPlan> {
  const records = sortForIndex(workspace.view.catalog(ADR_CATALOG).inFolder(directory));
  const pages = await indexPages(workspace, directory);
  const page = pages.find((p) => p.text.includes(INDEX_START_MARKER)) ?? pages[0];
  if (!page) {
    const path = joinPath(directory, 'README.md');
    const content = `${NEW_INDEX_HEADING}\n\n${indexBlock(records, directory, '\n')}\n`;
    return { ok: true, path, changes: new ChangeSet().create(path, content).toChanges() };
  }
  const eol = /\r\n/.test(page.text) ? '\r\n' : '\n';
  const start = page.text.indexOf(INDEX_START_MARKER);
  const changes = new ChangeSet();
  if (start < 0) {
    const separator = page.text === '' ? '' : page.text.endsWith(`${eol}${eol}`) ? '' : page.text.endsWith('\n') ? eol : eol + eol;
    changes.edit(page, [{ start: page.text.length, end: page.text.length, newText: `${separator}${indexBlock(records, directory, eol)}${eol}` }]);
    return { ok: true, path: page.path, changes: changes.toChanges() };
  }
  const end = page.text.indexOf(INDEX_END_MARKER, start);
  if (end < 0) return planFailure(`${page.path} has the marker ${INDEX_START_MARKER} but not ${INDEX_END_MARKER} after it; add the end marker where the generated table should stop.`);
  const inner = `${eol}${indexTable(records, directory, eol)}${eol}`;
  const from = start + INDEX_START_MARKER.length;
  if (page.text.slice(from, end) !== inner) changes.edit(page, [{ start: from, end, newText: inner }]);
  return { ok: true, path: page.path, changes: changes.toChanges() };
}

async function indexPages(workspace: Pick<AdrWorkspace, 'fs'>, directory: string): Promise<{ path: string; text: string }[]> {
  const names = (await workspace.fs.list(directory)).filter((e) => e.type === 'file' && INDEX_PAGE_NAMES.includes(e.name.toLowerCase())).map((e) => e.name);
  names.sort((a, b) => INDEX_PAGE_NAMES.indexOf(a.toLowerCase()) - INDEX_PAGE_NAMES.indexOf(b.toLowerCase()));
  const pages: { path: string; text: string }[] = [];
  for (const name of names) {
    const path = joinPath(directory, name);
    try {
      pages.push({ path, text: await workspace.fs.readText(path) });
    } catch (err) {
      if (!(err instanceof FileNotFoundError)) throw err;
    }
  }
  return pages;
}

function indexBlock(records: readonly DecisionRecord[], directory: string, eol: string): string {
  return [INDEX_START_MARKER, indexTable(records, directory, eol), INDEX_END_MARKER].join(eol);
}

/** Numbered records by number; records named by date (log4brains) after them, by date. */
export function sortForIndex(records: readonly DecisionRecord[]): DecisionRecord[] {
  const dateOf = (r: DecisionRecord) => r.fileNameInfo?.date ?? r.date?.value ?? '';
  return [...records].sort((a, b) => {
    const an = a.number?.value;
    const bn = b.number?.value;
    if (an !== undefined && bn !== undefined && an !== bn) return an - bn;
    if ((an === undefined) !== (bn === undefined)) return an === undefined ? 1 : -1;
    return dateOf(a).localeCompare(dateOf(b)) || a.path.localeCompare(b.path);
  });
}

function indexTable(records: readonly DecisionRecord[], directory: string, eol: string): string {
  const rows = records.map((r) => {
    const title = r.title?.value ?? r.fileName;
    const link = `[${escapeLinkText(title)}](${relativeHref(directory, r.path)})`;
    const status = r.status ? cleanStatusText(r.status.raw) : '';
    const date = r.date?.value ?? r.date?.raw ?? r.fileNameInfo?.date ?? '';
    return `| ${r.number?.value ?? ''} | ${cell(link)} | ${cell(status)} | ${cell(date)} |`;
  });
  return ['| Number | Decision | Status | Date |', '| ---: | --- | --- | --- |', ...rows].join(eol);
}

/** A table cell: one line, with pipes escaped so they do not end the cell. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/(?<!\\)\|/g, '\\|');
}

function escapeLinkText(text: string): string {
  return text.replace(/([[\]\\])/g, '\\$1');
}

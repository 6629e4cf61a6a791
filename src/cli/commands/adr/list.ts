import { normalizeRelative } from '../../../core/config/config';
import { ADR_CATALOG } from '../../../core/adr/catalog';
import type { DecisionRecord } from '../../../core/adr/model';
import { statusTextOf } from '../../../core/adr/status';
import { explainRecord, type FieldExplanation } from '../../../core/adr/explain';
import { sortForIndex } from '../../../core/adr/write/indexPage';
import { COMMON_OPTIONS, expectPositionals, parseCommandArgs } from '../../args';
import { ExitCode, UsageError } from '../../usageError';
import { textTable } from '../../subcommands';
import { openFolder, type AdrSubcommand, type OpenedFolder } from './adrContext';

const help = `Usage: techlead adr list [--root DIR] [--dir FOLDER]... [--json]

Lists the decision records under DIR (default: the repository root).

  --dir FOLDER  only the records in this ADR folder (repeatable)
  --explain     say where each record's number, title, status and date were read
                from: file:line and the kind of place (front matter, field line,
                heading, section, table, changelog, file name)
  --json        an array of {file, folder, number, id, title, status, statusNormalized,
                date, format, links}; a value the record does not have is null;
                with --explain also "explain": [{field, value, written, line, source}].
                status is as a reader sees it (link syntax, emphasis and code
                markers taken off), statusNormalized one of draft, proposed,
                accepted, rejected, deprecated, superseded, other; date is
                YYYY-MM-DD.`;

export const listCommand: AdrSubcommand = {
  name: 'list',
  summary: 'list decision records (text table or --json)',
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { ...COMMON_OPTIONS, dir: { type: 'string', multiple: true }, json: { type: 'boolean', default: false }, explain: { type: 'boolean', default: false } }, help);
    expectPositionals(positionals, 0, 0, '', help);
    const opened = await openFolder(values, io, values.dir);
    const records = selectRecords(opened, values.dir);
    if (values.json) io.stdout(`${JSON.stringify(records.map((r) => (values.explain ? { ...recordJson(r), explain: explainRecord(r).map(explanationJson) } : recordJson(r))), null, 2)}\n`);
    else if (records.length === 0) io.stderr('No decision records found.\n');
    else io.stdout(values.explain ? records.map(explanationText).join('\n') : recordTable(records));
    return ExitCode.ok;
  },
};

/** Records of the folders asked for (all by default), folder by folder, in number (then date) order. */
function selectRecords(opened: OpenedFolder, dirs: readonly string[] | undefined): DecisionRecord[] {
  const { discovery } = opened.workspace;
  const folders = dirs?.map((d) => normalizeRelative(d.trim())) ?? discovery.directories.map((d) => d.path);
  for (const f of folders) {
    if (!discovery.directoryAt(f)) {
      const known = discovery.directories.map((d) => d.path || '.').join(', ');
      throw new UsageError(`"${f || '.'}" is not an ADR folder${known ? `; the ADR folders here are: ${known}` : '; none was found here'}.`);
    }
  }
  const catalog = opened.workspace.view.catalog(ADR_CATALOG);
  return [...new Set(folders)].sort().flatMap((f) => sortForIndex(catalog.inAdrFolder(f)));
}

function recordJson(r: DecisionRecord): Record<string, unknown> {
  return {
    file: r.path,
    folder: r.folder,
    number: r.number?.value ?? null,
    id: r.id,
    title: r.title?.value ?? null,
    status: r.status ? statusTextOf(r.status.raw) : null,
    statusNormalized: r.status?.value ?? null,
    date: r.date?.value ?? null,
    format: r.format,
    links: r.links.map((l) => ({ relation: l.relation, target: l.target.path ?? l.target.text })),
  };
}

/** The keys `--json --explain` documents; the editor's ranges stay out of the CLI's output. */
function explanationJson(e: FieldExplanation): object {
  return { field: e.field, value: e.value, written: e.written, line: e.line, source: e.source };
}

/** A record's ID and path, then a line per field: value, the text it was read from, file:line and source. */
function explanationText(r: DecisionRecord): string {
  const rows = explainRecord(r).map((e) => [
    `  ${e.field}`,
    e.value ?? '-',
    e.written !== undefined && e.written !== e.value ? JSON.stringify(e.written) : '',
    `${r.path}${e.line !== undefined ? `:${e.line}` : ''}`,
    e.source,
  ]);
  return `${r.id}  ${r.path}\n${rows.length ? textTable(rows) : '  (nothing read)\n'}`;
}

function recordTable(records: readonly DecisionRecord[]): string {
  return textTable([['ID', 'STATUS', 'DATE', 'FILE', 'TITLE'], ...records.map((r) => [r.id, r.status?.value ?? '-', r.date?.value ?? '-', r.path, r.title?.value ?? '-'])]);
}

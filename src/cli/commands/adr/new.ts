import { isLinkRelation, LINK_RELATIONS, type LinkRelation } from '../../../core/adr/write/relationEdits';
import { planNewDecision } from '../../../core/adr/write/newDecision';
import type { RecordRef } from '../../../core/adr/write/recordRefs';
import { COMMON_OPTIONS, parseCommandArgs } from '../../args';
import { ExitCode, UsageError } from '../../usageError';
import { directoryFor, displayPath, knownStatus, openFolder, orFail, write, type AdrSubcommand } from './adrContext';

const help = `Usage: techlead adr new [options] [--] TITLE...

Creates the next decision record in an ADR folder, named, numbered and formatted like
the records already there, and prints its path. The words of TITLE are joined with
spaces; put -- before a title that starts with a dash.

  --dir FOLDER          the ADR folder (needed only when there are several)
  --template ID         nygard, madr-minimal, madr-full, a file name in .techlead/templates/,
                        or adr-tools (the folder's templates/template.md)
  --status STATUS       default: adr.defaultStatus in .techlead.yaml, else proposed
  --supersede N         the new record supersedes record N (number, ADR-0007 or file name);
                        record N is marked superseded and linked back (repeatable)
  --link N:RELATION     the new record ${LINK_RELATIONS.join(', ')} record N; record N
                        links back (repeatable)
  --root DIR            the workspace folder (default: the repository root)
  --today YYYY-MM-DD    the date to write (default: today)`;

export const newCommand: AdrSubcommand = {
  name: 'new',
  summary: 'create the next decision record, optionally superseding or linking others',
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      ...COMMON_OPTIONS,
      dir: { type: 'string' },
      template: { type: 'string' },
      status: { type: 'string' },
      supersede: { type: 'string', multiple: true },
      link: { type: 'string', multiple: true },
    }, help);
    const title = positionals.join(' ').trim();
    if (!title) throw new UsageError(`missing TITLE\n\n${help}`);
    const links = (values.link ?? []).map(parseLink);
    const status = values.status !== undefined ? knownStatus(values.status) : undefined;
    const opened = await openFolder(values, io);
    const directory = directoryFor(opened, values.dir, io, 'new');
    const plan = orFail(await planNewDecision(opened.workspace, {
      title,
      directory: directory.path,
      today: opened.today,
      ...(values.template !== undefined ? { template: values.template } : {}),
      ...(status !== undefined ? { status } : {}),
      supersedes: (values.supersede ?? []).map(recordRef),
      links,
    }));
    await write(opened.fs, plan.changes);
    for (const c of plan.changes) if (c.type === 'edit') io.stderr(`updated ${displayPath(opened, c.path, io)}\n`);
    io.stdout(`${displayPath(opened, plan.path, io)}\n`);
    return ExitCode.ok;
  },
};

/** `7:amends`, `ADR-0007:relates-to`, `20201016-use-slugs:extends`. */
function parseLink(value: string): { record: RecordRef; relation: LinkRelation } {
  const colon = value.lastIndexOf(':');
  const relation = colon < 0 ? '' : value.slice(colon + 1).trim().toLowerCase();
  const record = colon < 0 ? '' : value.slice(0, colon).trim();
  if (!record || !isLinkRelation(relation)) {
    throw new UsageError(`--link takes RECORD:RELATION, such as 7:amends; RELATION is one of ${LINK_RELATIONS.join(', ')} (got "${value}")`);
  }
  return { record: recordRef(record), relation };
}

/** Numbers stay numbers; ids and file names stay text for the core to look up. */
function recordRef(value: string): RecordRef {
  return /^\d+$/.test(value.trim()) ? Number(value) : value.trim();
}

import { normaliseStatus } from '../../../core/adr/status';
import { planChangeStatus } from '../../../core/adr/write/statusEdits';
import { COMMON_OPTIONS, expectPositionals, parseCommandArgs } from '../../args';
import { ExitCode } from '../../usageError';
import { displayPath, knownStatus, KNOWN_STATUSES, openFolder, orFail, recordFor, write, type AdrSubcommand } from './adrContext';

const help = `Usage: techlead adr status RECORD STATUS [--dir FOLDER] [--root DIR]

Sets a record's status where the record writes it (front matter, a "Status:" bullet,
a table row or the Status section), keeping its case and formatting. RECORD is a number,
an id such as ADR-0007, or a file name. STATUS is one of ${KNOWN_STATUSES.join(', ')}.
MADR and log4brains records also get today's date, which says when they last changed.

To mark a record superseded by a new one, use: techlead adr new --supersede RECORD TITLE

  --dir FOLDER  the ADR folder, when several have a record with this number`;

export const statusCommand: AdrSubcommand = {
  name: 'status',
  summary: "change a record's status",
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { ...COMMON_OPTIONS, dir: { type: 'string' } }, help);
    expectPositionals(positionals, 2, 2, positionals.length === 0 ? 'RECORD and STATUS' : 'STATUS', help);
    const status = knownStatus(positionals[1]!);
    const opened = await openFolder(values, io);
    const record = recordFor(opened, positionals[0]!, values.dir);
    const plan = orFail(planChangeStatus(record, status, opened.today));
    if (plan.changes.length === 0) {
      io.stderr(`${displayPath(opened, record.path, io)} is already ${record.status?.value}.\n`);
      return ExitCode.ok;
    }
    await write(opened.fs, plan.changes);
    io.stdout(`${displayPath(opened, record.path, io)}\n`);
    if (normaliseStatus(status) === 'superseded') io.stderr('Say which record replaces it: techlead adr new --supersede ' + `${positionals[0]} TITLE, or add a "Superseded by" link by hand.\n`);
    return ExitCode.ok;
  },
};

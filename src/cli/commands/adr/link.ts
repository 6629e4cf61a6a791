import { isLinkRelation, LINK_RELATIONS, planLink } from '../../../core/adr/write/relationEdits';
import { COMMON_OPTIONS, expectPositionals, parseCommandArgs } from '../../args';
import { ExitCode, UsageError } from '../../usageError';
import { displayPath, openFolder, orFail, recordFor, write, type AdrSubcommand } from './adrContext';

const help = `Usage: techlead adr link RECORD RELATION OTHER [--dir FOLDER] [--root DIR]

States that RECORD ${LINK_RELATIONS.join(' / ')} OTHER, in both records and in each
record's own style ("Amends [4. ...](...)" in one, "Amended by [9. ...](...)" in the
other). Records are numbers, ids such as ADR-0007, or file names. Running it again
changes nothing. Prints the records it changed.

  --dir FOLDER  the ADR folder, when several have records with these numbers`;

export const linkCommand: AdrSubcommand = {
  name: 'link',
  summary: 'link two records both ways (amends, clarifies, extends, relates-to)',
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { ...COMMON_OPTIONS, dir: { type: 'string' } }, help);
    expectPositionals(positionals, 3, 3, 'RECORD, RELATION and OTHER', help);
    const relation = positionals[1]!.toLowerCase();
    if (!isLinkRelation(relation)) throw new UsageError(`RELATION must be one of ${LINK_RELATIONS.join(', ')}, not "${positionals[1]}"`);
    const opened = await openFolder(values, io);
    const from = recordFor(opened, positionals[0]!, values.dir);
    const to = recordFor(opened, positionals[2]!, values.dir);
    const plan = orFail(planLink(from, to, relation, opened.workspace.view));
    if (plan.changes.length === 0) io.stderr('Both records already say so.\n');
    await write(opened.fs, plan.changes);
    for (const c of plan.changes) if (c.type === 'edit') io.stdout(`${displayPath(opened, c.path, io)}\n`);
    return ExitCode.ok;
  },
};

import type { CliIo } from '../context';
import { runSubcommand, subcommandList, type Subcommand } from '../subcommands';
import { graphCommand } from './adr/graph';
import { indexCommand } from './adr/indexCommand';
import { initCommand } from './adr/init';
import { linkCommand } from './adr/link';
import { listCommand } from './adr/list';
import { newCommand } from './adr/new';
import { statusCommand } from './adr/status';

/** `techlead adr <subcommand>`: the same planners the editor's ADR commands use. */
const SUBCOMMANDS: readonly Subcommand[] = [listCommand, newCommand, statusCommand, linkCommand, indexCommand, graphCommand, initCommand];

export const adrHelp = `Usage: techlead adr <subcommand> [options]

Architecture decision records: list them, create, supersede and link them in each
folder's own style, and generate an index page or a graph.

Subcommands:
${subcommandList(SUBCOMMANDS)}

Run \`techlead adr <subcommand> --help\` for its options. Every subcommand takes
--root DIR (default: the repository root).
Exit code: 0 success, 2 usage error (the message says what to change).`;

export function adrCommand(argv: readonly string[], io: CliIo): Promise<number> {
  return runSubcommand('adr', adrHelp, SUBCOMMANDS, argv, io);
}

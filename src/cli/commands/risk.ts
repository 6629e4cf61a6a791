import type { CliIo } from '../context';
import { runSubcommand, subcommandList, type Subcommand } from '../subcommands';
import { addCommand } from './risk/add';
import { closeCommand, reviewCommand, statusCommand } from './risk/edit';
import { listCommand } from './risk/list';
import { reportCommand } from './risk/report';

/** `techlead risk <subcommand>`: the same edits the editor's Risk commands make, comments kept. */
const SUBCOMMANDS: readonly Subcommand[] = [listCommand, addCommand, reviewCommand, statusCommand, closeCommand, reportCommand];

export const riskHelp = `Usage: techlead risk <subcommand> [options]

Risk registers: list and report risks, add them, record reviews, change status and
close them, editing the YAML in place with every comment kept.

Subcommands:
${subcommandList(SUBCOMMANDS)}

Run \`techlead risk <subcommand> --help\` for its options. Every subcommand takes
--root DIR (default: the repository root) and --today YYYY-MM-DD.
Exit code: 0 success, 2 usage error (the message says what to change).`;

export function riskCommand(argv: readonly string[], io: CliIo): Promise<number> {
  return runSubcommand('risk', riskHelp, SUBCOMMANDS, argv, io);
}

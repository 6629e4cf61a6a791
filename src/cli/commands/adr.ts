import type { CliIo } from '../context';
import { ExitCode, UsageError } from '../usageError';
import { HelpRequested } from '../args';
import type { AdrSubcommand } from './adr/adrContext';
import { graphCommand } from './adr/graph';
import { indexCommand } from './adr/indexCommand';
import { initCommand } from './adr/init';
import { linkCommand } from './adr/link';
import { listCommand } from './adr/list';
import { newCommand } from './adr/new';
import { statusCommand } from './adr/status';

/** `techlead adr <subcommand>`: the same planners the editor's ADR commands use. */
const SUBCOMMANDS: readonly AdrSubcommand[] = [listCommand, newCommand, statusCommand, linkCommand, indexCommand, graphCommand, initCommand];

function subcommandList(): string {
  const width = Math.max(...SUBCOMMANDS.map((s) => s.name.length));
  return SUBCOMMANDS.map((s) => `  ${s.name.padEnd(width)}  ${s.summary}`).join('\n');
}

export const adrHelp = `Usage: techlead adr <subcommand> [options]

Architecture decision records: list them, create, supersede and link them in each
folder's own style, and generate an index page or a graph.

Subcommands:
${subcommandList()}

Run \`techlead adr <subcommand> --help\` for its options. Every subcommand takes
--root DIR (default: the current folder).
Exit code: 0 success, 2 usage error (the message says what to change).`;

export async function adrCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') throw new HelpRequested(adrHelp);
  if (!name) throw new UsageError(`missing subcommand\n\n${adrHelp}`);
  const sub = SUBCOMMANDS.find((s) => s.name === name);
  if (!sub) throw new UsageError(`unknown subcommand "${name}"\n\n${adrHelp}`);
  try {
    return await sub.run(rest, io);
  } catch (err) {
    // Name the subcommand in the message: "techlead adr new: missing TITLE".
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`techlead adr ${sub.name}: ${err.message}\n`);
    return ExitCode.usage;
  }
}

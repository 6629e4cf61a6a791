import { HelpRequested } from './args';
import type { CliIo } from './context';
import { ExitCode, UsageError } from './usageError';

/** One subcommand of a command group: `techlead <group> <name> ...`. */
export interface Subcommand {
  readonly name: string;
  readonly summary: string;
  readonly help: string;
  run(argv: readonly string[], io: CliIo): Promise<number>;
}

/** The aligned "name  summary" lines of a group's help. */
export function subcommandList(subcommands: readonly Subcommand[]): string {
  const width = Math.max(...subcommands.map((s) => s.name.length));
  return subcommands.map((s) => `  ${s.name.padEnd(width)}  ${s.summary}`).join('\n');
}

/** Runs `techlead <group> <subcommand> ...`; usage errors name the subcommand ("techlead risk close: ..."). */
export async function runSubcommand(group: string, help: string, subcommands: readonly Subcommand[], argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') throw new HelpRequested(help);
  if (!name) throw new UsageError(`missing subcommand\n\n${help}`);
  const sub = subcommands.find((s) => s.name === name);
  if (!sub) throw new UsageError(`unknown subcommand "${name}"\n\n${help}`);
  try {
    return await sub.run(rest, io);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`techlead ${group} ${sub.name}: ${err.message}\n`);
    return ExitCode.usage;
  }
}

/** Columns padded to their widest value; the last column is left ragged. */
export function textTable(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n') + '\n';
}

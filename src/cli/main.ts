import { WriteRefusedError } from './applyChanges';
import { LockTimeoutError, runWithLockScope } from './repositoryLock';
import { OutsideFolderError } from '../core/host';
import { lintCommand, lintHelp } from './commands/lint';
import { adrCommand, adrHelp } from './commands/adr';
import { reviewCommand, reviewHelp } from './commands/review';
import { riskCommand, riskHelp } from './commands/risk';
import { HelpRequested } from './args';
import type { CliIo } from './context';
import { ExitCode, UsageError } from './usageError';
import { ROOT_DEFAULT_HELP } from './repoRoot';

declare const TECHLEAD_VERSION: string | undefined;
const VERSION = typeof TECHLEAD_VERSION === 'string' ? TECHLEAD_VERSION : '0.0.0-dev';

type CommandRunner = (argv: readonly string[], io: CliIo) => Promise<number>;

/** The command table: `techlead <command> [<subcommand>] ...`. */
const COMMANDS: Record<string, { summary: string; run: CommandRunner; help: string }> = {
  lint: { summary: 'check decision records, risk registers and guidelines', run: (a, io) => lintCommand(a, io, VERSION), help: lintHelp },
  adr: { summary: 'list, create, supersede, link and index architecture decision records', run: adrCommand, help: adrHelp },
  review: { summary: 'the review guidelines that apply to a change (git diff), with their checklists', run: reviewCommand, help: reviewHelp },
  risk: { summary: 'list, add, review, close and report risks', run: riskCommand, help: riskHelp },
};

function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return `techlead ${VERSION}: decision records, risk registers and review checklists, from the command line

Usage: techlead <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`).join('\n')}

Run \`techlead <command> --help\` for a command's options.
Every command works on the repository root (--root DIR to choose another folder):
${ROOT_DEFAULT_HELP}.
Exit code: 0 success, 1 findings at error level, 2 usage or internal error.
`;
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(mainHelp());
    return name ? ExitCode.ok : ExitCode.usage;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return ExitCode.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`techlead: unknown command "${name}"\n\n${mainHelp()}`);
    return ExitCode.usage;
  }
  try {
    return await runWithLockScope((locks) => command.run(rest, { ...io, locks }));
  } catch (err) {
    if (err instanceof HelpRequested) {
      io.stdout(`${err.text}\n`);
      return ExitCode.ok;
    }
    if (err instanceof UsageError || err instanceof WriteRefusedError || err instanceof OutsideFolderError || err instanceof LockTimeoutError) {
      io.stderr(`techlead ${name}: ${err.message}\n`);
      return ExitCode.usage;
    }
    io.stderr(`techlead ${name}: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    return ExitCode.usage;
  }
}

/** Runs the command line of this process (the `techlead` launcher, launch.ts, calls it). */
export function runFromCommandLine(): void {
  const io: CliIo = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
  };
  main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}

if (require.main === module) runFromCommandLine();

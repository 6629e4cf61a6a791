import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usageError';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Options every command takes. */
export const COMMON_OPTIONS = {
  root: { type: 'string' },
  today: { type: 'string' },
  verbose: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies Options;

export class HelpRequested extends Error {
  constructor(readonly text: string) {
    super('help');
  }
}

/**
 * Parses a command's arguments strictly: unknown options are usage errors, `--` ends the
 * options (so a title may start with a dash), `--help` shows the command's help.
 */
export function parseCommandArgs<O extends Options>(argv: readonly string[], options: O, help: string) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(`${err instanceof Error ? err.message.replace(/\. To specify a positional.*$/s, '') : String(err)}\n\n${help}`);
  }
  if ((parsed.values as Record<string, unknown>).help) throw new HelpRequested(help);
  return parsed;
}

/** The positional arguments a command expects, or a usage error that shows its help. */
export function expectPositionals(positionals: readonly string[], min: number, max: number, what: string, help: string): void {
  if (positionals.length < min) throw new UsageError(`missing ${what}\n\n${help}`);
  if (positionals.length > max) throw new UsageError(`unexpected argument "${positionals[max]}"\n\n${help}`);
}

/** A mistake in how the CLI was called: printed with a hint, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Exit codes, as documented in the README: CI systems rely on them. */
export const ExitCode = {
  ok: 0,
  findings: 1,
  usage: 2,
} as const;

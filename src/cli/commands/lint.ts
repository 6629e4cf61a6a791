import { KIND_PROVIDERS } from '../../core/kinds';
import type { Finding } from '../../core/model/findings';
import { mergeFixes } from '../../core/model/mergeFixes';
import { writeChanges } from '../applyChanges';
import { buildIndex, type CliIo } from '../context';
import { formatJson, formatSarif, formatText } from '../output/formatFindings';
import { ExitCode, UsageError } from '../usageError';
import { parseCommandArgs, COMMON_OPTIONS } from '../args';
import { plural } from '../../core/text/plural';

/** Rounds of --fix: a fix can reveal another (renumbering, then a reciprocal link). */
const MAX_FIX_ROUNDS = 5;

export const lintHelp = `Usage: techlead lint [--root DIR] [--format text|json|sarif] [--fix] [--today YYYY-MM-DD]

Checks every decision record, risk register and review guideline under DIR (default: the
repository root) with the same rules as the editor.

  --format text   file:line:col: severity message [rule]   (default)
  --format json   an array of {file, line, column, endLine, endColumn, rule, severity, message}
  --format sarif  SARIF 2.1.0 for code-scanning dashboards
  --fix           apply the safe fixes first (renumber, recompute scores, add reciprocal links)

Exit code: 0 no errors, 1 errors found, 2 usage or internal error.`;

export async function lintCommand(argv: readonly string[], io: CliIo, version: string): Promise<number> {
  const { values } = parseCommandArgs(argv, {
    ...COMMON_OPTIONS,
    format: { type: 'string', default: 'text' },
    fix: { type: 'boolean', default: false },
  }, lintHelp);
  const format = values.format as string;
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be text, json or sarif, not "${format}"`);
  const options = { root: values.root as string | undefined, today: values.today as string | undefined, verbose: values.verbose as boolean };

  let { index, fs } = await buildIndex(options, io);
  let findings: Finding[] = index.lint();
  if (values.fix) {
    for (let round = 0; round < MAX_FIX_ROUNDS; round++) {
      const preferred = findings.flatMap((f) => f.fixes?.slice(0, 1) ?? []);
      const { changes, applied } = mergeFixes(preferred);
      if (applied.length === 0) break;
      const written = await writeChanges(fs, changes);
      io.stderr(`fixed ${plural(applied.length, 'problem')}: ${written.join(', ')}\n`);
      ({ index, fs } = await buildIndex(options, io));
      findings = index.lint();
    }
  }
  const rules = KIND_PROVIDERS.flatMap((p) => p.rules.map((r) => ({ id: r.id, description: r.description })));
  io.stdout(format === 'json' ? formatJson(findings) : format === 'sarif' ? formatSarif(findings, rules, version) : formatText(findings));
  return findings.some((f) => f.severity === 'error') ? ExitCode.findings : ExitCode.ok;
}

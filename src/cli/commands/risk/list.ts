import { listRisks, type RiskRow } from '../../../core/risk/report/listRisks';
import { COMMON_OPTIONS, expectPositionals, parseCommandArgs } from '../../args';
import { textTable, type Subcommand } from '../../subcommands';
import { ExitCode } from '../../usageError';
import { openRegisters, type OpenedRegisters } from './riskContext';
import { holdsFileText } from '../../../core/model/documents';
import type { Finding } from '../../../core/model/findings';
import { findingLine } from '../../output/formatFindings';

const help = `Usage: techlead risk list [--root DIR] [--json] [--overdue] [--owner TEXT]

Lists the risks of every register under DIR, highest score first.

  --overdue      only risks whose due date or review date has passed
  --owner TEXT   only risks whose owner contains TEXT (name or e-mail, any case)
  --json         an array of {file, line, id, title, likelihood, impact, score, band,
                 owner, status, statusText, due, reviewed, nextReview, residual, related};
                 likelihood and impact are levels of the register's scale (1-5 in the
                 toolkit's format), a missing value is null

Registers in another style (Markdown, YAML with other keys) are listed too, read-only:
a note on standard error says so, and why.`;

export const listCommand: Subcommand = {
  name: 'list',
  summary: 'list risks (text table or --json)',
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      ...COMMON_OPTIONS,
      json: { type: 'boolean', default: false },
      overdue: { type: 'boolean', default: false },
      owner: { type: 'string' },
    }, help);
    expectPositionals(positionals, 0, 0, '', help);
    const opened = await openRegisters(values, io);
    const rows = listRisks(opened.registers, opened.today, {
      ...(values.overdue ? { overdue: true as const } : {}),
      ...(values.owner ? { owner: values.owner } : {}),
    });
    // Registers that could not be read are said first: their risks are missing from the list.
    const unread = unreadRegisters(opened);
    for (const f of unread) io.stderr(`${findingLine(f)}\n`);
    if (values.json) io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    else if (rows.length === 0 && unread.length === 0) io.stderr(opened.registers.length ? 'No risks match.\n' : 'No risk register found (docs/risks/*.yaml, risk-register.yaml, risks.yaml, RISKS.md, risk_register.yaml...).\n');
    else if (rows.length > 0) io.stdout(table(rows));
    for (const register of opened.registers) {
      if (register.readOnlyReason) io.stderr(`${register.path}: read-only. ${register.readOnlyReason}\n`);
    }
    return unread.length > 0 ? ExitCode.findings : ExitCode.ok;
  },
};

/**
 * Why registers were not read: a file that could not be opened or decoded, YAML that does
 * not parse (or whose aliases cannot be expanded), a folder with a register's name.
 */
function unreadRegisters(opened: OpenedRegisters): Finding[] {
  const fromFiles = opened.registers.filter((r) => !holdsFileText(r)).flatMap((r) => r.problems);
  const syntax = opened.registers.filter((r) => !r.parsed && holdsFileText(r)).flatMap((r) => r.syntaxErrors.map((e): Finding => ({ rule: 'risk/yaml-syntax', severity: 'error', message: e.message, file: r.path, range: e.range })));
  const discovery = opened.index.discovery('risk')?.problems ?? [];
  return [...fromFiles, ...syntax, ...discovery];
}

function table(rows: readonly RiskRow[]): string {
  return textTable([
    ['ID', 'SCORE', 'BAND', 'STATUS', 'OWNER', 'DUE', 'TITLE'],
    ...rows.map((r) => [r.id ?? '-', r.score === null ? '-' : String(r.score), r.band ?? '-', statusCell(r), r.owner ?? '-', r.due ?? '-', r.title ?? '-']),
  ]);
}

/** The status read, with the word written when it is another (`mitigating (Monitoring)`). */
function statusCell(row: RiskRow): string {
  return row.statusText && row.statusText.toLowerCase() !== row.status ? `${row.status} (${row.statusText})` : row.status;
}

import { writeFile } from 'node:fs/promises';
import * as nodePath from 'node:path';
import { listRisks } from '../../../core/risk/report/listRisks';
import { renderRiskReport, type ReportFormat } from '../../../core/risk/report/renderReport';
import { COMMON_OPTIONS, expectPositionals, parseCommandArgs } from '../../args';
import type { Subcommand } from '../../subcommands';
import { ExitCode, UsageError } from '../../usageError';
import { openRegisters } from './riskContext';

const FORMATS: readonly ReportFormat[] = ['md', 'csv', 'html'];
const help = `Usage: techlead risk report [--format md|csv|html] [--out FILE] [--root DIR]

Writes a report of every risk: Markdown (default), CSV (RFC 4180) or a standalone HTML page
with the heat map. To stdout, or to FILE with --out (an existing FILE is not replaced).`;

export const reportCommand: Subcommand = {
  name: 'report',
  summary: 'a Markdown, CSV or HTML report of the register',
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { ...COMMON_OPTIONS, format: { type: 'string', default: 'md' }, out: { type: 'string' } }, help);
    expectPositionals(positionals, 0, 0, '', help);
    const format = values.format as ReportFormat;
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be md, csv or html, not "${values.format}"`);
    const opened = await openRegisters(values, io);
    const text = renderRiskReport(listRisks(opened.registers, opened.today), format, opened.today);
    if (!values.out) {
      io.stdout(text);
      return ExitCode.ok;
    }
    const file = nodePath.resolve(io.cwd, values.out);
    try {
      await writeFile(file, text, { flag: 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${values.out} already exists; choose another --out or remove it first`);
      throw err;
    }
    io.stderr(`wrote ${values.out}\n`);
    return ExitCode.ok;
  },
};

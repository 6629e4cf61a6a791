import { planClose, planChangeStatus, planMarkReviewed } from '../../../core/risk/edit/updateRisk';
import { RISK_STATUSES, type RiskStatus } from '../../../core/risk/model';
import { closestMatch } from '../../../core/util/didYouMean';
import { COMMON_OPTIONS, parseCommandArgs } from '../../args';
import type { Subcommand } from '../../subcommands';
import { ExitCode, UsageError } from '../../usageError';
import { applyPlan, expectOne, findRisk, openRegisters } from './riskContext';

const reviewHelp = `Usage: techlead risk review ID [--root DIR] [--today YYYY-MM-DD]

Records that risk ID was reviewed today: sets its "reviewed" date, keeping every comment
and the rest of the file byte for byte.`;

export const reviewCommand: Subcommand = {
  name: 'review',
  summary: 'mark a risk reviewed today',
  help: reviewHelp,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, COMMON_OPTIONS, reviewHelp);
    const id = expectOne(positionals, 'one risk ID', reviewHelp);
    const opened = await openRegisters(values, io);
    const { register } = findRisk(opened, id);
    await applyPlan(opened, planMarkReviewed(register, id, opened.today), io);
    return ExitCode.ok;
  },
};

const closeHelp = `Usage: techlead risk close ID --resolution TEXT [--root DIR] [--today YYYY-MM-DD]

Closes risk ID: status closed, the resolution recorded, today's date as the closing date.`;

export const closeCommand: Subcommand = {
  name: 'close',
  summary: 'close a risk with its resolution',
  help: closeHelp,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { ...COMMON_OPTIONS, resolution: { type: 'string' } }, closeHelp);
    const id = expectOne(positionals, 'one risk ID', closeHelp);
    const resolution = values.resolution?.trim();
    if (!resolution) throw new UsageError(`--resolution is required: say how the risk was resolved\n\n${closeHelp}`);
    const opened = await openRegisters(values, io);
    const { register } = findRisk(opened, id);
    await applyPlan(opened, planClose(register, id, resolution, opened.today), io);
    return ExitCode.ok;
  },
};

const statusHelp = `Usage: techlead risk status ID STATUS [--root DIR]

Sets the status of risk ID: ${RISK_STATUSES.join(', ')}. (To close, use \`techlead risk close\`,
which records the resolution.)`;

export const statusCommand: Subcommand = {
  name: 'status',
  summary: 'change the status of a risk',
  help: statusHelp,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, COMMON_OPTIONS, statusHelp);
    if (positionals.length !== 2) throw new UsageError(`expected ID and STATUS\n\n${statusHelp}`);
    const [id, status] = positionals as [string, string];
    const wanted = status.toLowerCase();
    if (!(RISK_STATUSES as readonly string[]).includes(wanted)) {
      const guess = closestMatch(wanted, RISK_STATUSES);
      throw new UsageError(`"${status}" is not a status (${RISK_STATUSES.join(', ')})${guess ? `; did you mean "${guess}"?` : ''}`);
    }
    if (wanted === 'closed') throw new UsageError('use `techlead risk close ID --resolution TEXT` to close a risk');
    const opened = await openRegisters(values, io);
    const { register } = findRisk(opened, id);
    await applyPlan(opened, planChangeStatus(register, id, wanted as RiskStatus), io);
    return ExitCode.ok;
  },
};

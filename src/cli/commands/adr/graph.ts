import { normalizeRelative } from '../../../core/config/config';
import { decisionGraphModel, renderDecisionGraph } from '../../../core/adr/write/graph';
import { chooseAdrDirectory } from '../../../core/adr/write/chooseDirectory';
import { COMMON_OPTIONS, expectPositionals, parseCommandArgs } from '../../args';
import { ExitCode, UsageError } from '../../usageError';
import { openFolder, orFail, type AdrSubcommand } from './adrContext';

const DIRECTIONS = ['LR', 'RL', 'TB', 'BT'] as const;

const help = `Usage: techlead adr graph [--dir FOLDER]... [--direction LR|TB|RL|BT] [--linked-only] [--json] [--root DIR]

Prints the records and their relations (supersedes, amends, clarifies, extends, relates
to) as a Mermaid flowchart, one subgraph per ADR folder; paste it into Markdown inside a
\`\`\`mermaid block. Superseded records recede; supersession is a dashed arrow.

  --dir FOLDER   only the records in this ADR folder (repeatable)
  --direction    layout direction (default LR, left to right)
  --linked-only  leave out records without relations
  --json         {nodes, edges} instead of Mermaid`;

export const graphCommand: AdrSubcommand = {
  name: 'graph',
  summary: 'print the decision graph as Mermaid',
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      ...COMMON_OPTIONS,
      dir: { type: 'string', multiple: true },
      direction: { type: 'string', default: 'LR' },
      'linked-only': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    }, help);
    expectPositionals(positionals, 0, 0, '', help);
    const direction = String(values.direction).toUpperCase();
    if (!isDirection(direction)) throw new UsageError(`--direction must be one of ${DIRECTIONS.join(', ')}, not "${values.direction}"`);
    const opened = await openFolder(values, io);
    const folders = values.dir?.map((d) => orFail(chooseAdrDirectory(opened.workspace, normalizeRelative(d))).directory.path);
    const options = { direction, linkedOnly: values['linked-only'], ...(folders ? { folders } : {}) };
    const view = opened.workspace.view;
    io.stdout(values.json ? `${JSON.stringify(decisionGraphModel(view, options), null, 2)}\n` : renderDecisionGraph(view, options));
    return ExitCode.ok;
  },
};

function isDirection(value: string): value is (typeof DIRECTIONS)[number] {
  return (DIRECTIONS as readonly string[]).includes(value);
}

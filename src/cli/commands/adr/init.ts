import { DEFAULT_ADR_DIRECTORY, planInitialize } from '../../../core/adr/write/initialize';
import { COMMON_OPTIONS, expectPositionals, parseCommandArgs } from '../../args';
import { ExitCode } from '../../usageError';
import { displayPath, openFolder, orFail, write, type AdrSubcommand } from './adrContext';

const help = `Usage: techlead adr init [--dir FOLDER] [--template ID] [--root DIR]

Starts decision records: creates FOLDER (default ${DEFAULT_ADR_DIRECTORY}) with its first record,
"Record architecture decisions", and a .techlead.yaml naming the folder when the
repository has none (an existing one is left as it is). Refuses a folder that already
holds records. Prints the first record's path.

  --dir FOLDER    where records will live (default ${DEFAULT_ADR_DIRECTORY})
  --template ID   nygard (default), madr-minimal, madr-full, or a .techlead/templates/ file`;

export const initCommand: AdrSubcommand = {
  name: 'init',
  summary: 'start decision records in a folder',
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { ...COMMON_OPTIONS, dir: { type: 'string' }, template: { type: 'string' } }, help);
    expectPositionals(positionals, 0, 0, '', help);
    const opened = await openFolder(values, io);
    const plan = orFail(await planInitialize(opened.workspace, {
      today: opened.today,
      ...(values.dir !== undefined ? { directory: values.dir } : {}),
      ...(values.template !== undefined ? { template: values.template } : {}),
    }));
    await write(opened.fs, plan.changes);
    for (const c of plan.changes) if (c.type === 'create' && c.path !== plan.path) io.stderr(`created ${displayPath(opened, c.path, io)}\n`);
    for (const note of plan.notes) io.stderr(`note: ${note}\n`);
    io.stdout(`${displayPath(opened, plan.path, io)}\n`);
    return ExitCode.ok;
  },
};

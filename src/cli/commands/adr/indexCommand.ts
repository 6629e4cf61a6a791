import { planIndex } from '../../../core/adr/write/indexPage';
import { COMMON_OPTIONS, expectPositionals, parseCommandArgs } from '../../args';
import { ExitCode } from '../../usageError';
import { displayPath, openFolder, orFail, write, type AdrSubcommand } from './adrContext';
import { chooseAdrDirectory } from '../../../core/adr/write/chooseDirectory';

const help = `Usage: techlead adr index [--dir FOLDER] [--root DIR]

Writes a table of the records (number, linked title, status, date) into each ADR folder's
README.md or index.md, between <!-- techlead:adr-index:start --> and
<!-- techlead:adr-index:end -->. A page without the markers gets the table at its end;
a folder with neither page gets a README.md. Prints the pages it changed.

  --dir FOLDER  only this ADR folder (default: every ADR folder)`;

export const indexCommand: AdrSubcommand = {
  name: 'index',
  summary: "write the table of records into each ADR folder's README.md",
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { ...COMMON_OPTIONS, dir: { type: 'string' } }, help);
    expectPositionals(positionals, 0, 0, '', help);
    const opened = await openFolder(values, io);
    const folders = values.dir !== undefined ? [orFail(chooseAdrDirectory(opened.workspace, values.dir)).directory] : opened.workspace.discovery.directories;
    if (folders.length === 0) io.stderr('No ADR folder was found here.\n');
    for (const folder of folders) {
      const plan = orFail(await planIndex(opened.workspace, folder.path));
      if (plan.changes.length === 0) {
        io.stderr(`${displayPath(opened, plan.path, io)} is up to date.\n`);
        continue;
      }
      await write(opened.fs, plan.changes);
      io.stdout(`${displayPath(opened, plan.path, io)}\n`);
    }
    return ExitCode.ok;
  },
};

import { git } from './git';

/**
 * Options that make `git diff` output what the parser reads whatever the user's Git
 * configuration says: no colour, no external diff or text conversion, standard `a/`
 * `b/` prefixes, renames found (so a moved file's added lines are only the ones it
 * gained), and paths relative to the folder Git runs in (`--relative` also leaves out
 * files outside it).
 */
const DIFF_OPTIONS = ['--no-color', '--no-ext-diff', '--no-textconv', '--find-renames', '--src-prefix=a/', '--dst-prefix=b/', '--relative'];

/**
 * The unified diff of the working tree (staged and unstaged work) against `against`, a
 * commit, in `cwd`: one `git diff` for the whole change, run with the safe settings of
 * {@link git} (nothing the repository configures is executed). The CLI's review and the
 * extension's Review Checklist both read the change through this.
 */
export function diffWorkingTree(cwd: string, against: string): Promise<string> {
  return git(cwd, ['diff', ...DIFF_OPTIONS, against, '--']);
}

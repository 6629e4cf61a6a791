import { compareFindings, type Finding } from '../../core/model/findings';
import { mergeFixes } from '../../core/model/mergeFixes';
import type { FolderIndex } from '../../core/index/folderIndex';
import { RULE_LIST } from '../../core/ruleList';
import { writeChanges } from '../applyChanges';
import { lintCodeFiles } from '../lintCode';
import { buildIndex, resolveRoot, type CliIo } from '../context';
import { isGitWorkTree } from '../../node/git';
import { applySelection, filesFromArguments, repoPrefix, stagedFiles, type SelectedFile } from '../lintSelection';
import { formatJson, formatText } from '../output/formatFindings';
import { formatGithub } from '../output/githubAnnotations';
import { ruleHelpReader } from '../output/ruleHelp';
import { formatSarif } from '../output/sarif';
import { ExitCode, UsageError } from '../usageError';
import { parseCommandArgs, COMMON_OPTIONS } from '../args';
import { plural } from '../../core/text/plural';
import type { NodeFolderFileSystem } from '../../node/nodeFileSystem';

/** Rounds of --fix: a fix can reveal another (renumbering, then a reciprocal link). */
const MAX_FIX_ROUNDS = 5;

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;

export const lintHelp = `Usage: techlead lint [--root DIR] [--format text|json|sarif|github] [--fix] [--today YYYY-MM-DD] [--staged | FILE...]

Checks every decision record, risk register and review guideline under DIR (default: the
repository root) with the same rules as the editor, and the comments in code files that
mention a superseded, deprecated or rejected record. With FILEs, or --staged, reports the
problems of those files and of the documents that depend on them (the records linking to
a renamed one...), still with the whole folder indexed.

  --format text   file:line:col: severity message [rule]   (default)
  --format json   an array of {file, line, column, endLine, endColumn, rule, severity, message}
  --format sarif  SARIF 2.1.0 for code scanning (paths from the repository root)
  --format github GitHub Actions annotations (::error file=…,line=…::message)
  --staged        lint the files staged in Git, as staged (not as in the work tree)
  --fix           apply the safe fixes first (renumber, recompute scores, add reciprocal links,
                  point mentions of a superseded record at its successor)

Exit code: 0 no errors, 1 errors found, 2 usage or internal error.`;

export async function lintCommand(argv: readonly string[], io: CliIo, version: string): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    ...COMMON_OPTIONS,
    format: { type: 'string', default: 'text' },
    fix: { type: 'boolean', default: false },
    staged: { type: 'boolean', default: false },
  }, lintHelp);
  const format = values.format as string;
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be ${FORMATS.slice(0, -1).join(', ')} or ${FORMATS.at(-1)}, not "${format}"`);
  if (values.staged && positionals.length > 0) throw new UsageError('give either --staged or files, not both');
  // Fixes are written to the work tree, which is not what --staged checks.
  if (values.staged && values.fix) throw new UsageError('--fix cannot be combined with --staged');
  const root = resolveRoot(values.root as string | undefined, io).root;
  const selected = await selectedFiles(values.staged as boolean, positionals, io, root);
  // The whole folder is linted, code files included: its files are listed while it is indexed.
  const options = { root: values.root as string | undefined, today: values.today as string | undefined, verbose: values.verbose as boolean, listFiles: !selected };

  const lintSelected = async (index: FolderIndex, fs: NodeFolderFileSystem) => {
    const documents = selected ? index.lint(await applySelection(index, selected)) : index.lint();
    const code = await lintCodeFiles(index, fs, selected);
    return code.length > 0 ? [...documents, ...code].sort(compareFindings) : documents;
  };
  let { index, fs } = await buildIndex(options, io);
  let findings: Finding[] = await lintSelected(index, fs);
  if (values.fix) {
    for (let round = 0; round < MAX_FIX_ROUNDS; round++) {
      const preferred = findings.flatMap((f) => f.fixes?.slice(0, 1) ?? []);
      const { changes, applied } = mergeFixes(preferred);
      if (applied.length === 0) break;
      const written = await writeChanges(fs, changes);
      io.stderr(`fixed ${plural(applied.length, 'problem')}: ${written.join(', ')}\n`);
      ({ index, fs } = await buildIndex(options, io));
      findings = await lintSelected(index, fs);
    }
  }
  io.stdout(await formatFindings(format, findings, root, version));
  return findings.some((f) => f.severity === 'error') ? ExitCode.findings : ExitCode.ok;
}

async function selectedFiles(staged: boolean, positionals: readonly string[], io: CliIo, root: string): Promise<SelectedFile[] | undefined> {
  if (staged) {
    if (!(await isGitWorkTree(root))) throw new UsageError(`--staged needs a Git repository, and ${root} is not in one`);
    return stagedFiles(root);
  }
  return positionals.length > 0 ? filesFromArguments(positionals, io.cwd, root) : undefined;
}

async function formatFindings(format: string, findings: readonly Finding[], root: string, version: string): Promise<string> {
  switch (format) {
    case 'json':
      return formatJson(findings);
    case 'sarif':
      return formatSarif(findings, { version, rules: RULE_LIST, pathPrefix: await repoPrefix(root), helpMarkdown: ruleHelpReader() });
    case 'github':
      return formatGithub(findings, await repoPrefix(root));
    default:
      return formatText(findings);
  }
}

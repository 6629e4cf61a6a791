import { loadCodeowners } from '../../core/guidelines/codeowners';
import { GuidelineMatcher } from '../../core/review/guidelineMatcher';
import { matchGuidelines } from '../../core/review/matchGuidelines';
import { parseUnifiedDiff } from '../../core/review/parseUnifiedDiff';
import { renderReviewReportMarkdown, reviewReport } from '../../core/review/reviewReport';
import { governanceOfChange, type GovernedChange } from '../../core/governance/changeGovernance';
import { codeMentions } from '../../core/governance/governance';
import type { ChangedFile } from '../../core/review/changeSet';
import { languageIdOfPath } from '../../core/text/commentSpans';
import type { FolderIndex } from '../../core/index/folderIndex';
import type { FolderFileSystem } from '../../core/host';
import { COMMON_OPTIONS, expectPositionals, parseCommandArgs } from '../args';
import { buildIndex, type CliIo } from '../context';
import { GitError, isGitWorkTree } from '../../node/git';
import { formatText } from '../output/formatFindings';
import { ExitCode, UsageError } from '../usageError';
import { countUntracked, readDiff } from './review/readDiff';

export const reviewHelp = `Usage: techlead review [--root DIR] [--base REF] [--format md|json]

Lists the review guidelines that apply to a change: each with the changed files it
applies to, its checklist, the added lines its match patterns point at; the decisions
governing the changed files (their applies-to, or a mention in their comments;
superseded and proposed ones flagged); the open risks whose related paths the change
touches (band, owner, overdue); and who else to ask (CODEOWNERS). The change is read with git diff in DIR (default: the repository
root), which must be in a Git work tree.

  --base REF      the branch since it left REF: the working tree against the merge base
                  of HEAD and REF (what a pull request into REF shows, plus uncommitted
                  work). Without --base: uncommitted changes, staged and unstaged,
                  against HEAD.
  --format md     Markdown, for people and pull request comments (default)
  --format json   {base, files, guidelines: [{id, title, severity, file, files, items,
                  hints: [{file, line, guideline, text}], notes}],
                  decisions: [{id, title, status, flag, successor, file, files, via,
                  label}], risks: [{id, title, band, owner, due, overdue,
                  reviewOverdue, file, files, label}], alsoAsk}

Problems in the guideline files themselves (a pattern that matches no file, a broken
front matter) are written to stderr; stdout carries only the report.

Exit code: 0 the report was written, whatever applies: a checklist prompts reviewers,
it does not fail builds (to gate on blockers, test the severities in --format json);
2 usage error, not a Git work tree, an unknown base, or Git failed.`;

export async function reviewCommand(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await review(argv, io);
  } catch (err) {
    // Git failing (not installed, a corrupt repository) is the environment, not a bug: say what Git said.
    if (err instanceof GitError) throw new UsageError(err.message);
    throw err;
  }
}

async function review(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    ...COMMON_OPTIONS,
    base: { type: 'string' },
    format: { type: 'string', default: 'md' },
  }, reviewHelp);
  expectPositionals(positionals, 0, 0, '', reviewHelp);
  const format = values.format as string;
  if (format !== 'md' && format !== 'json') throw new UsageError(`--format must be md or json, not "${format}"`);
  const base = values.base as string | undefined;
  if (base !== undefined && !base.trim()) throw new UsageError('--base needs a branch, tag or commit');

  const { index, fs } = await buildIndex({ root: values.root as string | undefined, today: values.today as string | undefined, verbose: values.verbose as boolean }, io);
  if (!(await isGitWorkTree(fs.root))) throw new UsageError(`${fs.root} is not in a Git work tree: techlead review reads the change with git diff`);
  const { files, problems } = parseUnifiedDiff(await readDiff(fs.root, base));
  for (const p of problems) io.stderr(`warning: git diff line ${p.line}: ${p.message}\n`);
  const untracked = await countUntracked(fs.root);
  if (untracked > 0) io.stderr(`note: ${untracked} untracked file${untracked === 1 ? ' is' : 's are'} not part of the change until added to Git (git add, or git add -N).\n`);

  const guidelines = index.documents('guideline');
  const guidelineFindings = index.lint(guidelines.map((g) => g.path));
  if (guidelineFindings.length > 0) io.stderr(formatText(guidelineFindings));
  const applicable = matchGuidelines(new GuidelineMatcher(guidelines), files);
  const governance = governanceOfChange(index, await withMentions(index, fs, files));
  const report = reviewReport({ base: base ?? 'HEAD', changes: files, applicable, codeowners: await loadCodeowners(fs), governance });
  io.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderReviewReportMarkdown(report));
  return ExitCode.ok;
}

/** Code files larger than this are not read for record mentions. */
const MAX_MENTION_SCAN_BYTES = 1024 * 1024;

/** The changed files with the record mentions in their comments, read from the work tree (deleted files have none). */
async function withMentions(index: FolderIndex, fs: FolderFileSystem, files: readonly ChangedFile[]): Promise<GovernedChange[]> {
  return Promise.all(
    files.map(async ({ path, status }): Promise<GovernedChange> => {
      const languageId = languageIdOfPath(path);
      // Indexed documents (records, registers) are prose about decisions, not code governed by them.
      if (status === 'deleted' || !languageId || index.get(path)) return { path };
      const text = await fs.readTextWithin(path, MAX_MENTION_SCAN_BYTES).catch(() => undefined);
      return typeof text === 'string' ? { path, mentions: codeMentions(text, languageId, path) } : { path };
    }),
  );
}

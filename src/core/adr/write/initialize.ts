import { CONFIG_FILE, normalizeRelative } from '../../config/config';
import { CONVENTIONAL_ADR_FOLDERS } from '../discovery';
import { DEFAULT_NAMING, joinPath, parseRecordFileName } from '../naming';
import { parseDecisionRecord } from '../parser';
import { ChangeSet } from './changeSet';
import { cursorOffset } from './cursor';
import { planFailure, type AdrPlan } from './planResult';
import { newRecordFileName } from './recordFileName';
import { slugify } from './slug';
import { fillPlaceholders } from './templates/placeholders';
import { madrStyleForFormat, renderBuiltInTemplate, type NewRecordValues } from './templates/renderBuiltIn';
import { resolveTemplate } from './templates/templateCatalog';
import type { AdrWorkspace } from './workspace';

export const DEFAULT_ADR_DIRECTORY = 'docs/adr';
export const FIRST_RECORD_TITLE = 'Record architecture decisions';

export interface InitializeInput {
  /** Default `docs/adr`. */
  readonly directory?: string;
  /** Default: the `adr.template` setting, else Nygard. */
  readonly template?: string;
  /** `YYYY-MM-DD`. */
  readonly today: string;
}

export type InitializePlan = AdrPlan<{
  /** The first record. */
  readonly path: string;
  readonly cursor: number;
  /** Things the user should know (a config file left as it was), one sentence each. */
  readonly notes: readonly string[];
}>;

/**
 * Starts decision records in a folder: its first record, "Record architecture decisions"
 * (number 1, accepted, dated today), which explains the practice to the next reader; and
 * `.techlead.yaml` naming the folder when the repository has no such file yet (an
 * existing one is never rewritten). Refuses a folder that already holds records.
 */
export async function planInitialize(workspace: Pick<AdrWorkspace, 'fs' | 'discovery' | 'config'>, input: InitializeInput): Promise<InitializePlan> {
  const directory = normalizeRelative((input.directory ?? DEFAULT_ADR_DIRECTORY).trim());
  if (!directory || directory.startsWith('/') || /^[A-Za-z]:/.test(directory) || directory.split('/').some((s) => s === '..' || s === '.')) {
    return planFailure(`"${input.directory}" is not a folder inside the workspace folder; give a relative path such as ${DEFAULT_ADR_DIRECTORY}.`);
  }
  const { fs } = workspace;
  if ((await fs.stat(directory))?.type === 'file') return planFailure(`${directory} is a file, not a folder.`);
  const existing = (await fs.list(directory)).filter((e) => e.type === 'file' && parseRecordFileName(e.name)).map((e) => e.name).sort();
  if (existing.length > 0) {
    const shown = existing.slice(0, 3).join(', ') + (existing.length > 3 ? ', ...' : '');
    return planFailure(`${directory} already holds decision records (${shown}); it needs no initializing. Add a record with "New Decision" instead.`);
  }

  const known = workspace.discovery.directoryAt(directory);
  const template = await resolveTemplate(fs, known, input.template ?? workspace.config.adrTemplate ?? 'nygard');
  if ('error' in template) return planFailure(template.error);
  const slug = slugify(FIRST_RECORD_TITLE);
  const { fileName, number } = newRecordFileName({ naming: known?.naming ?? DEFAULT_NAMING, existingNames: (await fs.list(directory)).map((e) => e.name), slug, today: input.today });
  const path = joinPath(directory, fileName);
  const values: NewRecordValues = { number, title: FIRST_RECORD_TITLE, status: 'accepted', date: input.today };
  const content =
    template.kind === 'file'
      ? fillPlaceholders(template.text, values)
      : renderBuiltInTemplate(template.template, values, madrStyleForFormat(known?.predominantFormat), FIRST_RECORD_TEXT[template.template.family]);

  const changes = new ChangeSet().create(path, content);
  const notes: string[] = [];
  if (!(await fs.stat(CONFIG_FILE))) {
    changes.create(CONFIG_FILE, configText(directory, input.template));
  } else if (!workspace.config.adrDirectories.includes(directory) && !CONVENTIONAL_ADR_FOLDERS.includes(directory)) {
    notes.push(`${CONFIG_FILE} exists and was left as it is; add ${directory} to adr.directories there so the folder is found before it holds two records.`);
  }
  return { ok: true, changes: changes.toChanges(), path, cursor: cursorOffset(parseDecisionRecord(path, content)), notes };
}

function configText(directory: string, template: string | undefined): string {
  const lines = ['# Tech Lead Toolkit settings for this repository.', 'adr:', '  # Folders that hold architecture decision records.', '  directories:', `    - ${JSON.stringify(directory)}`];
  if (template) lines.push('  # Template for new records.', `  template: ${JSON.stringify(template)}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The first record's text, section by section: why the team records decisions and how.
 * It is the team's record of its own practice, so it speaks of the process, not of the
 * tool that wrote it.
 * Keys are section keys of the built-in templates; sections not named keep their guidance.
 */
const FIRST_RECORD_TEXT: Readonly<Record<'nygard' | 'madr', Readonly<Record<string, string>>>> = {
  nygard: {
    context:
      "Decisions about this system's architecture get made in meetings, chats and pull requests, and the reasons are soon forgotten. " +
      'People who join later, and we ourselves a year from now, need to know why the system is the way it is before changing it.',
    decision:
      'We will keep a short record of each architecturally significant decision in this folder: one Markdown file per decision, numbered in order, ' +
      'saying what the context was, what we decided and what follows from it. Records are reviewed like code, and a decision that changes is superseded by a new record rather than edited away.',
    consequences:
      'Newcomers can read how the architecture came to be. Writing a record takes a few minutes per decision and has to become a habit: ' +
      'a pull request that makes a significant change brings its record, and reviewers ask for one when it is missing.',
  },
  madr: {
    'context and problem statement':
      "Decisions about this system's architecture get made in meetings, chats and pull requests, and the reasons are soon forgotten. How do we keep them where the next reader will find them?",
    'decision drivers': '* Reasons stay next to the code they explain\n* Writing one takes minutes, not hours\n* Changes to decisions stay traceable',
    'considered options': '* Decision records as Markdown files in the repository\n* Pages in a wiki\n* Nothing beyond pull request descriptions',
    'decision outcome': 'Chosen option: "Decision records as Markdown files in the repository", because they are versioned and reviewed with the code and need no other tool.',
    consequences: '* Good, because newcomers can read how the architecture came to be\n* Bad, because writing a record has to become a habit',
    confirmation: 'Pull requests that make an architecturally significant change link the record that explains it.',
    'pros and cons of the options':
      '### Decision records as Markdown files in the repository\n\n* Good, because they change in the same pull request as the code\n* Bad, because people outside the repository see them only through its web view\n\n' +
      '### Pages in a wiki\n\n* Good, because anyone can edit them\n* Bad, because they drift away from the code they describe',
    'more information': 'A record that no longer holds is marked superseded and links the record that replaces it.',
  },
};

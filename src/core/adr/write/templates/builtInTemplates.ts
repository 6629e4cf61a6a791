/**
 * The templates the toolkit ships. The section structure follows the public conventions
 * (Michael Nygard's four parts; MADR 4's sections and front matter); the guidance text in
 * each section is our own, written to be replaced.
 */

export type BuiltInTemplateId = 'nygard' | 'madr-minimal' | 'madr-full';
export const BUILT_IN_TEMPLATE_IDS: readonly BuiltInTemplateId[] = ['nygard', 'madr-minimal', 'madr-full'];

export interface TemplateSection {
  /** Lower-case heading, as the parser keys sections; used to fill a section with other text. */
  readonly key: string;
  readonly heading: string;
  readonly level: 2 | 3;
  /** What the author should write here; replaced by the author. */
  readonly guidance: string;
}

export interface BuiltInTemplate {
  readonly id: BuiltInTemplateId;
  readonly label: string;
  readonly description: string;
  /** Nygard records carry their number in the title (`# 7. Use PostgreSQL`); MADR records do not. */
  readonly family: 'nygard' | 'madr';
  /** Metadata beyond status and date that the template asks for (MADR's people). */
  readonly people: boolean;
  readonly sections: readonly TemplateSection[];
}

const section = (heading: string, guidance: string, level: 2 | 3 = 2): TemplateSection => ({ key: heading.toLowerCase(), heading, level, guidance });

const MADR_CONTEXT = section(
  'Context and Problem Statement',
  'Describe the problem in two or three sentences, or as the question this decision answers. Link the issue or discussion it came from.',
);
const MADR_OPTIONS = section('Considered Options', '* First option\n* Second option\n* Third option');
const MADR_OUTCOME = section('Decision Outcome', 'Chosen option: "First option", because it serves the decision drivers best (say how).');
const MADR_CONSEQUENCES = section('Consequences', '* Good, because it makes something easier\n* Bad, because it makes something harder or riskier', 3);

export const BUILT_IN_TEMPLATES: Readonly<Record<BuiltInTemplateId, BuiltInTemplate>> = {
  nygard: {
    id: 'nygard',
    label: 'Nygard',
    description: 'Context, Decision, Consequences and a Status section, as adr-tools writes them',
    family: 'nygard',
    people: false,
    sections: [
      section(
        'Context',
        'Describe the situation that calls for a decision: the problem, the constraints (technical, organisational, commercial) and why it matters now. State facts, not the answer.',
      ),
      section('Decision', 'State the decision in full sentences and the active voice: "We will ..."'),
      section('Consequences', 'List what becomes easier and what becomes harder once this is done, including risks and follow-up work.'),
    ],
  },
  'madr-minimal': {
    id: 'madr-minimal',
    label: 'MADR (minimal)',
    description: 'MADR 4 with the required sections only: problem, options, outcome and consequences',
    family: 'madr',
    people: false,
    sections: [MADR_CONTEXT, MADR_OPTIONS, MADR_OUTCOME, MADR_CONSEQUENCES],
  },
  'madr-full': {
    id: 'madr-full',
    label: 'MADR (full)',
    description: 'MADR 4 with every section: drivers, options, outcome, consequences, confirmation, pros and cons, more information',
    family: 'madr',
    people: true,
    sections: [
      MADR_CONTEXT,
      section('Decision Drivers', '* A quality goal, constraint or concern that weighs on the choice\n* Another one'),
      MADR_OPTIONS,
      MADR_OUTCOME,
      MADR_CONSEQUENCES,
      section('Confirmation', 'Say how the team will check that the decision is carried out and kept: a review, a test, a fitness function, a lint rule.', 3),
      section(
        'Pros and Cons of the Options',
        [
          '### First option',
          '',
          'What the option is, in a sentence or a link.',
          '',
          '* Good, because ...',
          '* Neutral, because ...',
          '* Bad, because ...',
          '',
          '### Second option',
          '',
          'What the option is, in a sentence or a link.',
          '',
          '* Good, because ...',
          '* Bad, because ...',
        ].join('\n'),
      ),
      section('More Information', 'Anything else a reader needs: evidence, how the team reached agreement, related decisions, and when to revisit this one.'),
    ],
  },
};

export function isBuiltInTemplateId(id: string): id is BuiltInTemplateId {
  return (BUILT_IN_TEMPLATE_IDS as readonly string[]).includes(id);
}

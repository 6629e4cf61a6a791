import { parseDecisionRecord } from '../../src/core/adr/parser';
import { planChangeStatus as planAdrStatus, planLink, planSupersede } from '../../src/core/adr/write';
import { parseConfigDocument } from '../../src/core/config/config';
import { parseCodeowners } from '../../src/core/guidelines/codeowners';
import { parseAgentFile } from '../../src/core/guidelines/parseAgentFile';
import { parseGuidelineFile } from '../../src/core/guidelines/parseGuideline';
import type { AgentFileFormat } from '../../src/core/guidelines/sources';
import type { FileChange, Finding } from '../../src/core/model/findings';
import { planChangeStatus as planRiskStatus, planMarkReviewed } from '../../src/core/risk/edit/updateRisk';
import { parseRiskRegister } from '../../src/core/risk/parseRegister';
import { parseUnifiedDiff } from '../../src/core/review/parseUnifiedDiff';

/**
 * What the fuzz suite feeds each input to: every parser (under a path that selects it) and
 * the core planners that edit what was parsed. A target returns the findings to check for
 * ranges and the changes to check for spans; both refer to `text`.
 */
export interface FuzzOutcome {
  readonly findings: readonly Finding[];
  readonly changes: readonly FileChange[];
}

export interface FuzzTarget {
  readonly name: string;
  run(text: string): FuzzOutcome;
}

const TODAY = '2026-11-21';
const OTHER_RECORD = parseDecisionRecord('docs/adr/0099-other.md', '# 99. Other\n\nDate: 2026-01-01\n\n## Status\n\nAccepted\n');
const changesOf = (plan: { readonly ok: boolean; readonly changes?: readonly FileChange[] }): readonly FileChange[] => (plan.ok ? plan.changes ?? [] : []);
const findingsOnly = (findings: readonly Finding[]): FuzzOutcome => ({ findings, changes: [] });

function decisionTarget(name: string, path: string): FuzzTarget {
  return {
    name,
    run(text) {
      const record = parseDecisionRecord(path, text);
      const changes = [
        ...changesOf(planAdrStatus(record, 'Accepted', TODAY)),
        ...changesOf(planLink(record, OTHER_RECORD, 'relates-to')),
        ...changesOf(planSupersede(undefined, record, OTHER_RECORD)),
      ];
      // Only the changes to the record itself are edits of `text`.
      return { findings: record.problems, changes: changes.filter((c) => c.type !== 'edit' || c.path === path) };
    },
  };
}

function riskTarget(name: string, path: string): FuzzTarget {
  return {
    name,
    run(text) {
      const register = parseRiskRegister(path, text, TODAY);
      const id = register.risks.find((r) => r.id)?.id;
      const changes = id === undefined ? [] : [...changesOf(planRiskStatus(register, id, 'mitigating')), ...changesOf(planMarkReviewed(register, id, TODAY))];
      return { findings: register.problems, changes };
    },
  };
}

const AGENT_FILES: readonly [AgentFileFormat, string][] = [
  ['copilot-instructions', '.github/copilot-instructions.md'],
  ['instructions', '.github/instructions/api.instructions.md'],
  ['agents', 'AGENTS.md'],
  ['cursor', '.cursor/rules/style.mdc'],
  ['windsurf', '.windsurf/rules/style.md'],
  ['cline', '.clinerules'],
];

export const FUZZ_TARGETS: readonly FuzzTarget[] = [
  decisionTarget('adr markdown', 'docs/adr/0001-choose.md'),
  decisionTarget('adr rst', 'docs/adr/0001-choose.rst'),
  riskTarget('risk yaml', 'risks.yaml'),
  riskTarget('risk markdown', 'RISK_REGISTER.md'),
  { name: 'guideline', run: (text) => findingsOnly(parseGuidelineFile('.github/review/security.md', text).problems) },
  ...AGENT_FILES.map(([format, path]): FuzzTarget => ({ name: `guideline ${format}`, run: (text) => findingsOnly(parseAgentFile(path, text, format).problems) })),
  { name: 'codeowners', run: (text) => findingsOnly(parseCodeowners('.github/CODEOWNERS', text).problems) },
  { name: 'config', run: (text) => findingsOnly(parseConfigDocument('.techlead.yaml', text).problems) },
  {
    name: 'unified diff',
    run(text) {
      const diff = parseUnifiedDiff(text);
      const lines = text.split('\n').length;
      const outside = diff.problems.find((p) => !(p.line >= 1 && p.line <= lines));
      if (outside) throw new Error(`diff problem on line ${outside.line} of ${lines}`);
      return findingsOnly([]);
    },
  },
];

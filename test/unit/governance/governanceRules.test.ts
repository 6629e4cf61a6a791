import * as assert from 'node:assert/strict';
import { lintCodeFile } from '../../../src/core/governance/codeRules';
import { CODE_RULES } from '../../../src/core/governance/rules';
import { applyTextEdits } from '../../../src/core/model/text';
import type { Finding } from '../../../src/core/model/findings';
import { GOVERNED_REPO, governedIndex } from './governedRepo';

async function codeFindings(path: string, text: string, languageId = 'typescript', files = GOVERNED_REPO): Promise<Finding[]> {
  const index = await governedIndex(files);
  return lintCodeFile({ path, text, languageId }, CODE_RULES, index.lintRequest());
}

function fixed(text: string, finding: Finding): string {
  const change = finding.fixes![0]!.changes[0]!;
  assert.equal(change.type, 'edit');
  return applyTextEdits(text, change.type === 'edit' ? change.edits : []);
}

describe('adr/superseded-mention', () => {
  it('flags a comment citing a superseded record and points it at the successor, in the style written', async () => {
    const text = '// Pool size, see ADR-0003.\n# not a comment in TS: adr 3\nconst s = "ADR-0003";\n/* adr 3 and ADR-0007 */\n';
    const findings = await codeFindings('src/db/pool.ts', text);
    assert.deepEqual(findings.map((f) => [f.rule, f.severity, f.range.start.line, f.range.start.character]), [
      ['adr/superseded-mention', 'warning', 0, 18],
      ['adr/superseded-mention', 'warning', 3, 3],
    ]);
    assert.equal(findings[0]!.message, 'ADR-0003 "Use MySQL" is superseded; ADR-0007 "Use PostgreSQL" replaced it. Point the mention at ADR-0007.');
    assert.equal(findings[0]!.fixes![0]!.title, 'Point the mention at ADR-0007 (Use PostgreSQL)');
    assert.deepEqual(findings[0]!.related!.map((r) => [r.file, r.message]), [['docs/adr/0003-use-mysql.md', 'ADR-0003 is superseded']]);
    assert.equal(fixed(text, findings[0]!).split('\n')[0], '// Pool size, see ADR-0007.');
    assert.equal(fixed(text, findings[1]!).split('\n')[3], '/* adr 7 and ADR-0007 */');
    // The fixed text is clean: fixes converge.
    const again = await codeFindings('src/db/pool.ts', fixed(fixed(text, findings[1]!), findings[0]!));
    assert.deepEqual(again, []);
  });

  it('reports a deprecated record with no successor without a fix, and leaves prose and disabled files alone', async () => {
    const files = { ...GOVERNED_REPO, 'docs/adr/0009-use-soap.md': '# 9. Use SOAP\n\nDate: 2020-01-01\n\n## Status\n\nDeprecated\n' };
    const [deprecated] = await codeFindings('src/api/x.py', '# Speaks SOAP per ADR-9\n', 'python', files);
    assert.equal(deprecated!.message, 'ADR-0009 "Use SOAP" is deprecated and no record says what replaced it: the comment cites a decision that no longer holds.');
    assert.deepEqual(deprecated!.fixes, undefined);
    assert.deepEqual(await codeFindings('README.md', 'We moved off ADR-0003.\n', 'markdown'), []);
    assert.deepEqual(await codeFindings('src/db/pool.ts', '// techlead-disable adr/superseded-mention\n// ADR-0003\n'), []);
  });
});

describe('adr/unmatched-applies-to', () => {
  it('reports a glob that matches no file, a negation that excludes nothing and an unreadable glob', async () => {
    const files = {
      ...GOVERNED_REPO,
      'docs/adr/0010-x.md': '---\nstatus: accepted\napplies-to: [src/db/**, src/gone/**, "!src/ui/none.ts", "./src/ui/**"]\n---\n# X\n',
    };
    const index = await governedIndex(files);
    const findings = index.lint(['docs/adr/0010-x.md']).filter((f) => f.rule === 'adr/unmatched-applies-to');
    assert.deepEqual(findings.map((f) => [f.message, f.range.start.line]), [
      ['"src/gone/**" matches no file in the repository, so the decision governs no code there: check the path, or remove the pattern.', 2],
      ['"!src/ui/none.ts" excludes nothing: no file in the repository matches it.', 2],
      ['"./src/ui/**" is not a pattern the toolkit can read: Patterns are relative to the repository root; "./" never matches. Did you mean "src/ui/**"?', 2],
    ]);
    assert.deepEqual(index.lint(['docs/adr/0007-use-postgresql.md']).filter((f) => f.rule === 'adr/unmatched-applies-to'), []);
  });
});

import * as assert from 'node:assert/strict';
import { parseCodeowners } from '../../../src/core/guidelines/codeowners';
import { parseGuidelineFile } from '../../../src/core/guidelines/parseGuideline';
import type { ChangedFile } from '../../../src/core/review/changeSet';
import { CHECKLIST_END_MARKER, CHECKLIST_START_MARKER, renderChecklistMarkdown } from '../../../src/core/review/checklistMarkdown';
import { inlineCode } from '../../../src/core/review/markdown';
import { matchGuidelines } from '../../../src/core/review/matchGuidelines';
import { renderReviewReportMarkdown, reviewReport } from '../../../src/core/review/reviewReport';
import { tickKey } from '../../../src/core/review/ticks';

const sec = parseGuidelineFile('.techlead/guidelines/sec-001.md', `---
id: SEC-001
title: Validate input at API boundaries
applies-to: ["src/api/**"]
match: ['req\\.(body|query)', '(a+)+\\1$']
severity: blocker
---
- [ ] Every handler validates its input
- [x] Errors never leak a stack trace
`);
const docs = parseGuidelineFile('.techlead/guidelines/doc-001.md', '---\nid: DOC-001\ntitle: Docs use *plain* words\napplies-to: "*.md"\nseverity: info\n---\n- [ ] Spelling checked\n');

const changes: ChangedFile[] = [
  { path: 'src/api/users.ts', status: 'modified', addedLines: [{ line: 12, text: '  const body = req.body;' }], hunks: [] },
  { path: 'README.md', status: 'modified', addedLines: [], hunks: [] },
  { path: 'src/web/app.ts', status: 'added', addedLines: [], hunks: [] },
];

describe('review output', () => {
  const applicable = matchGuidelines([docs, sec], changes);

  it('renders the pull request checklist with ticks from the file and from the reviewer', () => {
    const ticks = { [tickKey(sec, sec.checklist[0]!)]: true, [tickKey(sec, sec.checklist[1]!)]: false };
    const md = renderChecklistMarkdown(applicable, ticks);
    assert.equal(md, [
      CHECKLIST_START_MARKER,
      '## Review checklist',
      '',
      '### SEC-001: Validate input at API boundaries',
      '**Blocker** · 1 file: `src/api/users.ts`',
      '',
      '- [x] Every handler validates its input',
      '- [ ] Errors never leak a stack trace',
      '',
      '### DOC-001: Docs use \\*plain\\* words',
      '**Info** · 1 file: `README.md`',
      '',
      '- [ ] Spelling checked',
      '',
      CHECKLIST_END_MARKER,
      '',
    ].join('\n'));
    assert.match(renderChecklistMarkdown(applicable), /- \[x\] Errors never leak a stack trace/, 'without ticks, the file state shows');
  });

  it('ignores ticks saved against an older version of a guideline', () => {
    const edited = parseGuidelineFile(sec.path, `${sec.text}- [ ] A new item\n`);
    const staleTicks = { [tickKey(sec, sec.checklist[0]!)]: true };
    const md = renderChecklistMarkdown(matchGuidelines([edited], changes), staleTicks);
    assert.match(md, /- \[ \] Every handler validates its input/);
  });

  it('says so when nothing applies', () => {
    assert.match(renderChecklistMarkdown([]), /No review guidelines apply to this change\./);
  });

  it('builds the CLI JSON shape', () => {
    const codeowners = parseCodeowners('CODEOWNERS', '* @team\nsrc/api/ @api-owners\n');
    const report = reviewReport({ base: 'origin/main', changes, applicable, codeowners });
    assert.deepEqual(JSON.parse(JSON.stringify(report)), {
      base: 'origin/main',
      files: ['src/api/users.ts', 'README.md', 'src/web/app.ts'],
      guidelines: [
        {
          id: 'SEC-001',
          title: 'Validate input at API boundaries',
          severity: 'blocker',
          file: '.techlead/guidelines/sec-001.md',
          files: ['src/api/users.ts'],
          items: sec.checklist.map((i) => ({ key: i.key, text: i.text, checked: i.checked })),
          hints: [{ file: 'src/api/users.ts', line: 12, guideline: 'SEC-001', text: '  const body = req.body;' }],
          notes: [report.guidelines[0]!.notes[0]],
        },
        {
          id: 'DOC-001',
          title: 'Docs use *plain* words',
          severity: 'info',
          file: '.techlead/guidelines/doc-001.md',
          files: ['README.md'],
          items: [{ key: docs.checklist[0]!.key, text: 'Spelling checked', checked: false }],
          hints: [],
          notes: [],
        },
      ],
      decisions: [],
      risks: [],
      alsoAsk: [
        { owner: '@api-owners', files: ['src/api/users.ts'] },
        { owner: '@team', files: ['README.md', 'src/web/app.ts'] },
      ],
    });
    assert.match(report.guidelines[0]!.notes[0]!, /"\(a\+\)\+\\1\$" was not run/);
    assert.equal(reviewReport({ changes, applicable }).base, null);
  });

  it('renders the report as Markdown with hints, notes and owners', () => {
    const md = renderReviewReportMarkdown(reviewReport({ base: 'main', changes, applicable, codeowners: parseCodeowners('CODEOWNERS', '* @team\n') }));
    assert.match(md, /^# Review guidelines for this change\n\nCompared with `main` · 3 changed files · 2 guidelines apply\n/);
    const one = renderReviewReportMarkdown(reviewReport({ base: 'main', changes, applicable: applicable.slice(0, 1) }));
    assert.match(one, /· 1 guideline applies\n/, 'the verb agrees with one guideline');
    assert.match(md, /## Blocker: SEC-001 Validate input at API boundaries\n\nDefined in `\.techlead\/guidelines\/sec-001\.md`\. Applies to 1 file: `src\/api\/users\.ts`\./);
    assert.match(md, /- `src\/api\/users\.ts:12` `const body = req\.body;`/);
    assert.match(md, /> The match pattern "\(a\+\)\+\\\\1\$" was not run/);
    assert.match(md, /## Also ask\n\n- @team \(owns `src\/api\/users\.ts`, `README\.md`, `src\/web\/app\.ts`\)/);
    assert.ok(md.indexOf('SEC-001') < md.indexOf('DOC-001'), 'blockers first');
  });

  it('quotes inline code containing backticks', () => {
    assert.equal(inlineCode('a`b'), '``a`b``');
    assert.equal(inlineCode('`x`'), '`` `x` ``');
  });
});

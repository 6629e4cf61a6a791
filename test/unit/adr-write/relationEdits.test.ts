import * as assert from 'node:assert/strict';
import { planNewDecision } from '../../../src/core/adr/write/newDecision';
import { planLink, planSupersede } from '../../../src/core/adr/write/relationEdits';
import type { FileChange } from '../../../src/core/model/findings';
import { applyChanges, corpusFiles, loadFolder, type TestFolder, withoutFolderTemplates } from './support';
import { describeWithCorpus } from '../adr/adrTestSupport';

const today = '2026-11-21';

function editedPaths(changes: readonly FileChange[]): string[] {
  return changes.map((c) => (c.type === 'rename' ? c.from : c.path)).sort();
}

const LINK_RULES = ['adr/missing-reciprocal-link', 'adr/superseded-without-successor'];

/** Applies the changes, re-indexes, and checks that the link rules have nothing to say about the result. */
async function applyAndReload(folder: TestFolder, changes: readonly FileChange[]): Promise<TestFolder> {
  applyChanges(folder.fs, changes);
  const reloaded = await loadFolder(folder.fs);
  assert.deepEqual(reloaded.findings(...LINK_RULES).map((f) => `${f.file}: ${f.message}`), []);
  return reloaded;
}

describeWithCorpus('adr-write: supersede and link', () => {
  describe('adr-tools records', () => {
    it('new --supersede writes what adr-tools writes in both records', async () => {
      const folder = await loadFolder({ '.adr-dir': 'doc/adr\n', ...corpusFiles('adr-tools', 'doc/adr') });
      const before = folder.fs.files.get('doc/adr/0002-implement-as-shell-scripts.md')!;
      const plan = await planNewDecision(folder.workspace, { title: 'Rewrite in Go', today, supersedes: [2] });
      assert.ok(plan.ok, plan.ok ? '' : plan.error);
      assert.deepEqual(editedPaths(plan.changes), ['doc/adr/0002-implement-as-shell-scripts.md', 'doc/adr/0010-rewrite-in-go.md']);
      const reloaded = await applyAndReload(folder, plan.changes);
      const created = reloaded.fs.files.get('doc/adr/0010-rewrite-in-go.md')!;
      assert.match(created, /## Status\n\nProposed\n\nSupersedes \[2\. Implement as shell scripts\]\(0002-implement-as-shell-scripts\.md\)\n\n## Context\n/);
      const old = reloaded.fs.files.get('doc/adr/0002-implement-as-shell-scripts.md')!;
      assert.equal(old, before.replace('## Status\n\nAccepted\n', '## Status\n\nSuperseded by [10. Rewrite in Go](0010-rewrite-in-go.md)\n'));

      const oldRecord = reloaded.record('doc/adr/0002-implement-as-shell-scripts.md');
      const newRecord = reloaded.record('doc/adr/0010-rewrite-in-go.md');
      assert.equal(oldRecord.status?.value, 'superseded');
      assert.deepEqual(oldRecord.links.map((l) => [l.relation, l.target.path]), [['superseded-by', 'doc/adr/0010-rewrite-in-go.md']]);
      assert.deepEqual(newRecord.links.map((l) => [l.relation, l.target.path]), [['supersedes', 'doc/adr/0002-implement-as-shell-scripts.md']]);
      const again = planSupersede(reloaded.workspace.view, oldRecord, newRecord);
      assert.ok(again.ok);
      assert.deepEqual(again.changes, [], 'superseding again changes nothing');
    });

    it('leaves the link rules something to report when only one side is applied (the check above is live)', async () => {
      const folder = await loadFolder(corpusFiles('adr-tools', 'doc/adr'));
      const plan = await planNewDecision(folder.workspace, { title: 'Rewrite in Go', today, supersedes: [2] });
      assert.ok(plan.ok);
      applyChanges(folder.fs, plan.changes.filter((c) => c.type === 'create'));
      const half = await loadFolder(folder.fs);
      assert.deepEqual(half.findings(...LINK_RULES).map((f) => f.rule), ['adr/missing-reciprocal-link']);
    });

    it('links put "Amends" and "Amended by" lines in the Status sections, as adr link does', async () => {
      const folder = await loadFolder(corpusFiles('adr-tools', 'doc/adr'));
      const plan = planLink(folder.record('doc/adr/0008-use-iso-8601-format-for-dates.md'), folder.record('doc/adr/0004-markdown-format.md'), 'amends');
      assert.ok(plan.ok);
      const reloaded = await applyAndReload(folder, plan.changes);
      assert.match(reloaded.fs.files.get('doc/adr/0008-use-iso-8601-format-for-dates.md')!, /## Status\n\nAccepted\n\nAmends \[4\. Markdown format\]\(0004-markdown-format\.md\)\n\n## Context/);
      assert.match(reloaded.fs.files.get('doc/adr/0004-markdown-format.md')!, /## Status\n\nAccepted\n\nAmended by \[8\. Use ISO 8601 Format for Dates\]\(0008-use-iso-8601-format-for-dates\.md\)\n\n## Context/);
      const from = reloaded.record('doc/adr/0008-use-iso-8601-format-for-dates.md');
      const to = reloaded.record('doc/adr/0004-markdown-format.md');
      assert.deepEqual(from.links.map((l) => [l.relation, l.target.path]), [['amends', 'doc/adr/0004-markdown-format.md']]);
      assert.deepEqual(to.links.map((l) => [l.relation, l.target.path]), [['amended-by', 'doc/adr/0008-use-iso-8601-format-for-dates.md']]);
      const again = planLink(from, to, 'amends');
      assert.ok(again.ok);
      assert.deepEqual(again.changes, []);
    });

    it('adds only the missing side of a half-stated relation', async () => {
      // 0009 already amends 0005 and 0005 says so; a relates-to link between 0009 and 0005 is new.
      const folder = await loadFolder(corpusFiles('adr-tools', 'doc/adr'));
      const repeat = planLink(folder.record('doc/adr/0009-help-scripts.md'), folder.record('doc/adr/0005-help-comments.md'), 'amends');
      assert.ok(repeat.ok);
      assert.deepEqual(repeat.changes, []);
      folder.fs.write('doc/adr/0005-help-comments.md', folder.fs.files.get('doc/adr/0005-help-comments.md')!.replace('Amended by [9. Help scripts](0009-help-scripts.md)\n\n', ''));
      const reloaded = await loadFolder(folder.fs);
      const half = planLink(reloaded.record('doc/adr/0009-help-scripts.md'), reloaded.record('doc/adr/0005-help-comments.md'), 'amends');
      assert.ok(half.ok);
      assert.deepEqual(editedPaths(half.changes), ['doc/adr/0005-help-comments.md']);
    });

    it('refuses to supersede a record that another already supersedes, naming it', async () => {
      const folder = await loadFolder(corpusFiles('adr-tools', 'doc/adr'));
      const first = await planNewDecision(folder.workspace, { title: 'A', today, supersedes: [3] });
      assert.ok(first.ok);
      const reloaded = await applyAndReload(folder, first.changes);
      const second = await planNewDecision(reloaded.workspace, { title: 'B', today, supersedes: [3] });
      assert.ok(!second.ok);
      assert.match(second.error, /ADR-0003 \(Single command with subcommands\) is already superseded by ADR-0010 \(A\)/);
    });

    it('refuses unknown records and a record named twice', async () => {
      const folder = await loadFolder(corpusFiles('adr-tools', 'doc/adr'));
      const unknown = await planNewDecision(folder.workspace, { title: 'A', today, supersedes: [42] });
      assert.ok(!unknown.ok && /no record 42 in doc\/adr/.test(unknown.error));
      const twice = await planNewDecision(folder.workspace, { title: 'A', today, supersedes: [2], links: [{ record: 2, relation: 'relates-to' }] });
      assert.ok(!twice.ok && /named more than once/.test(twice.error));
    });
  });

  describe('MADR 4 records (front matter)', () => {
    const files = {
      'docs/decisions/0001-use-postgres.md': '---\n# who decided\nstatus: accepted\ndate: 2026-01-10\ndecision-makers: [Ana]\n---\n\n# Use PostgreSQL\n\n## Context and Problem Statement\n\nWe need a database.\n',
      'docs/decisions/0002-use-redis.md': "---\nstatus: 'accepted'\ndate: 2026-02-01\n---\n\n# Use Redis for caching\n\n## Context and Problem Statement\n\nCaching.\n",
    };

    it('new --supersede sets the old status to "superseded by ADR-…" and adds supersedes to the new front matter', async () => {
      const folder = await loadFolder(files);
      const plan = await planNewDecision(folder.workspace, { title: 'Use CockroachDB', today, supersedes: ['ADR-0001'] });
      assert.ok(plan.ok, plan.ok ? '' : plan.error);
      const reloaded = await applyAndReload(folder, plan.changes);
      const old = reloaded.fs.files.get('docs/decisions/0001-use-postgres.md')!;
      assert.equal(
        old,
        files['docs/decisions/0001-use-postgres.md'].replace('status: accepted', 'status: superseded by ADR-0003'),
        'the status changed; the date (the author\'s) and the comment stay',
      );
      const created = reloaded.record('docs/decisions/0003-use-cockroachdb.md');
      assert.deepEqual(created.links.map((l) => [l.relation, l.target.number ?? l.target.path]), [['supersedes', 1]]);
      assert.equal(reloaded.record('docs/decisions/0001-use-postgres.md').status?.value, 'superseded');
      const again = planSupersede(reloaded.workspace.view, reloaded.record('docs/decisions/0001-use-postgres.md'), created);
      assert.ok(again.ok);
      assert.deepEqual(again.changes, []);
    });

    it('gives a superseded record without a status one, in its front matter, with the link', async () => {
      const folder = await loadFolder(withoutFolderTemplates(corpusFiles('madr', 'docs/decisions')));
      const plan = await planNewDecision(folder.workspace, { title: 'Use MADR 5', today, supersedes: [0] });
      assert.ok(plan.ok, plan.ok ? '' : plan.error);
      const before = folder.fs.files.get('docs/decisions/0000-use-markdown-architectural-decision-records.md')!;
      const reloaded = await applyAndReload(folder, plan.changes);
      const after = reloaded.fs.files.get('docs/decisions/0000-use-markdown-architectural-decision-records.md')!;
      assert.equal(after, before.replace('nav_order: 0\n---', 'nav_order: 0\nstatus: superseded by ADR-0019\n---'));
      const edit = plan.changes.find((c) => c.type === 'edit')!;
      assert.ok(edit.type === 'edit' && edit.edits.length === 1 && edit.edits[0]!.start === edit.edits[0]!.end, 'one insertion, nothing else touched');
    });

    it('refuses records whose front matter does not parse', async () => {
      const folder = await loadFolder({ ...files, 'docs/decisions/0003-broken.md': '---\nstatus: [\n---\n\n# Broken\n\n## Context and Problem Statement\n' });
      const plan = planLink(folder.record('docs/decisions/0003-broken.md'), folder.record('docs/decisions/0001-use-postgres.md'), 'relates-to');
      assert.ok(!plan.ok && /0003-broken\.md: the front matter is not valid YAML/.test(plan.error));
      const created = await planNewDecision(folder.workspace, { title: 'X', today, supersedes: [3] });
      assert.ok(!created.ok && /not valid YAML/.test(created.error));
    });

    it('links with relates-to both ways, as front-matter keys', async () => {
      const folder = await loadFolder(files);
      const plan = planLink(folder.record('docs/decisions/0002-use-redis.md'), folder.record('docs/decisions/0001-use-postgres.md'), 'relates-to');
      assert.ok(plan.ok);
      const reloaded = await applyAndReload(folder, plan.changes);
      assert.match(reloaded.fs.files.get('docs/decisions/0002-use-redis.md')!, /^---\nstatus: 'accepted'\ndate: 2026-02-01\nrelates-to: "ADR-0001"\n---\n/);
      assert.deepEqual(reloaded.record('docs/decisions/0001-use-postgres.md').links.map((l) => [l.relation, l.target.number]), [['relates-to', 2]]);
      const again = planLink(reloaded.record('docs/decisions/0002-use-redis.md'), reloaded.record('docs/decisions/0001-use-postgres.md'), 'relates-to');
      assert.ok(again.ok);
      assert.deepEqual(again.changes, []);
    });
  });

  describe('log4brains records (bullets, no numbers)', () => {
    it('supersedes by file name, with "- Superseded by" style status and a "- Supersedes" bullet', async () => {
      const folder = await loadFolder({ '.log4brains.yml': 'project:\n  adrFolder: ./docs/adr\n', ...withoutFolderTemplates(corpusFiles('log4brains', 'docs/adr')) });
      const plan = await planNewDecision(folder.workspace, { title: 'Use Pagefind for search', today, supersedes: ['20201103-use-lunr-for-search'] });
      assert.ok(plan.ok, plan.ok ? '' : plan.error);
      const reloaded = await applyAndReload(folder, plan.changes);
      const created = reloaded.fs.files.get('docs/adr/20261121-use-pagefind-for-search.md')!;
      assert.match(created, /^# Use Pagefind for search\n\n- Status: proposed\n- Date: 2026-11-21\n- Supersedes \[20201103-use-lunr-for-search\]\(20201103-use-lunr-for-search\.md\)\n/);
      const old = reloaded.record('docs/adr/20201103-use-lunr-for-search.md');
      assert.equal(old.status?.value, 'superseded');
      assert.deepEqual(old.links.map((l) => [l.relation, l.target.path]), [['superseded-by', 'docs/adr/20261121-use-pagefind-for-search.md']]);
      assert.match(old.status!.raw, /^superseded by \[20261121-use-pagefind-for-search\]\(20261121-use-pagefind-for-search\.md\)$/);
    });
  });

  describe('MADR 2 records (bullets) and tables', () => {
    it('adds "* Extends" and "* Extended by" bullets, and leaves the dates as they are', async () => {
      const folder = await loadFolder({
        'docs/adr/0001-a.md': '# A\n\n* Status: accepted\n* Date: 2020-01-01\n\n## Context and Problem Statement\n\nA.\n',
        'docs/adr/0002-b.md': '# B\n\n* Status: proposed\n* Date: 2020-02-01\n\n## Context and Problem Statement\n\nB.\n',
      });
      const plan = planLink(folder.record('docs/adr/0002-b.md'), folder.record('docs/adr/0001-a.md'), 'extends');
      assert.ok(plan.ok);
      const reloaded = await applyAndReload(folder, plan.changes);
      assert.equal(reloaded.fs.files.get('docs/adr/0002-b.md'), '# B\n\n* Status: proposed\n* Date: 2020-02-01\n* Extends [1. A](0001-a.md)\n\n## Context and Problem Statement\n\nB.\n');
      assert.equal(reloaded.fs.files.get('docs/adr/0001-a.md'), '# A\n\n* Status: accepted\n* Date: 2020-01-01\n* Extended by [2. B](0002-b.md)\n\n## Context and Problem Statement\n\nA.\n');
      const second = planLink(reloaded.record('docs/adr/0001-a.md'), reloaded.record('docs/adr/0002-b.md'), 'clarifies', reloaded.workspace.view);
      assert.ok(second.ok);
      const again = await applyAndReload(reloaded, second.changes);
      assert.equal(again.fs.files.get('docs/adr/0001-a.md'), `# A\n\n* Status: accepted\n* Date: 2020-01-01\n* Extended by [2. B](0002-b.md)\n* Clarifies [2. B](0002-b.md)\n\n## Context and Problem Statement\n\nA.\n`);
      assert.match(again.fs.files.get('docs/adr/0002-b.md')!, /\* Date: 2020-02-01\n\* Extends \[1\. A\]\(0001-a\.md\)\n\* Clarified by/);
    });

    it('adds table rows', async () => {
      const folder = await loadFolder({
        'docs/adr/0001-a.md': '# A\n\n| Field | Value |\n| --- | --- |\n| Status | Accepted |\n| Date | 2020-01-01 |\n\n## Context\n\nA.\n',
        'docs/adr/0002-b.md': '# B\n\n| Field | Value |\n| --- | --- |\n| Status | Proposed |\n| Date | 2020-02-01 |\n\n## Context\n\nB.\n',
      });
      const plan = planSupersede(folder.workspace.view, folder.record('docs/adr/0001-a.md'), folder.record('docs/adr/0002-b.md'));
      assert.ok(plan.ok);
      const reloaded = await applyAndReload(folder, plan.changes);
      assert.match(reloaded.fs.files.get('docs/adr/0001-a.md')!, /\| Status \| Superseded by \[2\. B\]\(0002-b\.md\) \|\n/);
      assert.match(reloaded.fs.files.get('docs/adr/0002-b.md')!, /\| Date \| 2020-02-01 \|\n\| Supersedes \| \[1\. A\]\(0001-a\.md\) \|\n/);
      assert.equal(reloaded.record('docs/adr/0001-a.md').status?.value, 'superseded');
    });
  });

  describe('records without a status', () => {
    it('gives a Nygard record a Status section that names its successor', async () => {
      const folder = await loadFolder({
        'docs/adr/0001-a.md': '# 1. A\n\nDate: 2020-01-01\n\n## Context\n\nA.\n',
        'docs/adr/0002-b.md': '# 2. B\n\nDate: 2020-02-01\n\n## Status\n\nProposed\n\n## Context\n\nB.\n',
      });
      const plan = planSupersede(folder.workspace.view, folder.record('docs/adr/0001-a.md'), folder.record('docs/adr/0002-b.md'));
      assert.ok(plan.ok);
      const reloaded = await applyAndReload(folder, plan.changes);
      assert.equal(reloaded.fs.files.get('docs/adr/0001-a.md'), '# 1. A\n\nDate: 2020-01-01\n\n## Status\n\nSuperseded by [2. B](0002-b.md)\n\n## Context\n\nA.\n');
    });
  });

  describe('byte-order marks', () => {
    it('edits a record that starts with a BOM and keeps it', async () => {
      const folder = await loadFolder({
        'docs/adr/0001-a.md': '\uFEFF# 1. A\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nA.\n',
        'docs/adr/0002-b.md': '# 2. B\n\nDate: 2020-02-01\n\n## Status\n\nProposed\n\n## Context\n\nB.\n',
      });
      const plan = planSupersede(folder.workspace.view, folder.record('docs/adr/0001-a.md'), folder.record('docs/adr/0002-b.md'));
      assert.ok(plan.ok);
      await applyAndReload(folder, plan.changes);
      assert.equal(folder.fs.files.get('docs/adr/0001-a.md'), '\uFEFF# 1. A\n\nDate: 2020-01-01\n\n## Status\n\nSuperseded by [2. B](0002-b.md)\n\n## Context\n\nA.\n');
    });
  });
});


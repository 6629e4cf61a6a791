import * as assert from 'node:assert/strict';
import { ADR_CATALOG } from '../../../src/core/adr/catalog';
import { planLink, planSupersede } from '../../../src/core/adr/write/relationEdits';
import { planChangeStatus } from '../../../src/core/adr/write/statusEdits';
import { applyChanges, loadFolder } from './support';

/**
 * The cases reported from real repositories: each edit either does exactly what it says,
 * leaving every other value as written, or refuses and says why.
 */
describe('adr-write: edits never corrupt a record', () => {
  const madr = (status: string, extra = '') => `---\n${status}\ndate: 2024-03-01\n${extra}---\n\n# A decision\n\n## Context and Problem Statement\n\nText.\n`;

  it('does not add a second status to front matter whose status is not a plain value, and says where it is', async () => {
    const text = madr('status: { accepted }');
    const folder = await loadFolder({ 'docs/decisions/0001-a.md': text });
    const record = folder.record('docs/decisions/0001-a.md');
    const findings = folder.findings('adr/missing-status');
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0]!.fixes ?? [], [], 'no quick fix, so lint --fix leaves it too');
    assert.match(findings[0]!.message, /not a plain value \("\{ accepted \}"\)/);
    assert.equal(findings[0]!.range.start.line, 1, 'reported on the status line');
    const plan = planChangeStatus(record, 'proposed');
    assert.ok(!plan.ok && /0001-a\.md:2: .*status.* Fix the front matter first/.test(plan.error), plan.ok ? 'planned' : plan.error);
  });

  it('links across two ADR folders with a link to the file, which resolves there', async () => {
    const folder = await loadFolder({
      '.techlead.yaml': 'adr:\n  directories: [services/a/docs/decisions, services/b/docs/decisions]\n',
      'services/a/docs/decisions/0007-a.md': madr('status: accepted'),
      'services/b/docs/decisions/0007-b.md': madr('status: accepted'),
      'services/b/docs/decisions/0003-c.md': madr('status: accepted'),
    });
    const plan = planLink(folder.record('services/b/docs/decisions/0003-c.md'), folder.record('services/a/docs/decisions/0007-a.md'), 'extends', folder.workspace.view);
    assert.ok(plan.ok, plan.ok ? '' : plan.error);
    applyChanges(folder.fs, plan.changes);
    const reloaded = await loadFolder(folder.fs);
    assert.match(reloaded.fs.files.get('services/a/docs/decisions/0007-a.md')!, /\nextended-by: "\[3\. A decision\]\(\.\.\/\.\.\/\.\.\/b\/docs\/decisions\/0003-c\.md\)"\n/);
    const catalog = reloaded.workspace.view.catalog(ADR_CATALOG);
    const a = reloaded.record('services/a/docs/decisions/0007-a.md');
    assert.deepEqual(a.links.map((l) => [l.relation, catalog.resolve(a, l.target)?.path]), [['extended-by', 'services/b/docs/decisions/0003-c.md']]);
    assert.deepEqual(reloaded.findings('adr/broken-link', 'adr/missing-reciprocal-link'), []);
  });

  it('supersedes in a folder with duplicate numbers by a link to the file meant, never by the shared number', async () => {
    const folder = await loadFolder({
      'docs/decisions/0001-a.md': madr('status: accepted'),
      'docs/decisions/0002-b.md': madr('status: accepted'),
      'docs/decisions/0002-c.md': madr('status: proposed'),
    });
    const plan = planSupersede(folder.workspace.view, folder.record('docs/decisions/0001-a.md'), folder.record('docs/decisions/0002-c.md'));
    assert.ok(plan.ok, plan.ok ? '' : plan.error);
    applyChanges(folder.fs, plan.changes);
    const reloaded = await loadFolder(folder.fs);
    const catalog = reloaded.workspace.view.catalog(ADR_CATALOG);
    const old = reloaded.record('docs/decisions/0001-a.md');
    assert.match(reloaded.fs.files.get('docs/decisions/0001-a.md')!, /\nstatus: "superseded by \[2\. A decision\]\(0002-c\.md\)"\n/);
    assert.deepEqual(old.links.map((l) => [l.relation, catalog.resolve(old, l.target)?.path]), [['superseded-by', 'docs/decisions/0002-c.md']]);
    assert.equal(reloaded.record('docs/decisions/0002-c.md').links[0]?.target.number, 1, 'number 1 is unique: the id is enough');
  });

  it('leaves the date of each record as its author wrote it when linking and superseding', async () => {
    const folder = await loadFolder({ 'docs/decisions/0001-a.md': madr('status: accepted'), 'docs/decisions/0002-b.md': madr('status: proposed') });
    const link = planLink(folder.record('docs/decisions/0002-b.md'), folder.record('docs/decisions/0001-a.md'), 'amends', folder.workspace.view);
    const supersede = planSupersede(folder.workspace.view, folder.record('docs/decisions/0001-a.md'), folder.record('docs/decisions/0002-b.md'));
    for (const plan of [link, supersede]) {
      assert.ok(plan.ok, plan.ok ? '' : plan.error);
      const copy = await loadFolder({ ...Object.fromEntries(folder.fs.files) });
      applyChanges(copy.fs, plan.changes);
      for (const [path, text] of copy.fs.files) assert.match(text, /\ndate: 2024-03-01\n/, path);
    }
  });
});

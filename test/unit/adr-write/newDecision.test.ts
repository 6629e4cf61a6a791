import * as assert from 'node:assert/strict';
import { planNewDecision } from '../../../src/core/adr/write/newDecision';
import { parseDecisionRecord } from '../../../src/core/adr/parser';
import { applyChanges, corpusFiles, loadFolder, withoutFolderTemplates } from './support';
import { describeWithCorpus } from '../adr/adrTestSupport';

const today = '2026-11-21';

function created(plan: Awaited<ReturnType<typeof planNewDecision>>): { path: string; content: string } {
  assert.ok(plan.ok, plan.ok ? '' : plan.error);
  const c = plan.changes.find((x) => x.type === 'create');
  assert.ok(c && c.type === 'create');
  return { path: c.path, content: c.content };
}

describeWithCorpus('adr-write: planNewDecision', () => {
  it('adds a Nygard record to an adr-tools folder, numbered and dated like its neighbours', async () => {
    const folder = await loadFolder({ '.adr-dir': 'doc/adr\n', ...corpusFiles('adr-tools', 'doc/adr') });
    const plan = await planNewDecision(folder.workspace, { title: 'Use Bats for tests', today });
    const file = created(plan);
    assert.equal(file.path, 'doc/adr/0010-use-bats-for-tests.md');
    assert.ok(plan.ok);
    assert.equal(plan.number, 10);
    assert.equal(plan.template, 'nygard');
    assert.equal(plan.changes.length, 1);
    assert.match(file.content, /^# 10\. Use Bats for tests\n\nDate: 2026-11-21\n\n## Status\n\nProposed\n\n## Context\n\n/);
    const record = parseDecisionRecord(file.path, file.content);
    assert.equal(record.status?.value, 'proposed');
    assert.equal(record.date?.value, today);
    assert.equal(record.number?.value, 10);
    assert.equal(record.title?.value, 'Use Bats for tests');
    assert.deepEqual(record.sections.map((s) => s.key), ['status', 'context', 'decision', 'consequences']);
    assert.equal(record.format, 'nygard');
    // The editor selects the Context section's guidance, so typing replaces it.
    const context = record.sections.find((s) => s.key === 'context')!;
    assert.equal(plan.selection.start, context.body.start + 1);
    assert.equal(
      file.content.slice(plan.selection.start, plan.selection.end),
      'Describe the situation that calls for a decision: the problem, the constraints (technical, organisational, commercial) and why it matters now. State facts, not the answer.',
    );
  });

  it('numbers a new record past those kept in folders of their own (NNNN-slug/README.md)', async () => {
    const folder = await loadFolder({ 'rfcs/0001-a/README.md': '# A\n', 'rfcs/0007-b/README.md': '# B\n' });
    const plan = await planNewDecision(folder.workspace, { title: 'Next one', directory: 'rfcs', today });
    assert.ok(plan.ok, plan.ok ? '' : plan.error);
    assert.equal(plan.number, 8);
  });

  it('uses the configured default status, or the one asked for', async () => {
    const files = corpusFiles('adr-tools', 'doc/adr');
    const configured = await loadFolder(files, { adrDefaultStatus: 'accepted' });
    assert.match(created(await planNewDecision(configured.workspace, { title: 'X', today })).content, /## Status\n\nAccepted\n/);
    const asked = await loadFolder(files);
    assert.match(created(await planNewDecision(asked.workspace, { title: 'X', today, status: 'draft' })).content, /## Status\n\nDraft\n/);
  });

  it('writes minimal MADR with front matter in a MADR 3/4 folder, without a number in the title', async () => {
    const folder = await loadFolder(withoutFolderTemplates(corpusFiles('madr', 'docs/decisions')));
    const plan = await planNewDecision(folder.workspace, { title: 'Use Vale for prose linting', today });
    const file = created(plan);
    assert.equal(file.path, 'docs/decisions/0019-use-vale-for-prose-linting.md');
    assert.ok(plan.ok && plan.template === 'madr-minimal');
    assert.match(file.content, /^---\nstatus: proposed\ndate: 2026-11-21\n---\n\n# Use Vale for prose linting\n\n## Context and Problem Statement\n/);
    const record = parseDecisionRecord(file.path, file.content);
    assert.equal(record.format, 'madr3');
    assert.deepEqual(record.sections.map((s) => s.key), ['context and problem statement', 'considered options', 'decision outcome']);
    assert.equal(record.status?.origin, 'front-matter');
  });

  it('writes every MADR 4 section and the people in front matter with madr-full', async () => {
    const folder = await loadFolder(withoutFolderTemplates(corpusFiles('madr', 'docs/decisions')));
    const file = created(await planNewDecision(folder.workspace, { title: 'X', today, template: 'madr-full' }));
    assert.match(file.content, /^---\nstatus: proposed\ndate: 2026-11-21\ndecision-makers:\nconsulted:\ninformed:\n---\n/);
    const record = parseDecisionRecord(file.path, file.content);
    assert.deepEqual(record.problems, []);
    assert.deepEqual(record.sections.map((s) => s.key), ['context and problem statement', 'decision drivers', 'considered options', 'decision outcome', 'pros and cons of the options', 'more information']);
    for (const sub of ['### Consequences', '### Confirmation']) assert.ok(file.content.includes(`\n${sub}\n`), sub);
  });

  it('names log4brains records by date and writes "- Status:" bullets under the title', async () => {
    const folder = await loadFolder({ '.log4brains.yml': 'project:\n  adrFolder: ./docs/adr\n', ...withoutFolderTemplates(corpusFiles('log4brains', 'docs/adr')) });
    const plan = await planNewDecision(folder.workspace, { title: 'Use Lunr for search', today });
    const file = created(plan);
    assert.equal(file.path, 'docs/adr/20261121-use-lunr-for-search.md');
    assert.ok(plan.ok && plan.number === undefined);
    assert.match(file.content, /^# Use Lunr for search\n\n- Status: proposed\n- Date: 2026-11-21\n\n## Context and Problem Statement\n/);
    const record = parseDecisionRecord(file.path, file.content, folder.workspace.discovery.directoryAt('docs/adr'));
    assert.equal(record.format, 'log4brains');
    assert.equal(record.metadata.bulletMarker, '-');
  });

  it('adds a suffix when a record with the same slug was written the same day', async () => {
    const folder = await loadFolder({ '.log4brains.yml': 'project:\n  adrFolder: ./docs/adr\n', ...withoutFolderTemplates(corpusFiles('log4brains', 'docs/adr')), 'docs/adr/20261121-use-lunr-for-search.md': '# Use Lunr for search\n\n- Status: proposed\n' });
    assert.equal(created(await planNewDecision(folder.workspace, { title: 'Use Lunr for search', today })).path, 'docs/adr/20261121-use-lunr-for-search-2.md');
  });

  it('follows prefixed names such as adr-018-slug.md', async () => {
    const folder = await loadFolder(corpusFiles('arachne', 'doc/adr'));
    assert.equal(created(await planNewDecision(folder.workspace, { title: 'Cache compiled configs', today })).path, 'doc/adr/adr-018-cache-compiled-configs.md');
  });

  it('never plans over an existing file: a number taken by a file the index does not know is skipped', async () => {
    const folder = await loadFolder(corpusFiles('adr-tools', 'doc/adr'));
    // Written after indexing, e.g. by a teammate's pull.
    folder.fs.write('doc/adr/0010-something-else.md', '# 10. Something else\n');
    assert.equal(created(await planNewDecision(folder.workspace, { title: 'X', today })).path, 'doc/adr/0011-x.md');
  });

  it('picks the folder asked for among several, and otherwise says which it used', async () => {
    const folder = await loadFolder({ ...corpusFiles('adr-tools', 'docs/adr'), ...corpusFiles('madr', 'services/api/docs/decisions') }, { adrDirectories: ['services/api/docs/decisions'] });
    const chosen = await planNewDecision(folder.workspace, { title: 'X', today, directory: 'docs/adr/' });
    assert.equal(created(chosen).path, 'docs/adr/0010-x.md');
    const defaulted = await planNewDecision(folder.workspace, { title: 'X', today });
    assert.ok(defaulted.ok);
    assert.equal(defaulted.directory.path, 'services/api/docs/decisions', 'the configured folder comes first');
    assert.deepEqual(defaulted.alternatives.map((d) => d.path), ['docs/adr']);
    const unknown = await planNewDecision(folder.workspace, { title: 'X', today, directory: 'nowhere' });
    assert.ok(!unknown.ok);
    assert.match(unknown.error, /"nowhere" is not an ADR folder.*docs\/adr/);
  });

  it('refuses an empty title, an unknown template and a folder-less workspace', async () => {
    const folder = await loadFolder(corpusFiles('adr-tools', 'doc/adr'));
    const empty = await planNewDecision(folder.workspace, { title: '  \n ', today });
    assert.ok(!empty.ok && /title is empty/.test(empty.error));
    const template = await planNewDecision(folder.workspace, { title: 'X', today, template: 'nope' });
    assert.ok(!template.ok && /no template "nope".*nygard, madr-minimal, madr-full/.test(template.error));
    const none = await loadFolder({ 'src/index.ts': '' });
    const noFolder = await planNewDecision(none.workspace, { title: 'X', today });
    assert.ok(!noFolder.ok && /No ADR folder/.test(noFolder.error));
  });

  it('uses the line breaks of the folder\'s records', async () => {
    const files = Object.fromEntries(Object.entries(corpusFiles('adr-tools', 'doc/adr')).map(([p, t]) => [p, t.replace(/\n/g, '\r\n')]));
    const file = created(await planNewDecision((await loadFolder(files)).workspace, { title: 'X', today }));
    assert.ok(file.content.includes('\r\n'));
    assert.ok(!/[^\r]\n/.test(file.content));
  });

  it('applies cleanly: the created record is indexed with the next number afterwards', async () => {
    const folder = await loadFolder(corpusFiles('adr-tools', 'doc/adr'));
    const plan = await planNewDecision(folder.workspace, { title: 'First', today });
    assert.ok(plan.ok);
    applyChanges(folder.fs, plan.changes);
    const again = await loadFolder(folder.fs);
    assert.equal(again.record('doc/adr/0010-first.md').title?.value, 'First');
    assert.equal(created(await planNewDecision(again.workspace, { title: 'Second', today })).path, 'doc/adr/0011-second.md');
  });
});

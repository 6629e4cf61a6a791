import * as assert from 'node:assert/strict';
import { INDEX_END_MARKER, INDEX_START_MARKER, planIndex } from '../../../src/core/adr/write/indexPage';
import { applyChanges, corpusFiles, loadFolder } from './support';
import { describeWithCorpus } from '../adr/adrTestSupport';

const records = {
  'docs/adr/0001-record.md': '# 1. Record architecture decisions\n\nDate: 2026-01-02\n\n## Status\n\nAccepted\n\n## Context\n\nx\n',
  'docs/adr/0002-pipes.md': '# 2. Use a | b pipes [sic]\n\nDate: 2026-02-03\n\n## Status\n\nSuperseded by [3. Streams](0003-streams.md)\n\n## Context\n\nx\n',
  'docs/adr/0003-streams.md': '# 3. Streams\n\nDate: 2026-03-04\n\n## Status\n\nProposed\n\nSupersedes [2. Use a | b pipes](0002-pipes.md)\n\n## Context\n\nx\n',
};

const expectedTable = [
  '| Number | Decision | Status | Date |',
  '| ---: | --- | --- | --- |',
  '| 1 | [Record architecture decisions](0001-record.md) | Accepted | 2026-01-02 |',
  '| 2 | [Use a \\| b pipes \\[sic\\]](0002-pipes.md) | Superseded by [3. Streams](0003-streams.md) | 2026-02-03 |',
  '| 3 | [Streams](0003-streams.md) | Proposed | 2026-03-04 |',
].join('\n');

describeWithCorpus('adr-write: planIndex', () => {
  it('creates README.md with a heading and the table when the folder has no index page', async () => {
    const folder = await loadFolder(records);
    const plan = await planIndex(folder.workspace, 'docs/adr');
    assert.ok(plan.ok);
    assert.equal(plan.path, 'docs/adr/README.md');
    assert.deepEqual(plan.changes, [{ type: 'create', path: 'docs/adr/README.md', content: `# Architecture decision records\n\n${INDEX_START_MARKER}\n${expectedTable}\n${INDEX_END_MARKER}\n` }]);
  });

  it('appends the block to an existing page without markers, then updates only between the markers', async () => {
    const folder = await loadFolder({ ...records, 'docs/adr/README.md': '# Decisions\n\nSee below.' });
    const first = await planIndex(folder.workspace, 'docs/adr');
    assert.ok(first.ok);
    applyChanges(folder.fs, first.changes);
    assert.equal(folder.fs.files.get('docs/adr/README.md'), `# Decisions\n\nSee below.\n\n${INDEX_START_MARKER}\n${expectedTable}\n${INDEX_END_MARKER}\n`);

    const unchanged = await planIndex((await loadFolder(folder.fs)).workspace, 'docs/adr');
    assert.ok(unchanged.ok);
    assert.deepEqual(unchanged.changes, [], 'a second run changes nothing');

    folder.fs.write('docs/adr/README.md', `${folder.fs.files.get('docs/adr/README.md')}\nWritten by hand.\n`);
    folder.fs.write('docs/adr/0004-new.md', '# 4. New\n\nDate: 2026-04-05\n\n## Status\n\nProposed\n');
    const update = await planIndex((await loadFolder(folder.fs)).workspace, 'docs/adr');
    assert.ok(update.ok);
    applyChanges(folder.fs, update.changes);
    const page = folder.fs.files.get('docs/adr/README.md')!;
    assert.ok(page.startsWith('# Decisions\n\nSee below.\n\n'));
    assert.ok(page.endsWith(`| 4 | [New](0004-new.md) | Proposed | 2026-04-05 |\n${INDEX_END_MARKER}\n\nWritten by hand.\n`));
  });

  it('uses index.md when that is the page the folder has, and keeps its CRLF line breaks', async () => {
    const folder = await loadFolder({ ...records, 'docs/adr/index.md': '# Index\r\n' });
    const plan = await planIndex(folder.workspace, 'docs/adr');
    assert.ok(plan.ok);
    assert.equal(plan.path, 'docs/adr/index.md');
    applyChanges(folder.fs, plan.changes);
    const page = folder.fs.files.get('docs/adr/index.md')!;
    assert.ok(page.startsWith(`# Index\r\n\r\n${INDEX_START_MARKER}\r\n| Number |`));
    assert.ok(!/[^\r]\n/.test(page));
  });

  it('prefers the page that already has the markers', async () => {
    const folder = await loadFolder({ ...records, 'docs/adr/README.md': '# Readme\n', 'docs/adr/index.md': `# Index\n\n${INDEX_START_MARKER}\n${INDEX_END_MARKER}\n` });
    const plan = await planIndex(folder.workspace, 'docs/adr');
    assert.ok(plan.ok && plan.path === 'docs/adr/index.md');
  });

  it('refuses a start marker without an end marker', async () => {
    const folder = await loadFolder({ ...records, 'docs/adr/README.md': `# R\n\n${INDEX_START_MARKER}\n` });
    const plan = await planIndex(folder.workspace, 'docs/adr');
    assert.ok(!plan.ok && /not <!-- techlead:adr-index:end -->/.test(plan.error));
  });

  it('lists log4brains records by date, with their statuses and dates', async () => {
    const folder = await loadFolder({ '.log4brains.yml': 'project:\n  adrFolder: ./docs/adr\n', ...corpusFiles('log4brains', 'docs/adr') });
    const plan = await planIndex(folder.workspace, 'docs/adr');
    assert.ok(plan.ok);
    assert.equal(plan.path, 'docs/adr/README.md', 'README.md is preferred over index.md when neither has markers');
    const edit = plan.changes[0]!;
    assert.ok(edit.type === 'edit');
    const table = edit.edits[0]!.newText;
    const rows = table.split('\n').filter((l) => l.startsWith('|  |'));
    assert.equal(rows.length, 9);
    assert.match(rows[0]!, /^\|  \| \[Use Markdown Architectural Decision Records\]\(20200924-use-markdown-architectural-decision-records\.md\) \| accepted \| 2020-09-24 \|$/);
    assert.ok(table.includes('| superseded by [20201016-use-the-adr-slug-as-its-unique-id](20201016-use-the-adr-slug-as-its-unique-id.md) |'));
  });
});

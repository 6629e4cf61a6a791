import * as assert from 'node:assert/strict';
import { planInitialize } from '../../../src/core/adr/write/initialize';
import { parseConfigDocument } from '../../../src/core/config/config';
import { applyChanges, corpusFiles, loadFolder, TODAY } from './support';
import { describeWithCorpus } from '../adr/adrTestSupport';

describeWithCorpus('adr-write: planInitialize', () => {
  it('creates docs/adr with its first record and a .techlead.yaml naming the folder', async () => {
    const folder = await loadFolder({ 'src/index.ts': 'export {};\n' });
    const plan = await planInitialize(folder.workspace, { today: TODAY });
    assert.ok(plan.ok, plan.ok ? '' : plan.error);
    assert.equal(plan.path, 'docs/adr/0001-record-architecture-decisions.md');
    assert.deepEqual(plan.changes.map((c) => (c.type === 'create' ? c.path : '?')), ['docs/adr/0001-record-architecture-decisions.md', '.techlead.yaml']);
    applyChanges(folder.fs, plan.changes);
    const config = parseConfigDocument('.techlead.yaml', folder.fs.files.get('.techlead.yaml')!);
    assert.deepEqual(config.problems, []);
    assert.deepEqual(config.config.adr?.directories, ['docs/adr']);

    const reloaded = await loadFolder(folder.fs);
    const record = reloaded.record('docs/adr/0001-record-architecture-decisions.md');
    assert.equal(record.number?.value, 1);
    assert.equal(record.title?.value, 'Record architecture decisions');
    assert.equal(record.status?.value, 'accepted');
    assert.equal(record.date?.value, TODAY);
    assert.equal(record.format, 'nygard');
    assert.match(record.text, /^# 1\. Record architecture decisions\n\nDate: 2026-11-21\n\n## Status\n\nAccepted\n\n## Context\n\nDecisions about/);
    assert.ok(record.text.slice(plan.cursor).startsWith('Decisions about'));
    // The record is the team's: it speaks of the decision process, not of the tool that wrote it.
    assert.doesNotMatch(record.text, /toolkit|tech lead|extension|lints? /i);
    assert.deepEqual(reloaded.index.lint().filter((f) => f.file === record.path).map((f) => `${f.rule}: ${f.message}`), [], 'the first record passes every rule');
  });

  it('writes the first record with a MADR template in a folder of one\'s choosing', async () => {
    const folder = await loadFolder({});
    const plan = await planInitialize(folder.workspace, { today: TODAY, directory: './architecture/decisions/', template: 'madr-full' });
    assert.ok(plan.ok, plan.ok ? '' : plan.error);
    applyChanges(folder.fs, plan.changes);
    assert.match(folder.fs.files.get('.techlead.yaml')!, /directories:\n {4}- "architecture\/decisions"\n.*\n {2}template: "madr-full"\n/);
    const reloaded = await loadFolder(folder.fs);
    const record = reloaded.record('architecture/decisions/0001-record-architecture-decisions.md');
    assert.equal(record.format, 'madr3');
    assert.equal(record.status?.value, 'accepted');
    assert.ok(!record.text.includes('First option'), 'the first record fills every section');
    assert.doesNotMatch(record.text, /toolkit|tech lead|extension|lints? /i, 'about the process, not the tool');
    assert.deepEqual(reloaded.index.lint().filter((f) => f.file === record.path).map((f) => `${f.rule}: ${f.message}`), []);
  });

  it('leaves an existing .techlead.yaml alone and says when the folder is not listed in it', async () => {
    const folder = await loadFolder({ '.techlead.yaml': 'rules: {}\n' });
    const plan = await planInitialize(folder.workspace, { today: TODAY, directory: 'records' });
    assert.ok(plan.ok);
    assert.deepEqual(plan.changes.map((c) => (c.type === 'create' ? c.path : '?')), ['records/0001-record-architecture-decisions.md']);
    assert.equal(plan.notes.length, 1);
    assert.match(plan.notes[0]!, /add records to adr\.directories/);
    const conventional = await planInitialize(folder.workspace, { today: TODAY });
    assert.ok(conventional.ok);
    assert.deepEqual(conventional.notes, [], 'docs/adr is found without configuration');
  });

  it('refuses a folder that already holds records, and paths outside the workspace folder', async () => {
    const folder = await loadFolder(corpusFiles('adr-tools', 'docs/adr'));
    const existing = await planInitialize(folder.workspace, { today: TODAY });
    assert.ok(!existing.ok);
    assert.match(existing.error, /docs\/adr already holds decision records \(0001-record-architecture-decisions\.md, 0002-implement-as-shell-scripts\.md, 0003-single-command-with-subcommands\.md, \.\.\.\)/);
    for (const directory of ['../elsewhere', '/etc', 'a/../../b', '', 'C:/x']) {
      const outside = await planInitialize(folder.workspace, { today: TODAY, directory });
      assert.ok(!outside.ok, directory);
      assert.match(outside.error, /not a folder inside the workspace folder/);
    }
  });

  it('uses a repository template with adr-tools placeholders', async () => {
    const folder = await loadFolder({ '.techlead/templates/short.md': '# NUMBER. TITLE\n\nDate: DATE\n\n## Status\n\nSTATUS\n\n## Context\n\nWhy.\n' });
    const plan = await planInitialize(folder.workspace, { today: TODAY, template: 'short' });
    assert.ok(plan.ok);
    const created = plan.changes[0]!;
    assert.ok(created.type === 'create');
    assert.equal(created.content, '# 1. Record architecture decisions\n\nDate: 2026-11-21\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n');
  });
});

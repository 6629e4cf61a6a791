import * as assert from 'node:assert/strict';
import { listAdrTemplates, planNewDecision } from '../../../src/core/adr/write/newDecision';
import { fillPlaceholders } from '../../../src/core/adr/write/templates/placeholders';
import { parseDecisionRecord } from '../../../src/core/adr/parser';
import { folderTemplateNames } from '../../../src/core/adr/write/templates/templateCatalog';
import { corpusFiles, loadFolder, TODAY } from './support';
import { describeWithCorpus } from '../adr/adrTestSupport';

const adrToolsTemplate = '# NUMBER. TITLE\n\nDate: DATE\n\n## Status\n\nSTATUS\n\n## Context\n\nThe issue.\n\n## Decision\n\nThe change.\n\n## Consequences\n\nWhat follows.\n';

describeWithCorpus('adr-write: templates', () => {
  it('fills both placeholder conventions, and drops the number with its punctuation when there is none', () => {
    const values = { number: 12, title: 'Use $1 & Co', status: 'proposed', date: TODAY };
    assert.equal(fillPlaceholders('# NUMBER. TITLE\nSTATUS DATE\n', values), '# 12. Use $1 & Co\nProposed 2026-11-21\n');
    assert.equal(fillPlaceholders('---\nstatus: {{status}}\n---\n# {{ number }} - {{title}} ({{DATE}})\n', values), '---\nstatus: proposed\n---\n# 12 - Use $1 & Co (2026-11-21)\n');
    assert.equal(fillPlaceholders('# NUMBER. TITLE\n# {{number}}: {{title}}\n', { ...values, number: undefined }), '# Use $1 & Co\n# Use $1 & Co\n');
    assert.equal(fillPlaceholders('Status and Title stay; STATUSES too.\n', values), 'Status and Title stay; STATUSES too.\n');
  });

  it('lists repository templates, the folder\'s adr-tools template and the built-in ones, marking the default', async () => {
    const folder = await loadFolder({
      ...corpusFiles('adr-tools', 'doc/adr'),
      'doc/adr/templates/template.md': adrToolsTemplate,
      '.techlead/templates/lightweight.md': '# {{title}}\n',
      '.techlead/templates/nygard.md': '# {{number}}. {{title}}\n\nOur own Nygard.\n',
    });
    const templates = await listAdrTemplates(folder.workspace);
    assert.deepEqual(templates.map((t) => [t.id, t.source, t.isDefault]), [
      ['lightweight', 'repository', false],
      ['nygard', 'repository', false],
      ['adr-tools', 'adr-tools', true],
      ['madr-minimal', 'built-in', false],
      ['madr-full', 'built-in', false],
    ]);
    const configured = await loadFolder(folder.fs, { adrTemplate: 'lightweight' });
    assert.equal((await listAdrTemplates(configured.workspace)).find((t) => t.isDefault)?.id, 'lightweight');
  });

  it('uses the folder\'s adr-tools template by default, as adr new does', async () => {
    const folder = await loadFolder({ ...corpusFiles('adr-tools', 'doc/adr'), 'doc/adr/templates/template.md': adrToolsTemplate });
    const plan = await planNewDecision(folder.workspace, { title: 'Use Bats', today: TODAY });
    assert.ok(plan.ok && plan.template === 'adr-tools');
    const created = plan.changes[0]!;
    assert.ok(created.type === 'create');
    assert.equal(created.content, '# 10. Use Bats\n\nDate: 2026-11-21\n\n## Status\n\nProposed\n\n## Context\n\nThe issue.\n\n## Decision\n\nThe change.\n\n## Consequences\n\nWhat follows.\n');
    assert.equal(created.content.slice(plan.selection.start, plan.selection.end), 'The issue.', 'the template\'s Context text is selected, to be typed over');
  });

  it('supersedes from a repository template in the record\'s own layout', async () => {
    const folder = await loadFolder({ ...corpusFiles('adr-tools', 'doc/adr'), '.techlead/templates/short.md': '# {{number}}. {{title}}\n\nDate: {{date}}\n\n## Status\n\n{{status}}\n\n## Context\n\n' });
    const plan = await planNewDecision(folder.workspace, { title: 'Short', today: TODAY, template: 'short', supersedes: [4] });
    assert.ok(plan.ok, plan.ok ? '' : plan.error);
    const created = plan.changes.find((c) => c.type === 'create')!;
    assert.ok(created.type === 'create');
    assert.equal(created.content, '# 10. Short\n\nDate: 2026-11-21\n\n## Status\n\nproposed\n\nSupersedes [4. Markdown format](0004-markdown-format.md)\n\n## Context\n\n');
  });
});

describeWithCorpus('adr-write: the template beside the records', () => {
  it('finds templates by name, not records about templates', () => {
    assert.deepEqual(folderTemplateNames(['0001-a.md', 'template-protocol.md', 'adr-template.md', '0024-trigger-templates.md', 'template.md', 'GRFC-TEMPLATE.md', 'adr.template.md', 'template.png']), [
      'template.md',
      'adr-template.md',
      'adr.template.md',
      'GRFC-TEMPLATE.md',
      'template-protocol.md',
    ]);
  });

  it('starts a new MADR record from the folder\'s adr-template.md, with the new title', async () => {
    const files = corpusFiles('madr', 'docs/decisions');
    const folder = await loadFolder(files);
    const templates = await listAdrTemplates(folder.workspace);
    assert.deepEqual(templates.filter((t) => t.isDefault).map((t) => [t.id, t.source, t.path]), [['adr-template', 'folder', 'docs/decisions/adr-template.md']]);
    const plan = await planNewDecision(folder.workspace, { title: 'Use MADR 5', today: TODAY });
    assert.ok(plan.ok, plan.ok ? '' : plan.error);
    assert.equal(plan.template, 'adr-template');
    const created = plan.changes.find((c) => c.type === 'create')!;
    assert.ok(created.type === 'create');
    const template = files['docs/decisions/adr-template.md']!;
    // The Markdown heading, after the YAML comments (`# Configuration for...`) of the front matter.
    const heading = /^# \{.*$/m.exec(template)![0];
    assert.ok(created.content.endsWith(`# Use MADR 5${template.slice(template.indexOf(heading) + heading.length)}`), 'the body is the template\'s, but for the title');
    const record = parseDecisionRecord(created.path, created.content);
    assert.deepEqual([record.title?.value, record.status?.value, record.frontMatter?.valid], ['Use MADR 5', 'proposed', true]);
    assert.match(created.content, /\ntitle: Use MADR 5\n/, 'the Jekyll title too');
  });

  it('prefers the setting and the adr-tools template to the one beside the records', async () => {
    const files = { ...corpusFiles('adr-tools', 'doc/adr'), 'doc/adr/templates/template.md': adrToolsTemplate, 'doc/adr/adr-template.md': '# {{title}}\n' };
    const folder = await loadFolder(files);
    assert.equal((await listAdrTemplates(folder.workspace)).find((t) => t.isDefault)?.id, 'adr-tools');
    const configured = await loadFolder(folder.fs, { adrTemplate: 'madr-minimal' });
    assert.equal((await listAdrTemplates(configured.workspace)).find((t) => t.isDefault)?.id, 'madr-minimal');
  });
});

describeWithCorpus('adr-write: template setting', () => {
  it('refuses a setting that names no template instead of silently using another', async () => {
    const folder = await loadFolder(corpusFiles('adr-tools', 'doc/adr'), { adrTemplate: 'madr-ful' });
    const plan = await planNewDecision(folder.workspace, { title: 'X', today: TODAY });
    assert.ok(!plan.ok);
    assert.match(plan.error, /adr\.template setting names "madr-ful", which is not a template\. Available: nygard, madr-minimal, madr-full\./);
    assert.ok((await planNewDecision(folder.workspace, { title: 'X', today: TODAY, template: 'nygard' })).ok, 'an explicit choice still works');
  });
});

import * as assert from 'node:assert/strict';
import type { AdrDiscovery } from '../../../src/core/adr/discovery';
import type { DecisionRecord } from '../../../src/core/adr/model';
import { NodeFolderFileSystem } from '../../../src/node/nodeFileSystem';
import type { FolderIndex } from '../../../src/core/index/folderIndex';
import { buildIndex, CORPUS_DIR } from './adrTestSupport';
import { describeWithCorpus } from './adrTestSupport';

/**
 * The real-world records in shared/corpus/adr, read in place. Every expectation below was
 * typed from reading the file itself: number, title, status as written and normalised,
 * and date. `undefined` means the record does not state it.
 */
interface Expected {
  readonly number: number | undefined;
  readonly id: string;
  readonly title: string;
  readonly status: readonly [raw: string, value: string] | undefined;
  readonly date: string | undefined;
}

const ACCEPTED = ['Accepted', 'accepted'] as const;
const PROPOSED = ['Proposed', 'proposed'] as const;
const PROPOSED_UPPER = ['PROPOSED', 'proposed'] as const;
const accepted = ['accepted', 'accepted'] as const;

const EXPECTED: Readonly<Record<string, Expected>> = {
  'adr-tools/0001-record-architecture-decisions.md': { number: 1, id: 'ADR-0001', title: 'Record architecture decisions', status: ACCEPTED, date: '2016-02-12' },
  'adr-tools/0002-implement-as-shell-scripts.md': { number: 2, id: 'ADR-0002', title: 'Implement as shell scripts', status: ACCEPTED, date: '2016-02-12' },
  'adr-tools/0003-single-command-with-subcommands.md': { number: 3, id: 'ADR-0003', title: 'Single command with subcommands', status: ACCEPTED, date: '2016-02-12' },
  'adr-tools/0004-markdown-format.md': { number: 4, id: 'ADR-0004', title: 'Markdown format', status: ACCEPTED, date: '2016-02-12' },
  'adr-tools/0005-help-comments.md': { number: 5, id: 'ADR-0005', title: 'Help comments', status: ACCEPTED, date: '2016-02-13' },
  'adr-tools/0006-packaging-and-distribution-in-other-version-control-repositories.md': { number: 6, id: 'ADR-0006', title: 'Packaging and distribution in other version control repositories', status: ACCEPTED, date: '2016-02-16' },
  'adr-tools/0007-invoke-adr-config-executable-to-get-configuration.md': { number: 7, id: 'ADR-0007', title: 'Invoke adr-config executable to get configuration', status: ACCEPTED, date: '2016-12-17' },
  'adr-tools/0008-use-iso-8601-format-for-dates.md': { number: 8, id: 'ADR-0008', title: 'Use ISO 8601 Format for Dates', status: ACCEPTED, date: '2017-02-21' },
  'adr-tools/0009-help-scripts.md': { number: 9, id: 'ADR-0009', title: 'Help scripts', status: ACCEPTED, date: '2018-06-26' },

  'arachne/adr-001-use-adrs.md': { number: 1, id: 'ADR-001', title: 'Use ADRs', status: ACCEPTED, date: undefined },
  'arachne/adr-002-configuration.md': { number: 2, id: 'ADR-002', title: 'Configuration', status: PROPOSED, date: undefined },
  'arachne/adr-003-config-implementation.md': { number: 3, id: 'ADR-003', title: 'Datomic-based Configuration', status: PROPOSED, date: undefined },
  'arachne/adr-004-module-loading.md': { number: 4, id: 'ADR-004', title: 'Module Structure & Loading', status: PROPOSED, date: undefined },
  'arachne/adr-005-user-facing-config.md': { number: 5, id: 'ADR-005', title: 'User Facing Configuration', status: PROPOSED, date: undefined },
  'arachne/adr-006-core-runtime.md': { number: 6, id: 'ADR-006', title: 'Core Runtime', status: PROPOSED_UPPER, date: undefined },
  'arachne/adr-007-configuration-updates.md': { number: 7, id: 'ADR-007', title: 'Configuration Updates', status: PROPOSED_UPPER, date: undefined },
  'arachne/adr-008-abstract-modules.md': { number: 8, id: 'ADR-008', title: 'Abstract Modules', status: PROPOSED_UPPER, date: undefined },
  'arachne/adr-009-datomic-config-ontology.md': { number: 9, id: 'ADR-009', title: 'Configuration Ontology', status: PROPOSED_UPPER, date: undefined },
  'arachne/adr-010-persistent-configs.md': { number: 10, id: 'ADR-010', title: 'Persistent Configuration', status: PROPOSED_UPPER, date: undefined },
  'arachne/adr-011-asset-pipeline.md': { number: 11, id: 'ADR-011', title: 'Asset Pipeline', status: PROPOSED_UPPER, date: undefined },
  'arachne/adr-012-additional-validation.md': { number: 12, id: 'ADR-012', title: 'Enhanced Validation', status: PROPOSED_UPPER, date: undefined },
  'arachne/adr-013-error-reporting.md': { number: 13, id: 'ADR-013', title: 'Error Reporting', status: PROPOSED_UPPER, date: undefined },
  'arachne/adr-014-project-templates.md': { number: 14, id: 'ADR-014', title: 'Project Templates', status: PROPOSED_UPPER, date: undefined },
  'arachne/adr-015-data-abstraction-model.md': { number: 15, id: 'ADR-015', title: 'Data Abstraction Model', status: PROPOSED_UPPER, date: undefined },
  'arachne/adr-016-db-migrations.md': { number: 16, id: 'ADR-016', title: 'Database Migrations', status: PROPOSED_UPPER, date: undefined },
  'arachne/adr-017-simplify-chimera-model.md': { number: 17, id: 'ADR-017', title: 'Simplification of Chimera Model', status: PROPOSED_UPPER, date: undefined },

  'log4brains/20200924-use-markdown-architectural-decision-records.md': { number: undefined, id: '20200924-use-markdown-architectural-decision-records', title: 'Use Markdown Architectural Decision Records', status: accepted, date: '2020-09-24' },
  'log4brains/20200925-multi-packages-architecture-in-a-monorepo-with-yarn-and-lerna.md': { number: undefined, id: '20200925-multi-packages-architecture-in-a-monorepo-with-yarn-and-lerna', title: 'Multi-packages architecture in a monorepo with Yarn and Lerna', status: accepted, date: '2020-09-25' },
  'log4brains/20200925-use-prettier-eslint-airbnb-for-the-code-style.md': { number: undefined, id: '20200925-use-prettier-eslint-airbnb-for-the-code-style', title: 'Use Prettier-ESLint Airbnb for the code style', status: accepted, date: '2020-09-25' },
  'log4brains/20200926-use-the-adr-number-as-its-unique-id.md': {
    number: undefined,
    id: '20200926-use-the-adr-number-as-its-unique-id',
    title: 'Use the ADR number as its unique ID',
    status: ['superseded by [20201016-use-the-adr-slug-as-its-unique-id](20201016-use-the-adr-slug-as-its-unique-id.md)', 'superseded'],
    date: '2020-09-26',
  },
  'log4brains/20200927-avoid-default-exports.md': { number: undefined, id: '20200927-avoid-default-exports', title: 'Avoid default exports', status: accepted, date: '2020-09-27' },
  'log4brains/20201016-use-the-adr-slug-as-its-unique-id.md': { number: undefined, id: '20201016-use-the-adr-slug-as-its-unique-id', title: 'Use the ADR slug as its unique ID', status: accepted, date: '2020-10-16' },
  'log4brains/20201026-the-core-api-is-responsible-for-enhancing-the-adr-markdown-body-with-mdx.md': { number: undefined, id: '20201026-the-core-api-is-responsible-for-enhancing-the-adr-markdown-body-with-mdx', title: 'The core API is responsible for enhancing the ADR markdown body with MDX', status: accepted, date: '2020-10-26' },
  'log4brains/20201103-use-lunr-for-search.md': { number: undefined, id: '20201103-use-lunr-for-search', title: 'Use Lunr for search', status: accepted, date: '2020-11-03' },
  'log4brains/20210113-distribute-log4brains-as-a-global-npm-package.md': { number: undefined, id: '20210113-distribute-log4brains-as-a-global-npm-package', title: 'Distribute Log4brains as a global NPM package', status: accepted, date: '2021-01-13' },

  'madr/0000-use-markdown-architectural-decision-records.md': { number: 0, id: 'ADR-0000', title: 'Use Markdown Architectural Decision Records', status: undefined, date: undefined },
  'madr/0001-use-CC0-or-MIT-as-license.md': { number: 1, id: 'ADR-0001', title: 'Dual License the Work', status: undefined, date: undefined },
  'madr/0002-do-not-use-numbers-in-headings.md': { number: 2, id: 'ADR-0002', title: 'Do Not Use Numbers in Headings', status: undefined, date: undefined },
  'madr/0003-provide-own-madr-tools.md': { number: 3, id: 'ADR-0003', title: 'Write Own MADR Tooling', status: ['on hold', 'other'], date: undefined },
  'madr/0004-write-own-toc-tool.md': { number: 4, id: 'ADR-0004', title: 'Write Own TOC Tool', status: undefined, date: undefined },
  'madr/0005-use-dashes-in-filenames.md': { number: 5, id: 'ADR-0005', title: 'Use Dashes in Filenames', status: undefined, date: undefined },
  'madr/0006-use-names-as-identifier.md': { number: 6, id: 'ADR-0006', title: 'Use Names as Identifier', status: undefined, date: undefined },
  'madr/0007-do-not-emphasize-line-headings.md': { number: 7, id: 'ADR-0007', title: 'Do Not Emphasize Line Headings', status: undefined, date: undefined },
  'madr/0008-add-status-field.md': { number: 8, id: 'ADR-0008', title: 'Add Status Field', status: undefined, date: undefined },
  'madr/0009-support-links-between-adrs-inside-an-adrs.md': { number: 9, id: 'ADR-0009', title: 'Support Links To Other ADRs Inside an ADR', status: undefined, date: undefined },
  'madr/0010-support-categories.md': { number: 10, id: 'ADR-0010', title: 'Support Categories', status: undefined, date: undefined },
  'madr/0011-use-asterisk-as-list-marker.md': { number: 11, id: 'ADR-0011', title: 'Use Asterisk as List Marker', status: undefined, date: undefined },
  'madr/0012-use-curly-braces-to-denote-placeholder.md': { number: 12, id: 'ADR-0012', title: 'Use Curly Braces to Denote Placeholders', status: undefined, date: undefined },
  'madr/0013-use-yaml-front-matter-for-meta-data.md': { number: 13, id: 'ADR-0013', title: 'Use YAML front matter for metadata', status: undefined, date: undefined },
  'madr/0014-allow-neutral-arguments.md': { number: 14, id: 'ADR-0014', title: 'Allow "neutral" arguments', status: undefined, date: undefined },
  'madr/0015-include-consulting-informed-of-raci.md': { number: 15, id: 'ADR-0015', title: 'Include "Consulted" and "Informed" of RACI', status: undefined, date: undefined },
  'madr/0016-outcome-before-detailed-pros-cons.md': { number: 16, id: 'ADR-0016', title: 'Outcome before Detailed Pros and Cons', status: undefined, date: undefined },
  'madr/0017-use-same-format-for-outcomes-and-options.md': { number: 17, id: 'ADR-0017', title: 'Use Same Format for Outcomes and Options', status: undefined, date: undefined },
  'madr/0018-use-confirmation-as-heading.md': { number: 18, id: 'ADR-0018', title: 'Use "Confirmation" as Heading', status: undefined, date: undefined },
};

describeWithCorpus('ADR corpus (shared/corpus/adr)', () => {
  let index: FolderIndex;
  let discovery: AdrDiscovery;

  before(async () => {
    index = await buildIndex(new NodeFolderFileSystem(CORPUS_DIR));
    discovery = index.discovery<AdrDiscovery>('decision')!;
  });

  const record = (path: string): DecisionRecord => {
    const doc = index.get(path);
    assert.ok(doc, `${path} was not indexed`);
    return doc as DecisionRecord;
  };

  it('finds the four folders with the naming each uses', () => {
    const dirs = discovery.directories.map((d) => [d.path, d.source, d.naming.style, d.naming.padding, d.naming.prefix]);
    assert.deepEqual(dirs, [
      ['adr-tools', 'detected', 'number', 4, ''],
      ['arachne', 'detected', 'prefixed', 3, 'adr-'],
      ['log4brains', 'detected', 'date-slug', 0, ''],
      ['madr', 'detected', 'number', 4, ''],
    ]);
  });

  it('indexes exactly the records: no template, index, README, licence or image', () => {
    assert.deepEqual([...discovery.files].sort(), Object.keys(EXPECTED).sort());
    for (const notARecord of ['log4brains/template.md', 'log4brains/index.md', 'log4brains/README.md', 'madr/adr-template.md', 'madr/index.md', 'madr/0008-example-badge.png', 'madr/0013-example.png', 'madr/LICENSE', 'adr-tools/LICENSE.txt']) {
      assert.equal(discovery.claims(notARecord), false, notARecord);
    }
  });

  it('learns each folder\'s predominant format from its records', () => {
    const formats = Object.fromEntries(discovery.directories.map((d) => [d.path, d.predominantFormat]));
    assert.deepEqual(formats, { 'adr-tools': 'nygard', arachne: 'nygard', log4brains: 'log4brains', madr: 'madr3' });
  });

  for (const [path, want] of Object.entries(EXPECTED)) {
    it(`reads ${path}`, () => {
      const r = record(path);
      assert.deepEqual(r.problems, []);
      assert.equal(r.number?.value, want.number);
      assert.equal(r.id, want.id);
      assert.equal(r.title?.value, want.title);
      assert.deepEqual(r.status ? [r.status.raw, r.status.value] : undefined, want.status);
      assert.equal(r.date?.value, want.date);
      if (want.date) assert.equal(r.date?.raw, want.date);
      // The ranges point at the text they were read from.
      if (r.title) assert.equal(r.text.slice(r.title.start, r.title.end), want.title);
      if (r.status) assert.equal(r.text.slice(r.status.start, r.status.end), want.status![0]);
    });
  }

  it('reads the links adr-tools and log4brains write, and resolves them', () => {
    const links = (path: string) => record(path).links.map((l) => [l.relation, l.target.path]);
    assert.deepEqual(links('adr-tools/0005-help-comments.md'), [['amended-by', 'adr-tools/0009-help-scripts.md']]);
    assert.deepEqual(links('adr-tools/0009-help-scripts.md'), [['amends', 'adr-tools/0005-help-comments.md']]);
    assert.deepEqual(links('log4brains/20200926-use-the-adr-number-as-its-unique-id.md'), [['superseded-by', 'log4brains/20201016-use-the-adr-slug-as-its-unique-id.md']]);
    assert.deepEqual(links('log4brains/20201016-use-the-adr-slug-as-its-unique-id.md'), [['supersedes', 'log4brains/20200926-use-the-adr-number-as-its-unique-id.md']]);
  });

  it('finds what is really wrong in the corpus, and nothing it cannot back up', () => {
    const findings = index.lint();
    const byRule = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => f.file);
    // Reciprocal links all hold; no record has a duplicate number, a bad date or crashes a rule.
    assert.deepEqual(byRule('adr/missing-reciprocal-link'), []);
    assert.deepEqual(byRule('adr/duplicate-number'), []);
    assert.deepEqual(byRule('adr/invalid-date'), []);
    assert.deepEqual(byRule('internal/rule-crashed'), []);
    // arachne links "adr-006-core-runtime" without ".md", "ADR-004-..." in the wrong case, and a "module-loading.md" that is not there.
    assert.deepEqual(byRule('adr/broken-link'), ['arachne/adr-006-core-runtime.md', 'arachne/adr-006-core-runtime.md', 'arachne/adr-007-configuration-updates.md', 'arachne/adr-008-abstract-modules.md']);
    // MADR's own 0003 is "on hold"; its 0001 was retitled "Dual License the Work".
    assert.deepEqual(byRule('adr/unknown-status'), ['madr/0003-provide-own-madr-tools.md']);
    assert.deepEqual(byRule('adr/filename-mismatch'), ['madr/0001-use-CC0-or-MIT-as-license.md']);
  });
});

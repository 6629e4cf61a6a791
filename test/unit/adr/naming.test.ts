import * as assert from 'node:assert/strict';
import { isTemplateName, parseRecordBaseName, parseRecordFileName } from '../../../src/core/adr/naming';

/** [style, number, prefix, slug, date] of a name, or undefined when it is not record-like. */
function read(name: string): unknown[] | undefined {
  const r = parseRecordFileName(name);
  return r && [r.style, r.number, r.prefix, r.slug, r.date];
}

describe('ADR record names', () => {
  it('reads a number after any prefix of words: ADR-, A27-, ODH-ADR-Operator-, snip-, glued Adr021', () => {
    assert.deepEqual(read('adr-001-coin-source-tracing.md'), ['prefixed', 1, 'adr-', 'coin-source-tracing', undefined]);
    assert.deepEqual(read('ADR-001_Use_git_hook.md'), ['prefixed', 1, 'ADR-', 'Use_git_hook', undefined]);
    assert.deepEqual(read('ADR-0001-multi-backend.rst'), ['prefixed', 1, 'ADR-', 'multi-backend', undefined]);
    assert.deepEqual(read('A27-xds-global-load-balancing.md'), ['prefixed', 27, 'A', 'xds-global-load-balancing', undefined]);
    assert.deepEqual(read('ODH-ADR-Operator-0007-auth-crd.md'), ['prefixed', 7, 'ODH-ADR-Operator-', 'auth-crd', undefined]);
    assert.deepEqual(read('ODH-ADR-ART-001.md'), ['prefixed', 1, 'ODH-ADR-ART-', '', undefined]);
    assert.deepEqual(read('snip-107.md'), ['prefixed', 107, 'snip-', '', undefined]);
    assert.deepEqual(read('Adr021ProviderAbstraction.rst'), ['prefixed', 21, 'Adr', 'ProviderAbstraction', undefined]);
    // A lower-case word glued after the number is not a slug: a name, not a record.
    assert.equal(read('python3tips.md'), undefined);
  });

  it('reads numbers, dates with - or _, and placeholder numbers (X, XXX, nnn) as no number', () => {
    assert.deepEqual(read('0007-use-x.md'), ['number', 7, '', 'use-x', undefined]);
    assert.deepEqual(read('000-index.md'), ['number', 0, '', 'index', undefined]);
    assert.deepEqual(read('20200925-slug.md'), ['date-slug', undefined, '', '20200925-slug', '2020-09-25']);
    assert.deepEqual(read('ADR-XXX_Agree_CICD_pipeline.md'), ['prefixed', undefined, 'ADR-', 'Agree_CICD_pipeline', undefined]);
    assert.deepEqual(read('snip-x.md'), ['prefixed', undefined, 'snip-', '', undefined]);
    assert.equal(read('notes.md'), undefined);
    assert.equal(read('0001-a.txt'), undefined);
  });

  it('reads the name of a record folder, whose date or number is the record\'s', () => {
    assert.deepEqual(parseRecordBaseName('2023-02-27_testing', '.md')?.date, '2023-02-27');
    assert.deepEqual(parseRecordBaseName('2023-02-09-release-process', '.md')?.date, '2023-02-09');
    assert.equal(parseRecordBaseName('0003-protocols', '.md')?.number, 3);
    assert.equal(parseRecordBaseName('slep004', '.rst')?.number, 4);
  });

  it('takes templates and index pages out, but not a record whose slug mentions a template', () => {
    for (const t of ['template.md', 'adr-template.md', '0000-template.md', '0000-template-protocol.md', 'ADR-0000-template.rst', 'ADR-nnn_Any_Decision_Record_Template.md', 'ODH-ADR-0000-template.md', '0000-adr-template-de.md', '0000-modele-adr.md', 'slep_template.rst', 'snip-template.md', '0002-template.md']) {
      assert.equal(isTemplateName(t), true, t);
      assert.equal(parseRecordFileName(t), undefined, t);
    }
    for (const r of ['0024-embedded-trigger-templates.md', '0042-use-a-template-engine.md', '0001-choix-du-modele-adr.md']) {
      assert.equal(isTemplateName(r), false, r);
      assert.ok(parseRecordFileName(r), r);
    }
    for (const page of ['README.md', 'index.rst', 'Index.rst', 'GOVERNANCE.md', 'CODE-OF-CONDUCT.md']) assert.equal(parseRecordFileName(page), undefined, page);
  });
});

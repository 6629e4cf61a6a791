import * as assert from 'node:assert/strict';
import { newRecordFileName } from '../../../src/core/adr/write/recordFileName';
import { DATE_SLUG_NAMING, DEFAULT_NAMING } from '../../../src/core/adr/naming';

const today = '2026-11-21';

describe('adr-write: new record file names', () => {
  it('takes one more than the highest number, padded like its neighbours', () => {
    const r = newRecordFileName({ naming: DEFAULT_NAMING, existingNames: ['0001-a.md', '0007-b.md', 'README.md'], slug: 'use-x', today });
    assert.deepEqual(r, { fileName: '0008-use-x.md', number: 8 });
  });

  it('starts at 1 in an empty folder', () => {
    assert.deepEqual(newRecordFileName({ naming: DEFAULT_NAMING, existingNames: [], slug: 'x', today }), { fileName: '0001-x.md', number: 1 });
  });

  it('follows prefixed names, their padding and separator', () => {
    const upper = newRecordFileName({ naming: { style: 'prefixed', prefix: 'ADR-', padding: 4 }, existingNames: ['ADR-0011-a.md', 'ADR-0003-b.md'], slug: 'x', today });
    assert.equal(upper.fileName, 'ADR-0012-x.md');
    const lower = newRecordFileName({ naming: { style: 'prefixed', prefix: 'adr-', padding: 3 }, existingNames: ['adr-001-a.md', 'adr-017-b.md'], slug: 'x', today });
    assert.equal(lower.fileName, 'adr-018-x.md');
    const underscore = newRecordFileName({ naming: { style: 'prefixed', prefix: 'adr_', padding: 3 }, existingNames: ['adr_001_a.md', 'adr_002_b.md'], slug: 'x', today });
    assert.equal(underscore.fileName, 'adr_003_x.md');
  });

  it('keeps unpadded numbers unpadded', () => {
    const r = newRecordFileName({ naming: { style: 'number', prefix: '', padding: 1 }, existingNames: ['1-a.md', '12-b.md'], slug: 'x', today });
    assert.equal(r.fileName, '13-x.md');
  });

  it('never goes below the index\'s next free number', () => {
    const r = newRecordFileName({ naming: DEFAULT_NAMING, existingNames: ['0001-a.md'], slug: 'x', today, minimumNumber: 5 });
    assert.equal(r.number, 5);
  });

  it('names log4brains records by date and slug, with a suffix for a same-day collision', () => {
    const first = newRecordFileName({ naming: DATE_SLUG_NAMING, existingNames: ['20200925-a.md'], slug: 'use-x', today });
    assert.deepEqual(first, { fileName: '20261121-use-x.md', number: undefined });
    const second = newRecordFileName({ naming: DATE_SLUG_NAMING, existingNames: ['20261121-use-x.md', '20261121-Use-X-2.md'], slug: 'use-x', today });
    assert.equal(second.fileName, '20261121-use-x-3.md');
  });

  it('writes dashed dates where the folder does', () => {
    const r = newRecordFileName({ naming: DATE_SLUG_NAMING, existingNames: ['2020-09-25-a.md', '2020-10-01-b.md'], slug: 'x', today });
    assert.equal(r.fileName, '2026-11-21-x.md');
  });

  it('uses the extension its neighbours use', () => {
    const r = newRecordFileName({ naming: DEFAULT_NAMING, existingNames: ['0001-a.markdown', '0002-b.markdown'], slug: 'x', today });
    assert.equal(r.fileName, '0003-x.markdown');
  });
});

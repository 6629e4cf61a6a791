import * as assert from 'node:assert/strict';
import { adrReferenceAt, findAdrReferences, packageRootOf, resolveAdrReference } from '../../../src/core/adr/references';
import { loadFolder } from './support';

describe('adr-write: ADR references', () => {
  it('finds ADR-0007, ADR-7, ADR 7, ADR_7 and adr-012 with their offsets and numbers', () => {
    const text = 'See ADR-0007 and ADR-7; also (ADR 7), ADR_7, adr-012-use-x.md and [ADR12].';
    assert.deepEqual(
      findAdrReferences(text).map((r) => [r.text, r.number, text.slice(r.start, r.end)]),
      [
        ['ADR-0007', 7, 'ADR-0007'],
        ['ADR-7', 7, 'ADR-7'],
        ['ADR 7', 7, 'ADR 7'],
        ['ADR_7', 7, 'ADR_7'],
        ['adr-012', 12, 'adr-012'],
        ['ADR12', 12, 'ADR12'],
      ],
    );
  });

  it('ignores mentions inside longer words and numbers that are too long', () => {
    assert.deepEqual(findAdrReferences('BADR-1 ADR-7x xADR-7 ADR-1234567 ADRs ADR- 7 ÄADR-3 ADR-3é'), []);
  });

  it('finds the mention under the caret', () => {
    const text = '// see ADR-0012 for why';
    assert.equal(adrReferenceAt(text, 10)?.number, 12);
    assert.equal(adrReferenceAt(text, 15)?.number, 12);
    assert.equal(adrReferenceAt(text, 2), undefined);
  });

  it('resolves to the record in the same folder, then the same package, then the only one', async () => {
    const folder = await loadFolder({
      'docs/adr/0001-root.md': '# 1. Root\n',
      'docs/adr/0002-only.md': '# 2. Only\n',
      'services/ledger/docs/decisions/0001-ledger.md': '# 1. Ledger\n',
      'services/ledger/docs/decisions/0003-x.md': '# 3. X\n',
      'services/web/docs/adr/0001-web.md': '# 1. Web\n',
      'services/web/docs/adr/0004-y.md': '# 4. Y\n',
    });
    const view = folder.workspace.view;
    const path = (n: number, from?: string) => resolveAdrReference(view, n, from).record?.path;
    assert.equal(path(1, 'services/ledger/docs/decisions/0003-x.md'), 'services/ledger/docs/decisions/0001-ledger.md');
    assert.equal(path(1, 'services/ledger/src/posting.ts'), 'services/ledger/docs/decisions/0001-ledger.md');
    assert.equal(path(1, 'services/web/src/app.ts'), 'services/web/docs/adr/0001-web.md');
    assert.equal(path(1, 'src/main.ts'), 'docs/adr/0001-root.md', 'outside every package, the repository\'s own records');
    assert.equal(path(2, 'services/web/src/app.ts'), 'docs/adr/0002-only.md');
    const ambiguous = resolveAdrReference(view, 1);
    assert.equal(ambiguous.record, undefined);
    assert.equal(ambiguous.candidates.length, 3);
    assert.deepEqual(resolveAdrReference(view, 99, 'README.md'), { record: undefined, candidates: [] });
  });

  it('knows which folder a record folder documents', () => {
    assert.equal(packageRootOf('docs/adr'), '');
    assert.equal(packageRootOf('services/ledger/docs/decisions'), 'services/ledger');
    assert.equal(packageRootOf('packages/core/adr'), 'packages/core');
    assert.equal(packageRootOf('architecture/records'), 'architecture');
  });
});

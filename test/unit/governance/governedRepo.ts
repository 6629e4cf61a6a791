import { fixedClock, silentLogger } from '../../../src/core/host';
import { FolderIndex } from '../../../src/core/index/folderIndex';
import { KIND_PROVIDERS } from '../../../src/core/kinds';
import { MemoryFileSystem } from '../support/memoryFileSystem';

/** A folder with a superseded record, its successor with applies-to, a proposed record with an Applies to line, and a risk register. */
export const GOVERNED_REPO: Record<string, string> = {
  'docs/adr/0003-use-mysql.md': '# 3. Use MySQL\n\nDate: 2024-01-02\n\n## Status\n\nSuperseded by [7. Use PostgreSQL](0007-use-postgresql.md)\n\n## Context\n\nx\n',
  'docs/adr/0007-use-postgresql.md':
    '---\nstatus: accepted\ndate: 2025-03-01\napplies-to:\n  - src/db/**\n  - "!src/db/legacy/"\n---\n# Use PostgreSQL\n\nSupersedes [ADR-0003](0003-use-mysql.md)\n',
  'docs/adr/0008-ledger-events.md': '# 8. Publish ledger events\n\nDate: 2025-04-01\nApplies to: `src/ledger/**`, src/db/outbox.ts\n\n## Status\n\nProposed\n',
  'docs/risks/register.yaml':
    'risks:\n  - id: RISK-004\n    title: Card-processor outage\n    owner: Dana Lee\n    likelihood: 3\n    impact: 4\n    due: 2026-01-01\n    related: [src/db/, ADR-0007]\n  - id: RISK-005\n    title: Old risk\n    status: closed\n    resolution: gone\n    closed: 2026-01-01\n    likelihood: 1\n    impact: 1\n    related: [src/db/pool.ts]\n',
  'src/db/pool.ts': '// Connection pool, see ADR-0003 for why.\nexport const pool = 1;\n',
  'src/db/legacy/old.ts': 'export {}\n',
  'src/db/outbox.ts': 'export {}\n',
  'src/ui/page.ts': 'export {}\n',
};

export async function governedIndex(files: Record<string, string> = GOVERNED_REPO): Promise<FolderIndex> {
  const index = new FolderIndex({ fs: new MemoryFileSystem(files), providers: KIND_PROVIDERS, clock: fixedClock('2026-11-21'), logger: silentLogger });
  await index.build();
  index.setRepoFiles(Object.keys(files).sort());
  return index;
}

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AdrDiscovery } from '../../../src/core/adr/discovery';
import type { DecisionRecord } from '../../../src/core/adr/model';
import { NodeFolderFileSystem } from '../../../src/node/nodeFileSystem';
import { buildIndex, describeWithSharedFolder, LABELLED_ADR_DIR } from './adrTestSupport';

/**
 * Discovery and numbering on the labelled corpus (shared/corpus/labelled/adr): every
 * repository is indexed as a workspace folder of its own and compared with labels.json,
 * written by hand from reading each file. Title, status and date are scored elsewhere
 * (score-adr.mjs); this suite guards what is found, what is left out, and the numbers.
 */
interface Label {
  readonly isRecord: boolean;
  readonly number: number | null;
}

/**
 * Non-records each repository may still list: Meldestelle's `000-PENDING-…` is a pointer
 * page numbered like a record, told apart only by reading that it moved to ADR 001.
 */
const NON_RECORDS_LISTED_AT_MOST: Readonly<Record<string, number>> = { 'StefanMoCoAt+Meldestelle': 1 };

describeWithSharedFolder(
  LABELLED_ADR_DIR,
  'ADR labelled corpus: every record found, no template or index listed, numbers from the name',
  () => {
    const labels = (): Record<string, Label> => JSON.parse(fs.readFileSync(path.join(LABELLED_ADR_DIR, 'labels.json'), 'utf8')) as Record<string, Label>;
    const repos = fs.existsSync(LABELLED_ADR_DIR) ? fs.readdirSync(LABELLED_ADR_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];

    for (const repo of repos) {
      it(repo, async function () {
        this.timeout(20000);
        const index = await buildIndex(new NodeFolderFileSystem(path.join(LABELLED_ADR_DIR, repo)));
        const listed = new Set(index.discovery<AdrDiscovery>('decision')!.files);
        const missed: string[] = [];
        const wrongNumbers: string[] = [];
        const nonRecords: string[] = [];
        for (const [key, label] of Object.entries(labels())) {
          if (!key.startsWith(`${repo}/`)) continue;
          const file = key.slice(repo.length + 1);
          if (!label.isRecord) {
            if (listed.has(file)) nonRecords.push(file);
            continue;
          }
          if (!listed.has(file)) {
            missed.push(file);
            continue;
          }
          const number = (index.get(file) as DecisionRecord | undefined)?.number?.value ?? null;
          if (number !== label.number) wrongNumbers.push(`${file}: ${number} (labelled ${label.number})`);
        }
        assert.deepEqual(missed, [], 'records not found');
        assert.deepEqual(wrongNumbers, [], 'numbers');
        assert.ok(nonRecords.length <= (NON_RECORDS_LISTED_AT_MOST[repo] ?? 0), `non-records listed: ${nonRecords.join(', ')}`);
      });
    }
  },
);

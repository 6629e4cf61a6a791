import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDecisionRecord } from '../../../src/core/adr/parser';
import { statusTextOf } from '../../../src/core/adr/status';
import { adrLabels, describeWithSharedFolder, LABELLED_ADR_DIR } from './adrTestSupport';

/**
 * The hand-labelled records of shared/corpus/labelled (labels.json; its README says what
 * the right answer is): every Markdown record is read with parseDecisionRecord and its
 * title, status (as shown and normalised) and date compared with the label. Discovery is
 * left out (it has its own tests): this measures field reading. reStructuredText records
 * have their own reader.
 *
 * Each repository must keep at least the records it gets wholly right today: a change that
 * reads one record worse fails here, with the fields it got wrong.
 */
const MINIMUM_RIGHT: Readonly<Record<string, number>> = {
  'Azure+containerization-assist': 7,
  'StefanMoCoAt+Meldestelle': 14,
  'ansforge+ans-architecture-adr': 2,
  // adr-025's changelog is newest-first: the label takes its first entry, the reader the earliest.
  'cosmos+ibc-go': 14,
  'eclipse-tractusx+tractusx-edc': 42,
  'grpc+proposal': 60,
  'hyperledger+aries-rfcs': 47,
  'ministryofjustice+cloud-platform': 49,
  'nhs-england-tools+repository-template': 4,
  'nimble-123+cap-fiori-timetracking': 21,
  'opendatahub-io+architecture-decision-records': 44,
  'starknet-io+SNIPs': 39,
  'tektoncd+community': 60,
  'zarvent+v2m-lab': 6,
};

const spaced = (s: string | null | undefined) => (s == null ? null : s.normalize('NFC').replace(/\s+/g, ' ').trim());

describeWithSharedFolder(LABELLED_ADR_DIR, 'ADR fields on the labelled corpus (shared/corpus/labelled/adr)', () => {
  const labels = adrLabels;

  it('reads title, status and date as labelled, repository by repository', () => {
    const right = new Map<string, number>();
    const misses = new Map<string, string[]>();
    for (const [key, want] of Object.entries(labels())) {
      if (!want.isRecord || !/\.(md|markdown)$/i.test(key)) continue;
      const repo = key.slice(0, key.indexOf('/'));
      const r = parseDecisionRecord(key.slice(repo.length + 1), fs.readFileSync(path.join(LABELLED_ADR_DIR, key), 'utf8'));
      const got = { title: spaced(r.title?.value), status: spaced(r.status ? statusTextOf(r.status.raw) : null), statusNormalized: r.status?.value ?? null, date: r.date?.value ?? null };
      const wrong = (['title', 'status', 'statusNormalized', 'date'] as const).filter((f) => (f === 'title' || f === 'status' ? spaced(want[f]) : want[f]) !== got[f]);
      if (wrong.length === 0) right.set(repo, (right.get(repo) ?? 0) + 1);
      else misses.set(repo, [...(misses.get(repo) ?? []), `${key}: ${wrong.map((f) => `${f} ${JSON.stringify(got[f])} (label ${JSON.stringify(want[f])})`).join(', ')}`]);
    }
    const below = Object.entries(MINIMUM_RIGHT).filter(([repo, min]) => (right.get(repo) ?? 0) < min);
    assert.deepEqual(
      below.map(([repo, min]) => `${repo}: ${right.get(repo) ?? 0} right, at least ${min} expected\n  ${(misses.get(repo) ?? []).join('\n  ')}`),
      [],
    );
  });
});

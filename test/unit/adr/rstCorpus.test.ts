import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDecisionRecord } from '../../../src/core/adr/parser';
import { adrLabels, describeWithSharedFolder, LABELLED_ADR_DIR } from './adrTestSupport';

/**
 * The reStructuredText records of the labelled corpus (plutus-apps, spark-bestfit,
 * scikit-learn's SLEPs, t3x-nr-llm), read in place and compared with their hand labels:
 * title, status as written and normalised, and date.
 */
const FIELDS = ['title', 'status', 'statusNormalized', 'date'] as const;
/** The share of records whose four fields must all be exactly right. */
const TARGET = 0.98;

describeWithSharedFolder(LABELLED_ADR_DIR, 'reStructuredText records of the labelled corpus', () => {
  it(`reads at least ${TARGET * 100}% of them exactly as labelled, and every one without a problem`, () => {
    const labels = adrLabels();
    const records = Object.entries(labels).filter(([file, label]) => file.endsWith('.rst') && label.isRecord);
    assert.ok(records.length >= 90, `only ${records.length} rst records labelled`);
    const misses: string[] = [];
    for (const [file, label] of records) {
      const r = parseDecisionRecord(file, fs.readFileSync(path.join(LABELLED_ADR_DIR, file), 'utf8'));
      assert.deepEqual(r.problems, [], file);
      const read = { title: r.title?.value ?? null, status: r.status?.raw ?? null, statusNormalized: r.status?.value ?? null, date: r.date?.value ?? null };
      const wrong = FIELDS.filter((f) => read[f] !== label[f]);
      if (wrong.length) misses.push(`${file}: ${wrong.map((f) => `${f} ${JSON.stringify(read[f])} (label ${JSON.stringify(label[f])})`).join(', ')}`);
    }
    const right = records.length - misses.length;
    assert.ok(right / records.length >= TARGET, `${right}/${records.length} right; misses:\n${misses.join('\n')}`);
  });
});

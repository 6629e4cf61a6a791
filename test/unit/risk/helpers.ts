import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixedClock, silentLogger } from '../../../src/core/host';
import { FolderIndex } from '../../../src/core/index/folderIndex';
import type { KindDiscovery, KindProvider } from '../../../src/core/index/kindProvider';
import type { DecisionRecord } from '../../../src/core/adr/model';
import type { Finding } from '../../../src/core/model/findings';
import { applyTextEdits } from '../../../src/core/model/text';
import type { FileChange } from '../../../src/core/model/findings';
import { parseRiskRegister } from '../../../src/core/risk/parseRegister';
import { riskProvider } from '../../../src/core/risk/provider';
import type { RiskRegister } from '../../../src/core/risk/model';
import { MemoryFileSystem } from '../support/memoryFileSystem';

export const TODAY = '2026-11-21';

/** A small deterministic generator, so a failure can be replayed from its seed. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function readFixture(name: string): string {
  return fs.readFileSync(path.resolve(__dirname, '../../../../test/fixtures/risk', name), 'utf8');
}

export function parse(text: string, file = 'docs/risks/register.yaml', asOf = TODAY): RiskRegister {
  return parseRiskRegister(file, text, asOf);
}

/**
 * Stands in for the decision-record provider (written separately): every `docs/adr/NNNN-*.md`
 * becomes a record with that number, which is all the risk rules look at.
 */
export const fakeDecisionProvider: KindProvider = {
  kind: 'decision',
  rules: [],
  async discover({ fs: folder }) {
    const files = (await folder.list('docs/adr')).map((e) => `docs/adr/${e.name}`);
    const discovery: KindDiscovery = { files, claims: (p) => p.startsWith('docs/adr/'), affectsDiscovery: () => false, watchPatterns: [] };
    return discovery;
  },
  parse(file, text) {
    const n = Number(/(\d+)-/.exec(file)?.[1]);
    return { kind: 'decision', path: file, text, problems: [], disabledRules: new Set(), number: { value: n }, id: `ADR-${String(n).padStart(4, '0')}` } as unknown as DecisionRecord;
  },
  unparsed(file, problem) {
    return { kind: 'decision', path: file, text: '', problems: [problem], disabledRules: new Set() } as unknown as DecisionRecord;
  },
};

export async function buildIndex(files: Record<string, string>, today = TODAY, withDecisions = true): Promise<FolderIndex> {
  const index = new FolderIndex({
    fs: new MemoryFileSystem(files),
    providers: withDecisions ? [riskProvider, fakeDecisionProvider] : [riskProvider],
    clock: fixedClock(today),
    logger: silentLogger,
  });
  await index.build();
  return index;
}

/** Lints a folder and keeps the findings of one rule. */
export async function findingsOf(rule: string, files: Record<string, string>, today = TODAY): Promise<Finding[]> {
  const index = await buildIndex(files, today);
  return index.lint().filter((f) => f.rule === rule);
}

/** Applies planned changes to one file's text, which must be the text they were planned from. */
export function applyChanges(text: string, changes: readonly FileChange[]): string {
  let out = text;
  for (const c of changes) {
    if (c.type !== 'edit') throw new Error(`unexpected ${c.type}`);
    if (c.plannedFrom !== text) throw new Error(`${c.path}: the edit was planned from another text`);
    out = applyTextEdits(out, c.edits);
  }
  return out;
}

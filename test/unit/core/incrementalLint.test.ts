import * as assert from 'node:assert/strict';
import { fixedClock, silentLogger } from '../../../src/core/host';
import { FolderIndex, type IndexChange } from '../../../src/core/index/folderIndex';
import { KIND_PROVIDERS } from '../../../src/core/kinds';
import type { Finding } from '../../../src/core/model/findings';
import { MemoryFileSystem } from '../support/memoryFileSystem';
import { seededRandom } from '../support/seededRandom';

/**
 * The editor lints only what a change can affect (IndexChange.affected). These tests
 * prove that stays equal to a full lint: a seeded random walk of edits, additions and
 * deletions across decision records (links by path, number and slug, across folders,
 * duplicate numbers), risk registers (duplicate ids, references to ADRs and risks, new
 * prefixes) and guidelines (duplicate ids), comparing after every step.
 */

const TODAY = '2026-01-15';

const random = seededRandom;

type Random = ReturnType<typeof random>;

const FOLDERS = ['docs/adr', 'docs/decisions', 'services/a/docs/adr'] as const;

function recordName(folder: string, n: number): string {
  return folder === 'services/a/docs/adr' ? `2024010${(n % 9) + 1}-record-${n}.md` : `${String(n).padStart(4, '0')}-record-${n}.md`;
}

/** A link to another record, written the ways real records write them. */
function linkTo(r: Random, fromFolder: string, files: readonly string[]): string {
  const target = r.pick(files);
  const folder = target.slice(0, target.lastIndexOf('/'));
  const name = target.slice(target.lastIndexOf('/') + 1);
  const n = /(\d+)\.md$/.exec(name)?.[1] ?? '1';
  switch (r.int(0, 4)) {
    case 0:
      return folder === fromFolder ? `[ADR-${n}](${name})` : `[ADR-${n}](${relative(fromFolder, target)})`;
    case 1:
      // Often a number no record has yet: an added record then makes the link whole.
      return `ADR-${r.chance(0.5) ? n : r.int(1, 12)}`;
    case 2:
      return name.replace(/\.md$/, '');
    case 3:
      return `[missing](${r.int(50, 60)}-nowhere.md)`;
    default:
      return `[ADR-${n}](${relative(fromFolder, target)})`;
  }
}

function relative(from: string, to: string): string {
  const a = from.split('/');
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

function record(r: Random, folder: string, n: number, files: readonly string[]): string {
  const status = r.pick(['Accepted', 'Proposed', 'Superseded', 'Deprecated']);
  const links = Array.from({ length: r.int(0, 2) }, () => `${r.pick(['Superseded by', 'Supersedes', 'Amends', 'Amended by', 'Relates to'])} ${linkTo(r, folder, files)}`);
  const reference = r.chance(0.3) ? `\nSee ![diagram](${r.pick(['diagram.png', 'img/missing.png', '../decisions/0001-record-1.md'])}).\n` : '';
  const date = `2025-0${r.int(1, 9)}-1${r.int(0, 9)}`;
  if (folder === 'docs/decisions') {
    return `---\nstatus: ${status.toLowerCase()}\ndate: ${date}\n---\n# Record ${n}\n\n## Context and Problem Statement\n\nWhy.${reference}\n\n## Considered Options\n\n* A\n\n## Decision Outcome\n\nChosen option: "A".\n${links.length ? `\n## More Information\n\n${links.map((l) => `* ${l}`).join('\n')}\n` : ''}`;
  }
  const heading = folder === 'docs/adr' ? `# ${r.chance(0.9) ? n : r.int(1, 12)}. Record ${n}` : `# Record ${n}`;
  return `${heading}\n\nDate: ${date}\n\n## Status\n\n${[status, ...links].join('\n\n')}\n\n## Context\n\nWhy.${reference}\n\n## Decision\n\nWhat.\n\n## Consequences\n\nThen.\n`;
}

function register(r: Random, riskIds: readonly string[]): string {
  const risks = riskIds.map((id) => {
    const related = Array.from({ length: r.int(0, 3) }, () => r.pick([`ADR-${r.int(1, 14)}`, `RISK-${r.int(1, 12)}`, `SEC-${r.int(1, 4)}`, `OPS-${r.int(1, 2)}`, `JIRA-${r.int(1, 3)}`, 'src/a.ts']));
    return `  - id: ${id}\n    title: Risk ${id}\n    likelihood: ${r.int(1, 5)}\n    impact: ${r.int(1, 5)}\n    owner: Ana\n    status: open\n    due: 2027-01-01\n    reviewed: 2025-12-01${related.length ? `\n    related: [${related.join(', ')}]` : ''}\n`;
  });
  return `risks:\n${risks.join('')}`;
}

function guideline(id: string): string {
  return `---\nid: ${id}\ntitle: Guideline ${id}\napplies-to: ["src/**"]\n---\nWhy.\n\n- [ ] Check it\n`;
}

/** Findings kept per file and replaced for the affected documents only, as the editor does. */
class IncrementalFindings {
  private readonly byFile = new Map<string, Finding[]>();

  constructor(private readonly index: FolderIndex) {
    this.replaceAll();
  }

  apply(change: IndexChange): number {
    if (change.rebuilt) {
      this.replaceAll();
      return -1;
    }
    for (const p of change.paths) if (!this.index.hasPath(p)) this.byFile.delete(p);
    for (const p of change.affected) this.byFile.delete(p);
    for (const f of this.index.lint(change.affected)) this.push(f);
    return change.affected.length;
  }

  all(): Finding[] {
    return [...this.byFile.values()].flat();
  }

  private replaceAll(): void {
    this.byFile.clear();
    for (const f of this.index.lint()) this.push(f);
  }

  private push(f: Finding): void {
    const list = this.byFile.get(f.file);
    if (list) list.push(f);
    else this.byFile.set(f.file, [f]);
  }
}

/** Findings in a canonical order and shape, so two lists compare with deepEqual. */
function canonical(findings: readonly Finding[]): string[] {
  return findings.map((f) => JSON.stringify(f)).sort();
}

async function randomWalk(seed: number, steps: number): Promise<{ relinted: number[] }> {
  const r = random(seed);
  const fs = new MemoryFileSystem();
  const files: string[] = [];
  for (const folder of FOLDERS) for (let n = 1; n <= 5; n++) files.push(`${folder}/${recordName(folder, n)}`);
  for (const f of files) {
    const folder = f.slice(0, f.lastIndexOf('/'));
    fs.write(f, record(r, folder, Number(/(\d+)\.md$/.exec(f)![1]), files));
  }
  fs.write('docs/adr/diagram.png', 'png');
  const registers = ['docs/risks/a.yaml', 'docs/risks/b.yaml'];
  fs.write(registers[0]!, register(r, ['RISK-1', 'RISK-2', 'RISK-3']));
  fs.write(registers[1]!, register(r, ['RISK-4', 'RISK-2', 'SEC-1']));
  const guidelines = ['.techlead/guidelines/g1.md', '.techlead/guidelines/g2.md', '.techlead/guidelines/g3.md'];
  guidelines.forEach((g, i) => fs.write(g, guideline(`G-${i + 1}`)));

  const index = new FolderIndex({ fs, providers: KIND_PROVIDERS, clock: fixedClock(TODAY), logger: silentLogger });
  await index.build();
  const incremental = new IncrementalFindings(index);
  const relinted: number[] = [];
  index.onDidChange((c) => relinted.push(incremental.apply(c)));
  let nextNumber = 6;

  for (let step = 0; step < steps; step++) {
    const action = r.int(0, 10);
    let description: string;
    if (action <= 2) {
      const f = r.pick(files);
      const folder = f.slice(0, f.lastIndexOf('/'));
      fs.write(f, record(r, folder, Number(/(\d+)\.md$/.exec(f)![1]), files));
      await index.update(f);
      description = `edit ${f}`;
    } else if (action <= 4) {
      const folder = r.pick(FOLDERS);
      // Sometimes a number already taken: a duplicate.
      const n = r.chance(0.3) ? r.int(1, 5) : nextNumber++;
      const f = `${folder}/${recordName(folder, n).replace('record', `added${step}`)}`;
      files.push(f);
      fs.write(f, record(r, folder, n, files));
      await index.update(f);
      description = `add ${f}`;
    } else if (action <= 6 && files.length > 4) {
      const f = files.splice(r.int(0, files.length - 1), 1)[0]!;
      fs.remove(f);
      await index.delete(f);
      description = `delete ${f}`;
    } else if (action <= 8) {
      const ids = Array.from({ length: r.int(1, 3) }, () => r.pick(['RISK-1', 'RISK-2', 'RISK-5', 'RISK-9', 'SEC-1', 'SEC-2', 'OPS-1']));
      const what = r.int(0, 3);
      if (what === 0) {
        // A new register, sorting before, between or after the others (id order in duplicate messages).
        const f = `docs/risks/${r.pick(['0', 'a', 'b', 'c', 'z'])}${step}.yaml`;
        registers.push(f);
        fs.write(f, register(r, ids));
        await index.update(f);
        description = `add ${f}`;
      } else if (what === 1 && registers.length > 1) {
        const f = registers.splice(r.int(0, registers.length - 1), 1)[0]!;
        fs.remove(f);
        await index.delete(f);
        description = `delete ${f}`;
      } else {
        const f = r.pick(registers);
        fs.write(f, register(r, ids));
        await index.update(f);
        description = `edit ${f}`;
      }
    } else {
      const f = r.pick(guidelines);
      fs.write(f, guideline(r.pick(['G-1', 'G-2', 'G-3', 'G-4'])));
      await index.update(f);
      description = `edit ${f}`;
    }
    const full = canonical(index.lint());
    assert.deepEqual(canonical(incremental.all()), full, `seed ${seed}, step ${step}: ${description}`);
    // The catalogs kept current one change at a time equal those of a fresh build.
    const fresh = new FolderIndex({ fs, providers: KIND_PROVIDERS, clock: fixedClock(TODAY), logger: silentLogger });
    await fresh.build();
    assert.deepEqual(full, canonical(fresh.lint()), `seed ${seed}, step ${step}: ${description} (against a fresh index)`);
  }
  return { relinted };
}

describe('incremental lint (IndexChange.affected)', () => {
  it('equals a full lint after every step of random edits, additions and deletions', async function () {
    // 720 steps, each compared against a full lint: seconds of work, more on a loaded machine.
    this.timeout(60_000);
    for (let seed = 1; seed <= 12; seed++) await randomWalk(seed, 60);
  });

  it('re-lints a few documents per change, not the folder', async () => {
    const { relinted } = await randomWalk(11, 80);
    const incremental = relinted.filter((n) => n >= 0);
    assert.ok(incremental.length > 40, 'most changes are incremental');
    const documents = 15 + 2 + 3;
    // On average far fewer than every document; a full re-lint would be all of them.
    const mean = incremental.reduce((a, b) => a + b, 0) / incremental.length;
    assert.ok(mean < documents / 2, `mean documents re-linted per change: ${mean.toFixed(1)} of ${documents}+`);
  });

  it('lists the registers that refer to a prefix a change brought in or took away', async () => {
    const reg = (id: string, related: string) => `risks:\n  - id: ${id}\n    title: T\n    likelihood: 2\n    impact: 2\n    owner: Ana\n    status: open\n    due: 2027-01-01\n    reviewed: 2025-12-01\n    related: [${related}]\n`;
    const fs = new MemoryFileSystem({ 'docs/risks/a.yaml': reg('RISK-1', 'OPS-2'), 'docs/risks/b.yaml': reg('RISK-2', 'RISK-1'), 'docs/risks/c.yaml': reg('RISK-3', 'ADR-1') });
    const index = new FolderIndex({ fs, providers: KIND_PROVIDERS, clock: fixedClock(TODAY), logger: silentLogger });
    await index.build();
    const changes: IndexChange[] = [];
    index.onDidChange((c) => changes.push(c));
    // OPS- becomes a risk prefix: a's OPS-2 is now an unknown risk; b and c are untouched.
    await index.update('docs/risks/c.yaml', reg('OPS-1', 'ADR-1'));
    assert.deepEqual([...changes[0]!.affected].sort(), ['docs/risks/a.yaml', 'docs/risks/c.yaml']);
    // c takes RISK-1 too: a (the other holder) for the duplicate, b for its reference to an
    // id c gained (conservatively: RISK-1 existed already).
    await index.update('docs/risks/c.yaml', reg('RISK-1', 'ADR-1'));
    assert.deepEqual([...changes[1]!.affected].sort(), ['docs/risks/a.yaml', 'docs/risks/b.yaml', 'docs/risks/c.yaml']);
    await index.delete('docs/risks/a.yaml');
    assert.deepEqual([...changes[2]!.affected].sort(), ['docs/risks/b.yaml', 'docs/risks/c.yaml']);
  });

  it('lists the changed record and the records that link to it', async () => {
    const fs = new MemoryFileSystem({
      'docs/adr/0001-one.md': '# 1. One\n\n## Status\n\nAccepted\n\n## Context\n\nc\n\n## Decision\n\nd\n\n## Consequences\n\ne\n',
      'docs/adr/0002-two.md': '# 2. Two\n\n## Status\n\nAccepted\n\nAmends [1. One](0001-one.md)\n\n## Context\n\nc\n\n## Decision\n\nd\n\n## Consequences\n\ne\n',
      'docs/adr/0003-three.md': '# 3. Three\n\n## Status\n\nAccepted\n\n## Context\n\nc\n\n## Decision\n\nd\n\n## Consequences\n\ne\n',
    });
    const index = new FolderIndex({ fs, providers: KIND_PROVIDERS, clock: fixedClock(TODAY), logger: silentLogger });
    await index.build();
    const changes: IndexChange[] = [];
    index.onDidChange((c) => changes.push(c));
    fs.write('docs/adr/0001-one.md', fs.files.get('docs/adr/0001-one.md')!.replace('Accepted', 'Deprecated'));
    await index.update('docs/adr/0001-one.md');
    assert.deepEqual([...changes[0]!.affected].sort(), ['docs/adr/0001-one.md', 'docs/adr/0002-two.md']);
  });
});

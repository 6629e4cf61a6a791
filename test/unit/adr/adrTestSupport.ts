import * as fs from 'node:fs';
import * as path from 'node:path';
import { adrProvider } from '../../../src/core/adr/provider';
import { fixedClock, silentLogger, type FolderFileSystem } from '../../../src/core/host';
import { FolderIndex } from '../../../src/core/index/folderIndex';
import type { FileChange } from '../../../src/core/model/findings';
import { applyTextEdits } from '../../../src/core/model/text';
import { MemoryFileSystem } from '../support/memoryFileSystem';

/** The fixed day every ADR test lints on. */
export const TODAY = '2026-11-21';

/** The repository root, found by walking up from the compiled test to package.json. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

export const CORPUS_DIR = path.resolve(repoRoot(), '../shared/corpus/adr');

/**
 * The real-world records live beside the repository (`../shared/corpus`), not in it: a
 * clone without them skips the suites that read them, with a note. CI sets
 * TECHLEAD_REQUIRE_CORPUS, so there a missing corpus fails instead of skipping silently.
 */
export const CORPUS_AVAILABLE = fs.existsSync(CORPUS_DIR);
if (!CORPUS_AVAILABLE && process.env.TECHLEAD_REQUIRE_CORPUS) {
  throw new Error(`The shared ADR corpus is required (TECHLEAD_REQUIRE_CORPUS) but ${CORPUS_DIR} does not exist.`);
}

/** `describe` for a suite that reads the shared corpus: skipped, and titled so, without it. */
export function describeWithCorpus(title: string, suite: (this: Mocha.Suite) => void): void {
  describeWithSharedFolder(CORPUS_DIR, title, suite);
}

/** The hand-labelled corpus (`labels.json` beside the files), read in place. */
export const LABELLED_ADR_DIR = path.resolve(repoRoot(), '../shared/corpus/labelled/adr');

/** What a reader should get from one file of the labelled corpus (labelled/README.md, "Labelling conventions"). */
export interface AdrLabel {
  readonly isRecord: boolean;
  readonly title: string | null;
  readonly status: string | null;
  readonly statusNormalized: string | null;
  readonly date: string | null;
}

/** labels.json of the labelled corpus, by `<owner>+<name>/<path>`. */
export function adrLabels(): Record<string, AdrLabel> {
  return JSON.parse(fs.readFileSync(path.join(LABELLED_ADR_DIR, 'labels.json'), 'utf8')) as Record<string, AdrLabel>;
}

/** `describe` for a suite that reads a folder of ../shared: skipped with a note without it, failed when TECHLEAD_REQUIRE_CORPUS is set. */
export function describeWithSharedFolder(dir: string, title: string, suite: (this: Mocha.Suite) => void): void {
  if (fs.existsSync(dir)) describe(title, suite);
  else if (process.env.TECHLEAD_REQUIRE_CORPUS) throw new Error(`${dir} is required (TECHLEAD_REQUIRE_CORPUS) but does not exist.`);
  else describe.skip(`${title} (skipped: no ${path.relative(repoRoot(), dir)} beside the repository)`, suite);
}
export const FIXTURE_WORKSPACE = path.join(repoRoot(), 'test/fixtures/adr/workspace');

/** Loads a folder from disk into memory (bytes as UTF-8, BOMs kept), so tests can change it freely. */
export function loadIntoMemory(root: string): MemoryFileSystem {
  const memory = new MemoryFileSystem({}, path.basename(root));
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(child);
      else memory.write(child, fs.readFileSync(path.join(root, child), 'utf8'));
    }
  };
  walk('');
  return memory;
}

export async function buildIndex(folder: FolderFileSystem): Promise<FolderIndex> {
  const index = new FolderIndex({ fs: folder, providers: [adrProvider], clock: fixedClock(TODAY), logger: silentLogger });
  await index.build();
  return index;
}

/**
 * Carries out planned changes on an in-memory folder the way a front end does: edits on
 * the text the core parsed (BOM removed, and put back), refused when the file no longer
 * holds the text they were planned from; renames and creates that refuse to overwrite.
 */
export function applyChanges(memory: MemoryFileSystem, changes: readonly FileChange[]): void {
  for (const change of changes) {
    if (change.type === 'create') {
      if (memory.files.has(change.path)) throw new Error(`${change.path} exists`);
      memory.write(change.path, change.content);
    } else if (change.type === 'rename') {
      if (memory.files.has(change.to)) throw new Error(`${change.to} exists`);
      const text = memory.files.get(change.from);
      if (text === undefined) throw new Error(`${change.from} does not exist`);
      memory.remove(change.from);
      memory.write(change.to, text);
    } else {
      const stored = memory.files.get(change.path);
      if (stored === undefined) throw new Error(`${change.path} does not exist`);
      const bom = stored.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
      // As the front ends do: offsets into a text the file no longer has are refused.
      if (stored.slice(bom.length) !== change.plannedFrom) throw new Error(`${change.path} is not the text its edit was planned from`);
      memory.write(change.path, bom + applyTextEdits(change.plannedFrom, change.edits));
    }
  }
}

import type { HostSettings } from '../../../src/core/config/config';
import { fixedClock, silentLogger } from '../../../src/core/host';
import { FolderIndex } from '../../../src/core/index/folderIndex';
import { KIND_PROVIDERS } from '../../../src/core/kinds';
import type { Finding } from '../../../src/core/model/findings';
import { applyChanges, CORPUS_DIR, TODAY } from '../adr/adrTestSupport';
import type { DecisionRecord } from '../../../src/core/adr/model';
import { adrWorkspaceOf, type AdrWorkspace } from '../../../src/core/adr/write/workspace';
import { MemoryFileSystem } from '../support/memoryFileSystem';
import { folderTemplateNames } from '../../../src/core/adr/write/templates/templateCatalog';
import * as nodeFs from 'node:fs';
import * as nodePath from 'node:path';

/** A folder indexed exactly as the extension and the CLI index one, over an in-memory folder. */
export interface TestFolder {
  readonly fs: MemoryFileSystem;
  readonly index: FolderIndex;
  readonly workspace: AdrWorkspace;
  record(path: string): DecisionRecord;
  /** Findings of these rules over the whole folder. */
  findings(...rules: string[]): Finding[];
}

export async function loadFolder(files: Record<string, string> | MemoryFileSystem, settings: HostSettings = {}): Promise<TestFolder> {
  const fs = files instanceof MemoryFileSystem ? files : new MemoryFileSystem(files);
  const index = new FolderIndex({ fs, providers: KIND_PROVIDERS, clock: fixedClock(TODAY), logger: silentLogger, settings });
  await index.build();
  const workspace = adrWorkspaceOf(index);
  if (!workspace) throw new Error('decision records are not indexed');
  return {
    fs,
    index,
    workspace,
    record(path: string) {
      const r = index.documents('decision').find((x) => x.path === path);
      if (!r) throw new Error(`no record ${path}; records: ${index.documents('decision').map((x) => x.path).join(', ')}`);
      return r;
    },
    findings: (...rules: string[]) => index.lint().filter((f) => rules.includes(f.rule)),
  };
}

/** The files of a corpus folder (`shared/corpus/adr/<name>` beside the repository), placed under `under` in memory. */
export function corpusFiles(name: string, under: string): Record<string, string> {
  const dir = nodePath.join(CORPUS_DIR, name);
  const files: Record<string, string> = {};
  for (const f of nodeFs.readdirSync(dir)) {
    const full = nodePath.join(dir, f);
    if (nodeFs.statSync(full).isFile()) files[`${under}/${f}`] = nodeFs.readFileSync(full, 'utf8');
  }
  return files;
}


/** Files without the templates kept beside the records (`template.md`, `adr-template.md`), for tests of the built-in templates. */
export function withoutFolderTemplates(files: Record<string, string>): Record<string, string> {
  const templates = new Set(folderTemplateNames(Object.keys(files).map((p) => p.slice(p.lastIndexOf('/') + 1))));
  return Object.fromEntries(Object.entries(files).filter(([p]) => !templates.has(p.slice(p.lastIndexOf('/') + 1))));
}

/** Shared with the ADR core's tests: the day tests run on, the corpus, and how front ends apply changes. */
export { applyChanges, CORPUS_DIR, TODAY };

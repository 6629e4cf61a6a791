import { resolveConfig, type HostSettings } from '../../../src/core/config/config';
import { neverCancelled, silentLogger } from '../../../src/core/host';
import type { DocumentKind, FileChange } from '../../../src/core/model/findings';
import { applyTextEdits } from '../../../src/core/model/text';
import type { CatalogKey, WorkspaceView } from '../../../src/core/rules/rule';
import { discoverAdrDirectories } from '../../../src/core/adr/discovery';
import type { DecisionRecord } from '../../../src/core/adr/model';
import { parseDecisionRecord } from '../../../src/core/adr/parser';
import type { AdrWorkspace } from '../../../src/core/adr/write/workspace';
import { MemoryFileSystem } from '../support/memoryFileSystem';
import * as nodeFs from 'node:fs';
import * as nodePath from 'node:path';

/** A folder's records, discovered and parsed as the index does, over an in-memory folder. */
export interface TestFolder {
  readonly fs: MemoryFileSystem;
  readonly workspace: AdrWorkspace;
  record(path: string): DecisionRecord;
}

export async function loadFolder(files: Record<string, string> | MemoryFileSystem, settings: HostSettings = {}): Promise<TestFolder> {
  const fs = files instanceof MemoryFileSystem ? files : new MemoryFileSystem(files);
  const config = resolveConfig(undefined, settings);
  const discovery = await discoverAdrDirectories({ fs, config, logger: silentLogger, signal: neverCancelled });
  const records: DecisionRecord[] = [];
  for (const path of discovery.files) {
    const record = parseDecisionRecord(path, await fs.readText(path), discovery.directoryOf(path));
    discovery.noteRecordFormat(path, record.format);
    records.push(record);
  }
  const catalogs = new Map<string, unknown>();
  const view: WorkspaceView = {
    documents: <K extends DocumentKind>(kind: K) => (kind === 'decision' ? records : []) as never,
    catalog<T>(key: CatalogKey<T>): T {
      if (!catalogs.has(key.name)) catalogs.set(key.name, key.build(view));
      return catalogs.get(key.name) as T;
    },
    hasPath: (p) => records.some((r) => r.path === p),
  };
  return {
    fs,
    workspace: { fs, view, discovery, config },
    record(path: string) {
      const r = records.find((x) => x.path === path);
      if (!r) throw new Error(`no record ${path}; records: ${records.map((x) => x.path).join(', ')}`);
      return r;
    },
  };
}

/** Applies planned changes to the in-memory folder the way front ends do: creates never overwrite. */
export function applyChanges(fs: MemoryFileSystem, changes: readonly FileChange[]): void {
  for (const c of changes) {
    if (c.type === 'create') {
      if (fs.files.has(c.path)) throw new Error(`${c.path} exists`);
      fs.write(c.path, c.content);
    } else if (c.type === 'edit') {
      const text = fs.files.get(c.path);
      if (text === undefined) throw new Error(`${c.path} does not exist`);
      fs.write(c.path, applyTextEdits(text, c.edits));
    } else {
      throw new Error('renames are not expected here');
    }
  }
}

/** The files of a corpus folder (`/work/shared/corpus/adr/<name>`), placed under `under` in memory. */
export function corpusFiles(name: string, under: string): Record<string, string> {
  const dir = nodePath.join(CORPUS, name);
  const files: Record<string, string> = {};
  for (const f of nodeFs.readdirSync(dir)) {
    const full = nodePath.join(dir, f);
    if (nodeFs.statSync(full).isFile()) files[`${under}/${f}`] = nodeFs.readFileSync(full, 'utf8');
  }
  return files;
}

export const CORPUS = '/work/shared/corpus/adr';

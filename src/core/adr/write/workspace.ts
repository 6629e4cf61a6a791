import type { EffectiveConfig } from '../../config/config';
import type { FolderFileSystem } from '../../host';
import type { FolderIndex } from '../../index/folderIndex';
import type { WorkspaceView } from '../../rules/rule';
import type { AdrDiscovery } from '../discovery';

/**
 * What the writing commands need from one workspace folder: its files (to see what exists
 * now and read templates), its indexed records, where its ADR folders are, and the
 * settings that choose defaults. The extension and the CLI both get it from their
 * {@link FolderIndex}; tests build it from an in-memory folder.
 */
export interface AdrWorkspace {
  readonly fs: FolderFileSystem;
  readonly view: WorkspaceView;
  readonly discovery: AdrDiscovery;
  readonly config: Pick<EffectiveConfig, 'adrDirectories' | 'adrDefaultStatus' | 'adrTemplate'>;
}

/** The writing context of an indexed folder; `undefined` when decision records are not indexed there. */
export function adrWorkspaceOf(index: FolderIndex): AdrWorkspace | undefined {
  const discovery = index.discovery<AdrDiscovery>('decision');
  return discovery ? { fs: index.fs, view: index, discovery, config: index.config } : undefined;
}

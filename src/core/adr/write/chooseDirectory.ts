import { normalizeRelative } from '../../config/config';
import { CONVENTIONAL_ADR_FOLDERS } from '../discovery';
import type { AdrDirectory } from '../model';
import { planFailure, type AdrPlanFailure } from './planResult';
import type { AdrWorkspace } from './workspace';

export interface ChosenDirectory {
  readonly ok: true;
  readonly directory: AdrDirectory;
  /** The other ADR folders, when there were several and none was asked for: front ends say which was used. */
  readonly alternatives: readonly AdrDirectory[];
}

/**
 * The ADR folder a command works in: the one asked for, else the only one, else the
 * first folder listed in the settings, else the first conventional one (`doc/adr`,
 * `docs/adr`...), else the first by path.
 */
export function chooseAdrDirectory(workspace: Pick<AdrWorkspace, 'discovery' | 'config'>, requested?: string): ChosenDirectory | AdrPlanFailure {
  const all = workspace.discovery.directories;
  if (requested !== undefined) {
    const wanted = normalizeRelative(requested.trim());
    const found = workspace.discovery.directoryAt(wanted);
    if (found) return { ok: true, directory: found, alternatives: [] };
    const known = all.length ? ` The ADR folders here are: ${all.map((d) => d.path || '.').join(', ')}.` : '';
    return planFailure(`"${wanted || '.'}" is not an ADR folder.${known} To start one there, initialize it first.`);
  }
  if (all.length === 0) return planFailure('No ADR folder was found here. Initialize one first (it creates docs/adr with a first record).');
  if (all.length === 1) return { ok: true, directory: all[0]!, alternatives: [] };
  const rank = (d: AdrDirectory): number => {
    const configured = workspace.config.adrDirectories.indexOf(d.path);
    if (configured >= 0) return configured;
    const conventional = CONVENTIONAL_ADR_FOLDERS.indexOf(d.path);
    return conventional >= 0 ? 1000 + conventional : 2000;
  };
  const sorted = [...all].sort((a, b) => rank(a) - rank(b) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { ok: true, directory: sorted[0]!, alternatives: sorted.slice(1) };
}

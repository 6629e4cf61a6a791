import * as vscode from 'vscode';
import type { HostSettings } from '../../core/config/config';
import type { SeveritySetting } from '../../core/model/findings';

/** Every `techlead.*` setting, typed. The manifest declares the same keys. */
export interface ToolkitSettings {
  readonly adrDirectories: readonly string[];
  readonly adrDefaultStatus: string | undefined;
  readonly adrTemplate: string | undefined;
  readonly staleProposalDays: number | undefined;
  readonly riskFiles: readonly string[];
  readonly guidelineDirectories: readonly string[];
  readonly guidelineSources: readonly string[] | undefined;
  readonly reviewBase: string | undefined;
  readonly reviewHintsEnabled: boolean;
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  readonly maxFileSize: number | undefined;
}

export const SETTINGS_SECTION = 'techlead';

/** Reads the settings that apply to one workspace folder (resource scope). */
export function readSettings(scope?: vscode.ConfigurationScope): ToolkitSettings {
  const c = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  const explicit = <T>(key: string): T | undefined => {
    const i = c.inspect<T>(key);
    return i?.workspaceFolderValue ?? i?.workspaceValue ?? i?.globalValue;
  };
  return {
    adrDirectories: c.get<string[]>('adr.directories', []),
    adrDefaultStatus: explicit<string>('adr.defaultStatus'),
    adrTemplate: explicit<string>('adr.template') || undefined,
    staleProposalDays: explicit<number>('adr.staleProposalDays'),
    riskFiles: c.get<string[]>('risks.files', []),
    guidelineDirectories: c.get<string[]>('guidelines.directories', []),
    guidelineSources: explicit<string[]>('guidelines.sources'),
    reviewBase: explicit<string>('review.base') || undefined,
    reviewHintsEnabled: c.get<boolean>('review.hints.enabled', true),
    rules: c.get<Record<string, SeveritySetting>>('rules', {}),
    maxFileSize: explicit<number>('maxFileSize'),
  };
}

/**
 * Only values the user set explicitly override `.techlead.yaml`; the manifest's
 * defaults must not mask a team's repo configuration.
 */
export function toHostSettings(s: ToolkitSettings): HostSettings {
  return {
    adrDirectories: s.adrDirectories,
    adrDefaultStatus: s.adrDefaultStatus,
    adrTemplate: s.adrTemplate,
    staleProposalDays: s.staleProposalDays,
    riskFiles: s.riskFiles,
    guidelineDirectories: s.guidelineDirectories,
    guidelineSources: s.guidelineSources,
    reviewBase: s.reviewBase,
    rules: s.rules,
    maxFileSize: s.maxFileSize,
  };
}

/**
 * Fires when any `techlead.*` setting changes, with a test of which folders it affects.
 * Not every such setting reaches the index (review hints, for one): WorkspaceIndexes
 * compares a folder's {@link toHostSettings} with those of its last build before rebuilding.
 */
export function onDidChangeToolkitSettings(listener: (affects: (folder: vscode.WorkspaceFolder) => boolean) => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(SETTINGS_SECTION)) listener((folder) => e.affectsConfiguration(SETTINGS_SECTION, folder));
  });
}

import * as vscode from 'vscode';
import { ADR_CATALOG } from '../../../core/adr/catalog';
import type { AdrDirectory } from '../../../core/adr/model';
import { chooseAdrDirectory } from '../../../core/adr/write';
import type { AdrFolder } from './adrTargets';
import { plural } from '../../../core/text/plural';

/**
 * An ADR folder of a workspace folder: asked only when there are several, the usual one
 * (or `preferred`, the folder of the record a command was invoked on) first and marked.
 */
export async function pickAdrDirectory(folder: AdrFolder, preferred: string | undefined, title: string, placeHolder: string): Promise<AdrDirectory | undefined> {
  const chosen = chooseAdrDirectory(folder.workspace, preferred);
  if (!chosen.ok) {
    void vscode.window.showErrorMessage(`${title}: ${chosen.error}`);
    return undefined;
  }
  const others = folder.workspace.discovery.directories.filter((d) => d !== chosen.directory);
  if (others.length === 0) return chosen.directory;
  const ordered = [chosen.directory, ...(preferred === undefined ? chosen.alternatives : others)];
  const catalog = folder.entry.index.catalog(ADR_CATALOG);
  const items = ordered.map((d, i) => {
    const count = catalog.inFolder(d.path).length;
    const description = [i === 0 ? 'default' : undefined, `${plural(count, 'record')}`, d.packageName].filter(Boolean).join(' · ');
    return { label: d.path || '.', description, directory: d };
  });
  return (await vscode.window.showQuickPick(items, { title, placeHolder }))?.directory;
}

import * as vscode from 'vscode';
import { isProseLanguage, languageIdOfPath } from '../../core/text/commentSpans';
import type { ChangedFileAt } from './readChange';

/** Changed files larger than this are generated or data: not read for record mentions. */
const MAX_SCANNED_BYTES = 1024 * 1024;

/** A changed code file's text that may mention a record, with its language. */
export interface CodeText {
  readonly text: string;
  readonly languageId: string;
}

/**
 * The texts of a change's code files that may mention a record, by URI: their comments'
 * mentions tie them to the decisions they cite (scanned per folder, where paths resolve).
 * An open document is read as the editor holds it (unsaved edits count); other files from
 * disk. Deleted and prose files are left out.
 */
export async function changedCodeTexts(files: readonly ChangedFileAt[]): Promise<ReadonlyMap<string, CodeText>> {
  const found = new Map<string, CodeText>();
  await Promise.all(
    files.map(async (f) => {
      if (f.change.status === 'deleted') return;
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === f.uri.toString());
      const languageId = open?.languageId ?? languageIdOfPath(f.uri.path);
      if (!languageId || isProseLanguage(languageId)) return;
      const text = open ? open.getText() : await readSmall(f.uri);
      if (text !== undefined && /adr/i.test(text)) found.set(f.uri.toString(), { text, languageId });
    }),
  );
  return found;
}

async function readSmall(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > MAX_SCANNED_BYTES) return undefined;
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    // Gone since Git listed it: it mentions nothing now.
    return undefined;
  }
}

import * as vscode from 'vscode';
import type { DecisionRecord } from '../../core/adr/model';
import { folderOf } from '../../core/adr/naming';
import { packageRootOf } from '../../core/adr/references';
import { recordTooltip } from '../views/decisions/decisionPresentation';
import { statusAsWritten } from '../../core/adr/recordPresentation';
import { markdownToPlainText } from '../../core/text/markdown';
import type { WorkspaceIndexes } from '../workspace/workspaceIndexes';

/**
 * `ADR-` or `ADR_` then digits or words of a title; `ADR ` then digits, or `ADR7`: digits only, since
 * after "the ADR " a word is prose, and a list that stayed open would take the Enter key.
 */
const MENTION_BEFORE_CARET = /(?<![\p{L}\p{N}_])adr(?:[-_]([\p{L}\p{N}]*)| (\d*)|(\d+))$/iu;

export const COMPLETION_TRIGGERS = ['-', ' ', '_'];

/**
 * In Markdown, after `ADR-` or `ADR `: the records of the document's workspace folder
 * (number, title, status), those of the document's own folder and package first. Typing
 * digits or words of the title narrows the list; the number is inserted as the file
 * names write it (`0007`).
 */
export class AdrCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly indexes: WorkspaceIndexes) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    const before = document.lineAt(position.line).text.slice(0, position.character);
    const typed = MENTION_BEFORE_CARET.exec(before);
    if (!typed) return undefined;
    const hit = this.indexes.entryFor(document.uri);
    if (!hit) return undefined;
    const byTitleToo = typed[1] !== undefined;
    const range = new vscode.Range(position.translate(0, -(typed[1] ?? typed[2] ?? typed[3]!).length), position);
    const from = folderOf(hit.path);
    return hit.entry.index.documents('decision').flatMap((record) => (record.number ? [completionFor(record, record.number.value, nearness(record, from), range, byTitleToo)] : []));
  }

  /** The record's details (its tooltip, with the start of its Context) for the item the user is on, not for every item listed. */
  resolveCompletionItem(item: vscode.CompletionItem): vscode.CompletionItem {
    if (item instanceof RecordCompletion && item.documentation === undefined) item.documentation = recordTooltip(item.record, undefined, []);
    return item;
  }
}

/** A completion for one record, which keeps the record for resolveCompletionItem. */
class RecordCompletion extends vscode.CompletionItem {
  constructor(readonly record: DecisionRecord, label: vscode.CompletionItemLabel) {
    super(label, vscode.CompletionItemKind.Reference);
  }
}

function completionFor(record: DecisionRecord, number: number, rank: number, range: vscode.Range, byTitleToo: boolean): vscode.CompletionItem {
  const digits = record.fileNameInfo?.digits ?? String(number);
  const title = record.title ? markdownToPlainText(record.title.value) : record.fileName;
  const item = new RecordCompletion(record, { label: digits, detail: ` ${title}`, description: `${statusAsWritten(record)} · ${record.folder || '.'}` });
  item.insertText = digits;
  item.range = range;
  item.filterText = byTitleToo ? `${digits} ${title}` : digits;
  item.sortText = `${rank}\u0000${record.folder}\u0000${String(number).padStart(8, '0')}`;
  return item;
}

/** 0: a record of the document's own folder; 1: of the package holding the document; 2: any other. */
function nearness(record: DecisionRecord, documentFolder: string): number {
  if (record.folder === documentFolder) return 0;
  const root = packageRootOf(record.folder);
  return root === '' || documentFolder === root || documentFolder.startsWith(`${root}/`) ? 1 : 2;
}

import * as vscode from 'vscode';
import { explainRecord, type FieldExplanation } from '../../../core/adr/explain';
import type { DecisionRecord } from '../../../core/adr/model';
import type { WorkspaceIndexes } from '../../workspace/workspaceIndexes';
import { recordFor, recordFromArgument } from './adrTargets';

const WHAT = 'Explain Fields';
const FIELDS: readonly FieldExplanation['field'][] = ['number', 'title', 'status', 'date'];
const FIELD_LABELS: Readonly<Record<FieldExplanation['field'], string>> = { number: 'Number', title: 'Title', status: 'Status', date: 'Date' };

interface FieldItem extends vscode.QuickPickItem {
  readonly explanation?: FieldExplanation;
}

/** What the command showed: the record, and the field chosen with the span selected for it (integration tests read this). */
export interface ExplainFieldsResult {
  readonly record: string;
  readonly field?: FieldExplanation['field'];
  readonly selection?: vscode.Range;
}

/**
 * "ADR: Explain Fields": when a record's title, status or date is not what someone
 * expects, a quick pick lists each field with the value the toolkit read and the line it
 * read it from; choosing one opens the record with that text selected. Works on the
 * record it was invoked on, else the one in the active editor, else the user's pick.
 */
export async function explainFields(indexes: WorkspaceIndexes, arg?: unknown): Promise<ExplainFieldsResult | undefined> {
  await indexes.whenIdle();
  const target = recordFromArgument(indexes, arg ?? vscode.window.activeTextEditor?.document.uri, WHAT) ?? (await recordFor(indexes, arg, WHAT, 'Which decision?'));
  if (!target) return undefined;
  const { record } = target;
  const pick = await vscode.window.showQuickPick(fieldItems(record), {
    title: `${WHAT}: ${record.id} ${record.title?.value ?? record.fileName}`,
    placeHolder: 'Where each field was read; choose one to see it in the file',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!pick) return { record: record.path };
  const uri = target.entry.fs.uri(record.path);
  const range = pick.explanation?.range;
  const selection = range && new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  const editor = await vscode.window.showTextDocument(uri, selection ? { selection, preview: false } : { preview: false });
  if (selection) editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return { record: record.path, ...(pick.explanation ? { field: pick.explanation.field } : {}), ...(selection ? { selection } : {}) };
}

/** One item per field, in a fixed order: what was read and where, or that nothing was. */
function fieldItems(record: DecisionRecord): FieldItem[] {
  const explained = explainRecord(record);
  return FIELDS.flatMap((field): FieldItem[] => {
    const found = explained.filter((e) => e.field === field);
    if (found.length === 0) return [{ label: FIELD_LABELS[field], description: 'not found', detail: `Nothing in the file reads as the ${field}.` }];
    return found.map((e) => ({ label: FIELD_LABELS[field], description: e.value ?? 'not filled in', detail: whereRead(record, e), explanation: e }));
  });
}

/** "Line 5, field line: **Status:** Accepted", or "From the file name 0007-use-x.md". */
function whereRead(record: DecisionRecord, e: FieldExplanation): string {
  if (e.line === undefined) return `From the file name ${record.fileNameInfo?.baseName ?? record.fileName}.`;
  const written = e.written !== undefined && e.written !== e.value ? `: ${oneLine(e.written)}` : '';
  return `Line ${e.line}, ${e.source}${written}`;
}

function oneLine(text: string): string {
  const line = text.split(/\r?\n/)[0]!.trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

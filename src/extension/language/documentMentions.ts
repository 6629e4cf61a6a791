import * as vscode from 'vscode';
import type { DecisionRecord } from '../../core/adr/model';
import { resolveAdrReference } from '../../core/adr/references';
import type { FolderEntry, WorkspaceIndexes } from '../workspace/workspaceIndexes';
import { scanRecordMentions, type RecordMention } from '../../core/adr/mentionScan';

/** Longer documents (bundles, data dumps) are not scanned: a mention there is rarely meant for a reader. */
const MAX_SCANNED_LENGTH = 2_000_000;

export interface ScannedDocument {
  /** The workspace folder holding the document: mentions resolve against its records only. */
  readonly entry: FolderEntry;
  /** The document's path in that folder. */
  readonly path: string;
  readonly mentions: readonly RecordMention[];
}

/**
 * The record mentions of open documents, scanned once per document version and shared by
 * the hover and link providers; forgotten when the document closes.
 */
export class DocumentMentions implements vscode.Disposable {
  private readonly cache = new Map<string, { readonly version: number; readonly scanned: ScannedDocument }>();
  private readonly closed: vscode.Disposable;

  constructor(private readonly indexes: WorkspaceIndexes) {
    this.closed = vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString()));
  }

  /** The document's mentions; undefined outside the workspace folders or for a document too long to scan. */
  of(document: vscode.TextDocument): ScannedDocument | undefined {
    const hit = this.indexes.entryFor(document.uri);
    if (!hit) return undefined;
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached?.version === document.version && cached.scanned.entry === hit.entry) return cached.scanned;
    const text = document.getText();
    if (text.length > MAX_SCANNED_LENGTH) return undefined;
    const scanned = { entry: hit.entry, path: hit.path, mentions: scanRecordMentions(text, document.languageId, hit.path) };
    this.cache.set(key, { version: document.version, scanned });
    return scanned;
  }

  dispose(): void {
    this.closed.dispose();
    this.cache.clear();
  }
}

export interface ResolvedMention {
  /** The record meant, when it can be told. */
  readonly record: DecisionRecord | undefined;
  /** Every record it could mean, nearest first: several when the number is ambiguous. */
  readonly candidates: readonly DecisionRecord[];
}

/**
 * Which record a mention means, as the index knows it now: a link by its path; a number
 * the way the core resolves it (the record in the document's own folder or package first).
 */
export function resolveMention(scanned: ScannedDocument, mention: RecordMention): ResolvedMention {
  if (mention.kind === 'number') return resolveAdrReference(scanned.entry.index, mention.number, scanned.path);
  const target = scanned.entry.index.get(mention.path);
  return target?.kind === 'decision' ? { record: target, candidates: [target] } : { record: undefined, candidates: [] };
}

export function rangeOf(document: vscode.TextDocument, mention: RecordMention): vscode.Range {
  return new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end));
}

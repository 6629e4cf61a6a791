import * as vscode from 'vscode';
import { inWorkspaceSchemes } from './documentSelectors';
import type { WorkspaceIndexes } from '../workspace/workspaceIndexes';
import { AdrCompletionProvider, COMPLETION_TRIGGERS } from './adrCompletionProvider';
import { AdrDocumentLinkProvider } from './adrDocumentLinkProvider';
import { AdrHoverProvider } from './adrHoverProvider';
import { DocumentMentions } from './documentMentions';

/**
 * Record references anywhere in the workspace: hovers and links on `ADR-0007` in Markdown
 * and in code comments of any language, completion of record numbers in Markdown. Each
 * mention resolves against the records of its own workspace folder.
 */
export function registerAdrLanguageFeatures(indexes: WorkspaceIndexes): vscode.Disposable[] {
  const mentions = new DocumentMentions(indexes);
  // Every language: which part of a file counts (prose, comments) is decided per language when scanning.
  const anyDocument = inWorkspaceSchemes({});
  return [
    mentions,
    vscode.languages.registerHoverProvider(anyDocument, new AdrHoverProvider(mentions)),
    vscode.languages.registerDocumentLinkProvider(anyDocument, new AdrDocumentLinkProvider(mentions)),
    vscode.languages.registerCompletionItemProvider(inWorkspaceSchemes({ language: 'markdown' }), new AdrCompletionProvider(indexes), ...COMPLETION_TRIGGERS),
  ];
}

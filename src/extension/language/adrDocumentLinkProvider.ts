import * as vscode from 'vscode';
import { recordLabel } from '../../core/adr/recordPresentation';
import { rangeOf, resolveMention, type DocumentMentions } from './documentMentions';

/**
 * Makes `ADR-0007` (and, outside Markdown, a relative link to a record) open the record.
 * Only mentions that name one record certainly become links: an ambiguous number gets a
 * hover listing the candidates instead of a link to a guess. In Markdown, relative links
 * are left to VS Code's own Markdown link provider.
 */
export class AdrDocumentLinkProvider implements vscode.DocumentLinkProvider {
  constructor(private readonly mentions: DocumentMentions) {}

  provideDocumentLinks(document: vscode.TextDocument): vscode.DocumentLink[] {
    const scanned = this.mentions.of(document);
    if (!scanned) return [];
    const isMarkdown = document.languageId === 'markdown';
    const links: vscode.DocumentLink[] = [];
    for (const mention of scanned.mentions) {
      if (mention.kind === 'number' ? mention.inLink : isMarkdown) continue;
      const { record } = resolveMention(scanned, mention);
      if (!record) continue;
      const link = new vscode.DocumentLink(rangeOf(document, mention), scanned.entry.fs.uri(record.path));
      link.tooltip = `Open ${recordLabel(record)} (${record.path})`;
      links.push(link);
    }
    return links;
  }
}

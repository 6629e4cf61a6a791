import * as vscode from 'vscode';
import { recordLabel } from '../../core/adr/recordPresentation';
import { recordTooltip } from '../views/decisions/decisionPresentation';
import { rangeOf, resolveMention, type DocumentMentions } from './documentMentions';
import { mentionsAt } from '../../core/adr/mentionScan';
import { escapeMarkdown } from '../../core/text/markdown';

/**
 * The record behind `ADR-0007`, `ADR 7` or a relative link to it: title, status, date,
 * deciders and the first lines of its context, as in the Decisions view's tooltip. An
 * ambiguous number lists every record it could mean; an unknown one says so.
 */
export class AdrHoverProvider implements vscode.HoverProvider {
  constructor(private readonly mentions: DocumentMentions) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const scanned = this.mentions.of(document);
    if (!scanned) return undefined;
    for (const mention of mentionsAt(scanned.mentions, document.offsetAt(position))) {
      const { record, candidates } = resolveMention(scanned, mention);
      const range = rangeOf(document, mention);
      if (record) return new vscode.Hover(recordTooltip(record, undefined, []), range);
      if (mention.kind !== 'number') continue;
      if (candidates.length === 0) return new vscode.Hover(new vscode.MarkdownString(`No decision record numbered ${mention.number} in ${escapeMarkdown(scanned.entry.folder.name)}.`), range);
      const md = new vscode.MarkdownString(`**ADR ${mention.number}** could mean ${candidates.length} records:\n\n`);
      for (const c of candidates) md.appendMarkdown(`- [${escapeMarkdown(recordLabel(c))}](${scanned.entry.fs.uri(c.path).toString()}) (${escapeMarkdown(c.path)})\n`);
      return new vscode.Hover(md, range);
    }
    return undefined;
  }
}

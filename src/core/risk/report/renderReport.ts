import { renderCsv } from './csvReport';
import { renderHtml } from './htmlReport';
import type { RiskRow } from './listRisks';
import { renderMarkdown } from './markdownReport';
import { summarize, type ReportOptions } from './summary';

export type ReportFormat = 'md' | 'csv' | 'html';

/**
 * Renders risks (from {@link listRisks}) as a Markdown summary, a CSV table (RFC 4180) or a
 * standalone HTML page with heat maps. Heat maps and band counts cover risks that are not closed.
 */
export function renderRiskReport(risks: readonly RiskRow[], format: ReportFormat, today: string, options: ReportOptions = {}): string {
  switch (format) {
    case 'csv':
      return renderCsv(risks);
    case 'md':
      return renderMarkdown(risks, summarize(risks, today, options));
    case 'html':
      return renderHtml(risks, summarize(risks, today, options));
  }
}

import type { TextEdit } from '../../model/text';
import type { DecisionRecord } from '../model';
import { isReStructuredText } from '../../text/rstStructure';
import { hasRstFieldList } from './rstEdits';
import { insertLines, insertParagraph as paragraph } from './textInsert';

/**
 * Plans adding a status to a record that has none, in its own format: a front-matter
 * key (MADR 3/4), a bullet (MADR 2, log4brains), a table row, or a `## Status` section
 * (Nygard). `status` is written as given ("Proposed").
 */
export function planAddStatus(record: DecisionRecord, status: string): TextEdit[] {
  const layout = record.metadata;
  if (isReStructuredText(record.path) && layout.style !== 'status-section') {
    // A field of the list under the title, or a list of its own there.
    if (hasRstFieldList(record)) return [insertLines(record, layout.block!.start, [`:Status: ${status}`])];
    return [paragraph(record, layout.insertAt, [`:Status: ${status}`])];
  }
  switch (layout.style) {
    case 'front-matter':
      return [insertLines(record, layout.insertAt, [`status: ${status.toLowerCase()}`])];
    case 'bullets':
      return [insertLines(record, layout.block?.start ?? layout.insertAt, [`${layout.bulletMarker ?? '*'} Status: ${status.toLowerCase()}`])];
    case 'table':
      return [insertLines(record, layout.insertAt, [`| Status | ${status} |`])];
    case 'status-section':
      return [paragraph(record, layout.insertAt, [status])];
    case 'lines':
    case 'none': {
      // Nygard records keep the status in a section of its own, before the others.
      if (record.template === 'nygard' || record.format === 'nygard') {
        const firstSection = record.sections[0];
        const at = firstSection ? firstSection.heading.start : record.text.length;
        return [paragraph(record, at, ['## Status', '', status])];
      }
      if (layout.style === 'lines') return [insertLines(record, layout.block?.start ?? layout.insertAt, [`Status: ${status}`])];
      return [paragraph(record, layout.insertAt, [`Status: ${status}`])];
    }
  }
}

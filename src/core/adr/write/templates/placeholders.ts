import type { NewRecordValues } from './renderBuiltIn';
import { statusWord } from './renderBuiltIn';

/**
 * Fills a repository's own template. Two placeholder conventions are understood:
 * adr-tools' upper-case words (`# NUMBER. TITLE`, `Date: DATE`, `STATUS`) and
 * `{{number}}`, `{{title}}`, `{{date}}`, `{{status}}`. adr-tools writes the status
 * capitalised (`Accepted`), so `STATUS` gets that case; `{{status}}` gets the status as
 * configured. In folders without numbers, the number placeholder goes together with the
 * punctuation after it (`# NUMBER. TITLE` becomes `# Title`).
 */
export function fillPlaceholders(template: string, values: NewRecordValues): string {
  const number = values.number === undefined ? undefined : String(values.number);
  const replacements: Readonly<Record<string, string>> = {
    title: values.title,
    date: values.date,
  };
  return template
    .replace(/\{\{\s*number\s*\}\}([.:)]?[ \t]*(?:[-–—][ \t]*)?)/gi, (_, after: string) => (number === undefined ? '' : number + after))
    .replace(/\bNUMBER\b([.:)]?[ \t]*(?:[-–—][ \t]*)?)/g, (_, after: string) => (number === undefined ? '' : number + after))
    .replace(/\{\{\s*(title|date)\s*\}\}/gi, (_, key: string) => replacements[key.toLowerCase()]!)
    .replace(/\{\{\s*status\s*\}\}/gi, () => statusWord(values.status, false))
    .replace(/\bTITLE\b/g, () => values.title)
    .replace(/\bDATE\b/g, () => values.date)
    .replace(/\bSTATUS\b/g, () => statusWord(values.status, true));
}

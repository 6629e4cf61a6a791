import { ADR_CATALOG } from '../core/adr/catalog';
import { lintCodeFile } from '../core/governance/codeRules';
import { CODE_RULES } from '../core/governance/rules';
import { isRetired } from '../core/governance/successor';
import type { FolderFileSystem } from '../core/host';
import type { FolderIndex } from '../core/index/folderIndex';
import type { Finding } from '../core/model/findings';
import { isProseLanguage, languageIdOfPath } from '../core/text/commentSpans';
import type { SelectedFile } from './lintSelection';

/** Code files larger than this are generated or data: not read for mentions. */
const MAX_CODE_FILE_BYTES = 1024 * 1024;
/** Files read at once: enough to hide the disk's latency, few enough to keep memory flat. */
const READ_BATCH = 32;

/**
 * The code rules' findings (`adr/superseded-mention`) for the repository's code files, or
 * for the selected ones. Skipped at once when no record is superseded, deprecated or
 * rejected: then no mention can be outdated, and nothing is read.
 */
export async function lintCodeFiles(index: FolderIndex, fs: FolderFileSystem, selected: readonly SelectedFile[] | undefined): Promise<Finding[]> {
  if (!index.catalog(ADR_CATALOG).records.some(isRetired)) return [];
  // The folder's files were listed while it was indexed (buildIndex's listFiles).
  const candidates = selected ? selected.filter((f) => !f.deleted).map((f) => f.path) : (index.repoFiles() ?? []);
  const code = candidates.flatMap((path) => {
    const languageId = languageIdOfPath(path);
    // Indexed documents (records, registers, guidelines) have rules of their own.
    return languageId && !isProseLanguage(languageId) && !index.get(path) ? [{ path, languageId }] : [];
  });
  const readers = new Map(selected?.map((f) => [f.path, f.read]));
  const request = index.lintRequest();
  const findings: Finding[] = [];
  for (let i = 0; i < code.length; i += READ_BATCH) {
    const texts = await Promise.all(code.slice(i, i + READ_BATCH).map(({ path }) => readCode(fs, path, readers.get(path))));
    code.slice(i, i + READ_BATCH).forEach(({ path, languageId }, j) => {
      const text = texts[j];
      if (text !== undefined) findings.push(...lintCodeFile({ path, text, languageId }, CODE_RULES, request));
    });
  }
  return findings;
}

/** The file's text (staged when a reader is given), or undefined when it is too large or cannot be read. */
async function readCode(fs: FolderFileSystem, path: string, readStaged: SelectedFile['read']): Promise<string | undefined> {
  try {
    const staged = readStaged ? await readStaged() : undefined;
    if (staged !== undefined) return staged.length <= MAX_CODE_FILE_BYTES ? staged : undefined;
    const read = await fs.readTextWithin(path, MAX_CODE_FILE_BYTES);
    return typeof read === 'string' ? read : undefined;
  } catch {
    // A file deleted or unreadable since it was listed mentions nothing now.
    return undefined;
  }
}

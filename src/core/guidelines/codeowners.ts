import { FileNotFoundError, type FolderFileSystem } from '../host';
import type { Finding } from '../model/findings';
import { DOCUMENT_START } from '../model/text';
import { compileGlob, type CompiledGlob } from '../glob/glob';
import { LineIndex } from '../text/lineIndex';

/**
 * GitHub's CODEOWNERS file, read for "also ask" hints in a review: who owns the files a
 * change touches. Patterns follow gitignore rules as GitHub documents them (no `!`
 * negation, no `[ ]` ranges); for a path, the last matching line wins, and a line with
 * no owners leaves the path unowned.
 */

/** Where GitHub looks, in its order: the first one found is used. */
export const CODEOWNERS_LOCATIONS: readonly string[] = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];

/** Invalid CODEOWNERS lines are reported under the same id as invalid guideline globs. */
const INVALID_PATTERN_RULE = 'guideline/invalid-glob';

export interface CodeownersEntry {
  readonly pattern: string;
  readonly owners: readonly string[];
  /** 0-based line in the file. */
  readonly line: number;
  readonly glob: CompiledGlob;
}

export interface Codeowners {
  readonly path: string;
  readonly entries: readonly CodeownersEntry[];
  /** Lines GitHub would skip (bad patterns, malformed owners), as findings. */
  readonly problems: readonly Finding[];
}

const OWNER = /^(?:@[A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9][A-Za-z0-9._-]*)?|[^@\s]+@[^@\s]+\.[^@\s]+)$/;

export function parseCodeowners(path: string, rawText: string): Codeowners {
  const text = rawText;
  const lines = new LineIndex(text);
  const entries: CodeownersEntry[] = [];
  const problems: Finding[] = [];
  const report = (line: number, message: string) => problems.push({ rule: INVALID_PATTERN_RULE, severity: 'warning', message: `${path}:${line + 1}: ${message}`, file: path, range: lines.lineRange(line) });
  for (let line = 0; line < lines.lineCount; line++) {
    const tokens = tokenize(lines.lineText(line));
    if (tokens.length === 0) continue;
    const [pattern, ...owners] = tokens as [string, ...string[]];
    if (pattern.startsWith('!')) {
      report(line, `"${pattern}": CODEOWNERS does not support "!" negation; GitHub skips this line.`);
      continue;
    }
    if (/(?<!\\)\[/.test(pattern)) {
      report(line, `"${pattern}": CODEOWNERS does not support "[ ]" character ranges; GitHub skips this line.`);
      continue;
    }
    const badOwner = owners.find((o) => !OWNER.test(o));
    if (badOwner) {
      report(line, `"${badOwner}" is not a @user, @org/team or email address; GitHub skips this line.`);
      continue;
    }
    const compiled = compileGlob(pattern);
    if (compiled.problem) {
      report(line, `"${pattern}": ${compiled.problem.message}`);
      continue;
    }
    entries.push({ pattern, owners, line, glob: compiled.glob });
  }
  return { path, entries, problems };
}

/** The owners of a path: those of the last matching line (none when that line lists none). */
export function ownersFor(codeowners: Codeowners, path: string): readonly string[] {
  for (let i = codeowners.entries.length - 1; i >= 0; i--) {
    const entry = codeowners.entries[i]!;
    if (entry.glob.regex.test(path)) return entry.owners;
  }
  return [];
}

/** For a set of changed paths, each owner and the paths they own, owners in order of first appearance. */
export function ownersOfChange(codeowners: Codeowners, paths: readonly string[]): { owner: string; files: string[] }[] {
  const byOwner = new Map<string, string[]>();
  for (const p of paths) {
    for (const owner of ownersFor(codeowners, p)) {
      const files = byOwner.get(owner);
      if (files) files.push(p);
      else byOwner.set(owner, [p]);
    }
  }
  return [...byOwner].map(([owner, files]) => ({ owner, files }));
}

/** Reads the CODEOWNERS file GitHub would use, if the folder has one. */
export async function loadCodeowners(fs: FolderFileSystem): Promise<Codeowners | undefined> {
  for (const path of CODEOWNERS_LOCATIONS) {
    const stat = await fs.stat(path);
    if (stat?.type !== 'file') continue;
    try {
      return parseCodeowners(path, await fs.readText(path));
    } catch (err) {
      if (err instanceof FileNotFoundError) continue; // gone since the stat: GitHub would look further too
      const message = `${path} could not be read: ${err instanceof Error ? err.message : String(err)}`;
      return { path, entries: [], problems: [{ rule: 'index/unreadable', severity: 'error', message, file: path, range: DOCUMENT_START }] };
    }
  }
  return undefined;
}

/** Splits a line into whitespace-separated tokens; `\ ` and `\#` are escapes, `#` starts a comment. */
function tokenize(line: string): string[] {
  const tokens: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\' && i + 1 < line.length) {
      // Keep the escape for the glob compiler, except for a space, which only separates tokens.
      current += line[i + 1] === ' ' ? ' ' : c + line[i + 1];
      i++;
    } else if (c === '#' && current === '') {
      break;
    } else if (c === ' ' || c === '\t') {
      if (current) tokens.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  if (current) tokens.push(current);
  return tokens;
}

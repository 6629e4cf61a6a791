import type { Finding, Severity } from '../../core/model/findings';
import { repoPath } from './repoPaths';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/**
 * GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=…::message`), which
 * the runner shows as annotations on the pull request's changed lines.
 */
export function formatGithub(findings: readonly Finding[], pathPrefix: string): string {
  return findings.map((f) => {
    const { start, end } = f.range;
    const props = [
      `file=${escapeProperty(repoPath(pathPrefix, f.file))}`,
      `line=${start.line + 1}`,
      `col=${start.character + 1}`,
      `endLine=${end.line + 1}`,
      // GitHub rejects an end column on a region of several lines.
      ...(end.line === start.line ? [`endColumn=${Math.max(end.character, start.character + 1)}`] : []),
      `title=${escapeProperty(f.rule)}`,
    ];
    return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}\n`;
  }).join('');
}

/** The runner's escaping of a command's message: `%`, CR and LF. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value also escapes the separators `:` and `,`. */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

import { editOf, type Fix } from '../../model/findings';
import { compileGuideline } from '../../review/compiledGuideline';
import type { Rule } from '../../rules/rule';
import type { Guideline, LocatedString } from '../model';

export const invalidGlobRule: Rule<Guideline> = {
  id: 'guideline/invalid-glob',
  kind: 'guideline',
  description: 'Every applies-to pattern is a glob the matcher can use: relative to the repository root, "/"-separated, with balanced brackets and braces.',
  defaultSeverity: 'error',
  check(doc, context) {
    for (const { at, result } of compileGuideline(doc).globs) {
      if (!result.problem) continue;
      const { suggestion } = result.problem;
      context.report({
        message: `"${at.text}": ${result.problem.message}${suggestion ? ` Did you mean "${suggestion}"?` : ''} The pattern is ignored until it is fixed.`,
        range: at.range,
        ...(suggestion ? { fixes: [replacePattern(doc, at, suggestion)] } : {}),
      });
    }
  },
};

/** Replaces a pattern in place, keeping the way the value was written (plain, '...' or "..."). */
function replacePattern(doc: Guideline, at: LocatedString, pattern: string): Fix {
  const written = doc.text.slice(at.start, at.end);
  const quote = written[0] === '"' || written[0] === "'" ? written[0] : '';
  // Every format but ours writes its patterns as one comma-separated string.
  const inCommaList = doc.source !== 'techlead';
  let newText: string;
  if (quote === '"') newText = JSON.stringify(pattern);
  else if (quote === "'") newText = `'${pattern.replace(/'/g, "''")}'`;
  else newText = inCommaList || isPlainSafe(pattern) ? pattern : JSON.stringify(pattern);
  return { title: `Change the pattern to ${pattern}`, isPreferred: true, changes: [editOf(doc, [{ start: at.start, end: at.end, newText }])] };
}

/** Whether YAML reads the text back unchanged without quotes. */
function isPlainSafe(text: string): boolean {
  return /^[A-Za-z0-9_./*-][^#:,[\]{}]*$/.test(text) && !/\s$/.test(text);
}

import { existsSync, readFileSync } from 'node:fs';
import * as nodePath from 'node:path';

/** How far up from this module the package's `docs/rules` may be (dist/, or out/src/cli/output/ in tests). */
const MAX_LEVELS_UP = 5;

/**
 * Reads rule pages (`docs/rules/<id>.md`) from the package the CLI runs from, for SARIF's
 * `help.markdown`. A page that is missing gives undefined: the rule is still listed, with its link.
 */
export function ruleHelpReader(from: string = __dirname): (id: string) => string | undefined {
  const dir = findRulesDir(from);
  return (id) => {
    if (!dir || !/^[a-z]+\/[a-z0-9-]+$/.test(id)) return undefined;
    try {
      return readFileSync(nodePath.join(dir, `${id}.md`), 'utf8');
    } catch {
      return undefined;
    }
  };
}

function findRulesDir(from: string): string | undefined {
  let dir = from;
  for (let i = 0; i <= MAX_LEVELS_UP; i++) {
    const candidate = nodePath.join(dir, 'docs', 'rules');
    if (existsSync(candidate)) return candidate;
    dir = nodePath.dirname(dir);
  }
  return undefined;
}

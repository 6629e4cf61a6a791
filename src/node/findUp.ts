import * as nodePath from 'node:path';

/** The nearest folder at or above `start` (resolved) for which `holds` is true; undefined when none up to the file-system root is. */
export function findUp(start: string, holds: (dir: string) => boolean): string | undefined {
  for (let dir = nodePath.resolve(start); ; ) {
    if (holds(dir)) return dir;
    const parent = nodePath.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

import { lowerBound } from '../util/sortedSearch';

/**
 * Whether a path written in a risk's `related` list names a file or folder of the
 * repository, looked up in the folder's sorted file list (`WorkspaceView.repoFiles`).
 */

/** `https://…`, `mailto:…`: links, not repository paths. */
const URL_LIKE = /^[A-Za-z][A-Za-z0-9+.-]*:/;
/** Patterns, not paths: `src/**\/*.ts`, `docs/{a,b}.md`. */
const GLOB_CHARS = /[*?[\]{}]/;
/** `#anchor`, `?plain=1`, `:42` or `:42:7` after a path: where in the file, not which file. */
const LOCATION_SUFFIX = /(?:#.*|\?[\w-]+=.*|:\d+(?::\d+)?)$/;

/**
 * The repository-relative path a `related` entry names, without `./`, a trailing slash,
 * an anchor or a line number; undefined when the entry cannot be looked up in a file
 * list (a URL, an absolute path, a glob, a path that leaves the folder).
 */
export function repoPathOf(text: string): string | undefined {
  const t = text.trim();
  if (URL_LIKE.test(t) || t.startsWith('/') || t.startsWith('~')) return undefined;
  const path = t.replace(LOCATION_SUFFIX, '').replace(/^(?:\.\/)+/, '').replace(/\/+$/, '');
  if (path === '' || path === '.' || GLOB_CHARS.test(path) || path.split('/').includes('..')) return undefined;
  return path;
}

/** Whether `path` is a file in `sortedFiles`, or a folder holding one (binary search: the list can be long). */
export function existsInRepo(path: string, sortedFiles: readonly string[]): boolean {
  const at = lowerBound(sortedFiles, path, itself);
  if (sortedFiles[at] === path) return true;
  // A folder's files sort right after `path/`: the first of them, if any, is at or after `path`.
  const folder = `${path}/`;
  const inside = lowerBound(sortedFiles, folder, itself);
  return sortedFiles[inside]?.startsWith(folder) === true;
}

const itself = (file: string): string => file;

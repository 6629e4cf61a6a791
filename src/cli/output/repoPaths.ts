/**
 * A finding's file (relative to the linted folder) as a path from the repository root:
 * CI annotations and code scanning place findings by that path, and the folder linted
 * (`--root`) may be a subfolder of the repository.
 */
export function repoPath(pathPrefix: string, file: string): string {
  return `${pathPrefix}${file}`;
}

/** The same as a relative URI reference: each segment percent-encoded (spaces, `#`, `%`). */
export function repoUri(pathPrefix: string, file: string): string {
  return repoPath(pathPrefix, file).split('/').map(encodeURIComponent).join('/');
}

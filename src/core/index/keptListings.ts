import type { DirectoryEntry, FolderFileSystem } from '../host';

/**
 * The folder file system with each folder listed at most once: the kinds' discoveries all
 * walk the same tree (ADR folders, registers found by name, guideline folders), so one
 * build lists each folder once between them. Kept for one discovery only, so it never
 * answers with a listing older than the build; the CLI, which reads one state of the
 * folder per run, keeps them for the run (the index and the folder's file list).
 */
export function keptListings(fs: FolderFileSystem): FolderFileSystem {
  const listings = new Map<string, Promise<readonly DirectoryEntry[]>>();
  return {
    name: fs.name,
    readText: (path) => fs.readText(path),
    readTextWithin: (path, maxBytes) => fs.readTextWithin(path, maxBytes),
    stat: (path) => fs.stat(path),
    list: (path) => {
      let listing = listings.get(path);
      if (!listing) {
        listing = fs.list(path);
        listings.set(path, listing);
        // A failed listing is not kept: the next caller asks again.
        listing.catch(() => listings.delete(path));
      }
      return listing;
    },
  };
}

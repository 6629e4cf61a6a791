import type { DirectoryEntry, FolderFileSystem } from '../host';

/**
 * A folder whose listings are remembered for one discovery: each kind walks the folders
 * it needs, and the ADR and guideline walks both cover the tree, so a folder listed by
 * one is not listed again by the next. Only listings: files are read once anyway.
 */
export function sharedListings(fs: FolderFileSystem): FolderFileSystem {
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
        // A failed listing is not kept: the next walk asks again.
        listing.catch(() => listings.delete(path));
      }
      return listing;
    },
  };
}

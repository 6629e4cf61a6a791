import type { CompiledGlob } from '../glob/glob';
import { extendKeyHash, KEY_HASH_SEED, PathKeyIndex } from './pathKeyIndex';

const SLASH = 47;
const DOT = 46;

/**
 * Narrows, for a path, the glob patterns worth testing against it.
 *
 * Each pattern (by its index in the list given) is filed under a cheap necessary
 * condition: the literal directory it is anchored in (`src/api` for `src/api/**\/*.ts`),
 * a literal segment every matching path contains (`node_modules` for
 * `**\/node_modules/**`), or an extension one of its segments ends with (`ts` for
 * `**\/*.test.ts`). For a path, only the patterns filed under its prefixes, segments and
 * extensions (plus the few with no condition) are candidates, and patterns that are just
 * a folder (`src/api/**`) are known to match without running a regular expression.
 *
 * Built for 20,000 paths in a row: one pass over each path's characters, no string cut
 * out of it, and results left in reused typed arrays rather than returned.
 */
export class CandidatePatterns {
  private readonly byPrefix = new PathKeyIndex();
  private readonly bySegment = new PathKeyIndex();
  private readonly byExtension = new PathKeyIndex();
  private readonly unconditional: number[] = [];
  /** The candidates for the last path collected: `ids[0]` to `ids[count - 1]`. */
  readonly ids: Int32Array;
  count = 0;
  // Per pattern, the stamp of the last path it was a candidate for, and of the last path
  // it was known to match from its folder alone.
  private readonly listed: Int32Array;
  private readonly certain: Int32Array;
  private stamp = 0;

  constructor(
    private readonly patterns: readonly CompiledGlob[],
    private readonly caseInsensitive: boolean,
  ) {
    patterns.forEach((glob, id) => {
      if (glob.literalPrefix !== undefined) this.byPrefix.add(glob.literalPrefix, id);
      else if (glob.requiredSegment !== undefined) this.bySegment.add(glob.requiredSegment, id);
      else if (glob.requiredExtension !== undefined) this.byExtension.add(glob.requiredExtension, id);
      else this.unconditional.push(id);
    });
    this.ids = new Int32Array(patterns.length);
    this.listed = new Int32Array(patterns.length);
    this.certain = new Int32Array(patterns.length);
  }

  /** Lists the patterns that can match `path` (each once) in `ids`, replacing the last path's. */
  collect(path: string): void {
    const stamp = ++this.stamp;
    this.count = 0;
    this.add(this.unconditional, stamp);
    const key = this.caseInsensitive ? path.toLowerCase() : path;
    // One pass over the path, hashing as it goes: the prefix up to here, the current
    // segment and the text after the segment's last dot.
    let prefixHash = KEY_HASH_SEED;
    let segmentHash = KEY_HASH_SEED;
    let extensionHash = KEY_HASH_SEED;
    let start = 0;
    let lastDot = -1;
    for (let i = 0; i <= key.length; i++) {
      // The end of the path closes its last segment, as a `/` would.
      const code = i < key.length ? key.charCodeAt(i) : SLASH;
      if (code !== SLASH) {
        prefixHash = extendKeyHash(prefixHash, code);
        segmentHash = extendKeyHash(segmentHash, code);
        if (code === DOT) {
          lastDot = i;
          extensionHash = KEY_HASH_SEED;
        } else {
          extensionHash = extendKeyHash(extensionHash, code);
        }
        continue;
      }
      if (i > 0) this.addUnderPrefix(this.byPrefix.lookup(key, 0, i, prefixHash), stamp, i < key.length);
      if (i > start) {
        this.add(this.bySegment.lookup(key, start, i, segmentHash), stamp);
        if (lastDot >= start) this.add(this.byExtension.lookup(key, lastDot + 1, i, extensionHash), stamp);
      }
      prefixHash = extendKeyHash(prefixHash, SLASH);
      segmentHash = KEY_HASH_SEED;
      extensionHash = KEY_HASH_SEED;
      start = i + 1;
    }
  }

  /** Whether candidate `id` matches the last path collected: known from its folder, or by its regular expression. */
  matches(id: number, path: string): boolean {
    return this.certain[id] === this.stamp || this.patterns[id]!.regex.test(path);
  }

  private add(ids: readonly number[] | undefined, stamp: number): void {
    if (ids === undefined) return;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (this.listed[id] === stamp) continue;
      this.listed[id] = stamp;
      this.ids[this.count++] = id;
    }
  }

  /** Patterns filed under a prefix of the path; `under` when the prefix is a directory of it. */
  private addUnderPrefix(ids: readonly number[] | undefined, stamp: number, under: boolean): void {
    if (ids === undefined) return;
    this.add(ids, stamp);
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      const mode = this.patterns[id]!.prefixOnly;
      if (mode === 'self-or-under' || (mode === 'under-only' && under)) this.certain[id] = stamp;
    }
  }
}

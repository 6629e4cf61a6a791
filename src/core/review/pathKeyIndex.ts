interface FiledKey {
  readonly key: string;
  readonly ids: number[];
}

/** The hash of the empty string; {@link extendKeyHash} adds one character. */
export const KEY_HASH_SEED = 0;

/** The hash of a string one character longer. A caller scanning a path keeps a running hash per stretch. */
export function extendKeyHash(hash: number, code: number): number {
  // 30 bits: stays a small integer, which a Map looks up without allocating.
  return (Math.imul(hash, 31) + code) & 0x3fffffff;
}

/** 4,096 entries: a few hundred keys leave most of them 0. */
const HASH_BITS_MASK = 0xfff;

function keyHash(key: string): number {
  let hash = KEY_HASH_SEED;
  for (let i = 0; i < key.length; i++) hash = extendKeyHash(hash, key.charCodeAt(i));
  return hash;
}

/**
 * Pattern ids filed under literal keys (a directory prefix, a segment name, an
 * extension), looked up by a stretch of a path without cutting that stretch out.
 *
 * Cutting every prefix, segment and extension out of each of 20,000 changed paths costs
 * a string each (and hashing it), and almost none of them is a key. Instead the caller
 * hashes the stretches as it scans the path, character by character. A lookup first
 * checks a small table of the keys' hash bits, which turns away nearly every stretch
 * without a map lookup, and compares characters only when the hash is a key's.
 */
export class PathKeyIndex {
  private readonly byKey = new Map<string, FiledKey>();
  private readonly byHash = new Map<number, FiledKey[]>();
  /** `hashBits[h & HASH_BITS_MASK]` is 1 when some key's hash `h` has these low bits. */
  private readonly hashBits = new Uint8Array(HASH_BITS_MASK + 1);

  add(key: string, id: number): void {
    const filed = this.byKey.get(key);
    if (filed) {
      filed.ids.push(id);
      return;
    }
    const added = { key, ids: [id] };
    this.byKey.set(key, added);
    const hash = keyHash(key);
    const sameHash = this.byHash.get(hash);
    if (sameHash) sameHash.push(added);
    else this.byHash.set(hash, [added]);
    this.hashBits[hash & HASH_BITS_MASK] = 1;
  }

  /** The ids filed under `text.slice(start, end)`, whose hash the caller passes. */
  lookup(text: string, start: number, end: number, hash: number): readonly number[] | undefined {
    if (this.hashBits[hash & HASH_BITS_MASK] === 0) return undefined;
    const sameHash = this.byHash.get(hash);
    if (sameHash === undefined) return undefined;
    const length = end - start;
    for (const filed of sameHash) if (filed.key.length === length && text.startsWith(filed.key, start)) return filed.ids;
    return undefined;
  }
}

/** Past this many keys a mapping's keys go into a set; below it a walk is cheaper. */
const SMALL = 32;

/**
 * The keys of one mapping so far, to find a duplicate (which `yaml` reports as an error).
 * A risk has a dozen keys: comparing a new key with each is cheaper than hashing every key
 * into a set, which was a fifth of the scan; a large mapping still gets a set.
 */
export class KeysSeen {
  private readonly list: unknown[] = [];
  private set: Set<unknown> | undefined;

  /** Adds a key; false when the mapping already has it. */
  add(key: unknown): boolean {
    if (this.set) {
      if (this.set.has(key)) return false;
      this.set.add(key);
      return true;
    }
    const list = this.list;
    for (let i = 0; i < list.length; i++) if (list[i] === key) return false;
    list.push(key);
    if (list.length > SMALL) this.set = new Set(list);
    return true;
  }
}

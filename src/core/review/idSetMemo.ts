interface MemoNode<T> {
  value: T | undefined;
  readonly next: Map<number, MemoNode<T>>;
}

/**
 * Values remembered per set of small integer ids (say, the patterns that matched a
 * path). A trie of maps, walked id by id, so a lookup builds no key string; the ids must
 * come sorted and without duplicates, so one set has one place.
 */
export class IdSetMemo<T> {
  private readonly root: MemoNode<T> = { value: undefined, next: new Map() };

  /** The value remembered for the set of the first `count` of `sortedIds`. */
  get(sortedIds: ArrayLike<number>, count: number): T | undefined {
    let node: MemoNode<T> | undefined = this.root;
    for (let i = 0; i < count && node; i++) node = node.next.get(sortedIds[i]!);
    return node?.value;
  }

  set(sortedIds: ArrayLike<number>, count: number, value: T): void {
    let node = this.root;
    for (let i = 0; i < count; i++) {
      const id = sortedIds[i]!;
      let child = node.next.get(id);
      if (!child) node.next.set(id, (child = { value: undefined, next: new Map() }));
      node = child;
    }
    node.value = value;
  }
}

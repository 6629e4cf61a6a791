/**
 * The first position in `list` (sorted ascending by `keyOf`) whose key is not less than
 * `key`: where `key` is, or would go. Binary search, for lists of thousands.
 */
export function lowerBound<T>(list: readonly T[], key: string, keyOf: (item: T) => string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyOf(list[mid]!) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A set of UTF-16 code units / code points as sorted, disjoint, inclusive ranges. Only
 * used by the regex safety check to ask "can these two parts match the same character?".
 */
export class CharSet {
  private constructor(private readonly ranges: readonly number[]) {}

  static readonly EMPTY = new CharSet([]);
  static readonly ALL = new CharSet([0, 0x10ffff]);

  static of(...pairs: [number, number][]): CharSet {
    return CharSet.fromRanges(pairs.flat());
  }

  static char(code: number): CharSet {
    return new CharSet([code, code]);
  }

  /** Normalizes a flat `[lo, hi, lo, hi...]` list: sorted and merged. */
  private static fromRanges(flat: readonly number[]): CharSet {
    const pairs: [number, number][] = [];
    for (let i = 0; i + 1 < flat.length; i += 2) if (flat[i]! <= flat[i + 1]!) pairs.push([flat[i]!, flat[i + 1]!]);
    pairs.sort((a, b) => a[0] - b[0]);
    const out: number[] = [];
    for (const [lo, hi] of pairs) {
      const last = out.length - 1;
      if (last > 0 && lo <= out[last]! + 1) out[last] = Math.max(out[last]!, hi);
      else out.push(lo, hi);
    }
    return new CharSet(out);
  }

  /** The code of a one-character set, else undefined. */
  get singleCode(): number | undefined {
    return this.ranges.length === 2 && this.ranges[0] === this.ranges[1] ? this.ranges[0] : undefined;
  }

  get isEmpty(): boolean {
    return this.ranges.length === 0;
  }

  union(other: CharSet): CharSet {
    if (other.isEmpty) return this;
    if (this.isEmpty) return other;
    return CharSet.fromRanges([...this.ranges, ...other.ranges]);
  }

  complement(): CharSet {
    const out: number[] = [];
    let next = 0;
    for (let i = 0; i < this.ranges.length; i += 2) {
      if (this.ranges[i]! > next) out.push(next, this.ranges[i]! - 1);
      next = this.ranges[i + 1]! + 1;
    }
    if (next <= 0x10ffff) out.push(next, 0x10ffff);
    return new CharSet(out);
  }

  intersects(other: CharSet): boolean {
    let i = 0;
    let j = 0;
    while (i < this.ranges.length && j < other.ranges.length) {
      const [alo, ahi] = [this.ranges[i]!, this.ranges[i + 1]!];
      const [blo, bhi] = [other.ranges[j]!, other.ranges[j + 1]!];
      if (alo <= bhi && blo <= ahi) return true;
      if (ahi < bhi) i += 2;
      else j += 2;
    }
    return false;
  }

  /** Adds the other case of ASCII letters, for the `i` flag (other scripts are left as they are). */
  withAsciiCaseVariants(): CharSet {
    const extra: number[] = [];
    for (let i = 0; i < this.ranges.length; i += 2) {
      const lo = this.ranges[i]!;
      const hi = this.ranges[i + 1]!;
      const upLo = Math.max(lo, 0x41);
      const upHi = Math.min(hi, 0x5a);
      if (upLo <= upHi) extra.push(upLo + 32, upHi + 32);
      const lowLo = Math.max(lo, 0x61);
      const lowHi = Math.min(hi, 0x7a);
      if (lowLo <= lowHi) extra.push(lowLo - 32, lowHi - 32);
    }
    return extra.length ? CharSet.fromRanges([...this.ranges, ...extra]) : this;
  }
}

export const DIGITS = CharSet.of([0x30, 0x39]);
export const WORD = CharSet.of([0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]);
export const SPACE = CharSet.of([0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]);

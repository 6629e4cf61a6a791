/**
 * One string per name for the names every document repeats (risk field keys such as
 * `likelihood`, `owner`, `due`): 5,000 risks of a dozen fields each held 60,000 copies of
 * a few dozen words, about 2 MB. People write the names, so past a limit new ones are
 * not kept, and a kept name is an own copy: a string cut from a document's text can keep
 * that whole text alive after the index has let the document go.
 */
export class SharedNames {
  private readonly names = new Map<string, string>();

  constructor(private readonly limit: number) {}

  /** A string equal to `name`, the same one each time while the table has room. */
  get(name: string): string {
    const known = this.names.get(name);
    if (known !== undefined) return known;
    if (this.names.size >= this.limit) return name;
    const own = ownCopy(name);
    this.names.set(own, own);
    return own;
  }
}

/** A string equal to `s` that shares no memory with the text it was cut from. */
export function ownCopy(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

/**
 * What a function gives for texts documents repeat (headings, status words), worked out
 * once per text. Bounded like {@link SharedNames}, with own copies for keys; `compute`
 * gives `null` rather than `undefined` for "nothing", so that is remembered too.
 */
export class TextMemo<V> {
  private readonly known = new Map<string, V>();

  constructor(
    private readonly limit: number,
    private readonly compute: (text: string) => V,
  ) {}

  get(text: string): V {
    const known = this.known.get(text);
    if (known !== undefined) return known;
    const value = this.compute(text);
    if (this.known.size < this.limit) this.known.set(ownCopy(text), value);
    return value;
  }
}

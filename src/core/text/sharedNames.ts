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

/**
 * Interning for the values that repeat across thousands of records (categories, authors,
 * sources, folders): one string or one frozen array per distinct value keeps a 50,000-record
 * index compact.
 */
const EMPTY: readonly string[] = Object.freeze([]);

export class StringPool {
  private readonly strings = new Map<string, string>();
  private readonly lists = new Map<string, readonly string[]>();

  string(value: string): string;
  string(value: string | undefined): string | undefined;
  string(value: string | undefined): string | undefined {
    if (value === undefined) return undefined;
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    // Keep a copy that holds nothing else: the value may be a slice of a whole file's head.
    const own = (' ' + value).slice(1);
    this.strings.set(own, own);
    return own;
  }

  list(values: readonly string[]): readonly string[] {
    if (values.length === 0) return EMPTY;
    const key = values.join('\u0000');
    let known = this.lists.get(key);
    if (!known) {
      known = Object.freeze(values.map((v) => this.string(v)));
      this.lists.set(key, known);
    }
    return known;
  }
}

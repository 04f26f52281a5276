// A read-only set of strings held as one string, its offsets and a hash table of integers: what
// a process keeps for its whole run when a word list is large. A Map or Set of 100,000 words
// costs a string object (about 40 bytes) and a table entry each, 8 to 10 MB for WordNet's lemmas;
// this form costs their characters, 4 bytes of offset and 8 bytes of table each.
//
// Index i is the i-th string given (duplicates keep their place, and `indexOf` finds the first).

/** FNV-1a over UTF-16 code units of s[start, end). */
function hashOf(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class StringTable {
  /** The strings joined by '\n': string i is text[starts[i], starts[i + 1] - 1). */
  private readonly text: string;
  private readonly starts: Int32Array;
  /** Open addressing: slot -> 1 + index of a string, 0 when empty. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  private constructor(text: string, starts: Int32Array) {
    this.text = text;
    this.starts = starts;
    const count = starts.length - 1;
    let cap = 16;
    while (cap < count * 2) cap *= 2;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap);
    for (let i = 0; i < count; i++) {
      const start = starts[i]!;
      const end = starts[i + 1]! - 1;
      let slot = hashOf(text, start, end) & this.mask;
      let taken = false;
      for (let at = this.slots[slot]!; at !== 0; at = this.slots[slot]!) {
        if (this.equals(at - 1, text, start, end)) {
          taken = true;
          break;
        }
        slot = (slot + 1) & this.mask;
      }
      if (!taken) this.slots[slot] = i + 1;
    }
  }

  static of(strings: readonly string[]): StringTable {
    const starts = new Int32Array(strings.length + 1);
    for (let i = 0; i < strings.length; i++) starts[i + 1] = starts[i]! + strings[i]!.length + 1;
    return new StringTable(strings.join('\n'), starts);
  }

  /**
   * The table of the strings of `joined` ('\n' between them, none after the last; '' holds
   * none): read from a file as one string, the words never become strings of their own.
   */
  static fromJoined(joined: string): StringTable {
    if (joined === '') return new StringTable('', new Int32Array(1));
    let count = 1;
    for (let nl = joined.indexOf('\n'); nl >= 0; nl = joined.indexOf('\n', nl + 1)) count++;
    const starts = new Int32Array(count + 1);
    let i = 1;
    for (let nl = joined.indexOf('\n'); nl >= 0; nl = joined.indexOf('\n', nl + 1))
      starts[i++] = nl + 1;
    starts[count] = joined.length + 1;
    return new StringTable(joined, starts);
  }

  get size(): number {
    return this.starts.length - 1;
  }

  /** Index of the first `s` given, or -1. */
  indexOf(s: string): number {
    return this.find(s, 0, s.length);
  }

  has(s: string): boolean {
    return this.find(s, 0, s.length) >= 0;
  }

  /** Index of the first string equal to string i (i itself unless it repeats one), or -1. */
  firstOf(i: number): number {
    if (i < 0 || i >= this.size) return -1;
    return this.find(this.text, this.starts[i]!, this.starts[i + 1]! - 1);
  }

  /** String i (a new string each call). */
  at(i: number): string | undefined {
    if (i < 0 || i >= this.size) return undefined;
    return this.text.slice(this.starts[i]!, this.starts[i + 1]! - 1);
  }

  private find(s: string, start: number, end: number): number {
    let slot = hashOf(s, start, end) & this.mask;
    for (let at = this.slots[slot]!; at !== 0; at = this.slots[slot]!) {
      if (this.equals(at - 1, s, start, end)) return at - 1;
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }

  private equals(i: number, s: string, start: number, end: number): boolean {
    const from = this.starts[i]!;
    if (this.starts[i + 1]! - 1 - from !== end - start) return false;
    for (let k = 0; k < end - start; k++)
      if (this.text.charCodeAt(from + k) !== s.charCodeAt(start + k)) return false;
    return true;
  }
}

// A read-only set of strings held as one string, its offsets and a hash table of integers: what
// a process keeps for its whole run when a word list is large. A Map or Set of 100,000 words
// costs a string object (about 40 bytes) and a table entry each, 8 to 10 MB for WordNet's lemmas;
// this form costs their characters, 4 bytes of offset and 8 bytes of table each.
//
// Index i is the i-th string given (duplicates keep their place, and `indexOf` finds the first).

/** FNV-1a over UTF-16 code units: the same for a slice of the table and for a string asked. */
function hashOf(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class StringTable {
  private readonly text: string;
  /** String i is text[starts[i], starts[i + 1] - 1): strings are joined by one separator. */
  private readonly starts: Int32Array;
  /** Open addressing: slot -> 1 + index of a string, 0 when empty. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(strings: readonly string[]) {
    // The separator is never compared (lengths are), so any character will do.
    this.text = strings.join('\n');
    this.starts = new Int32Array(strings.length + 1);
    for (let i = 0; i < strings.length; i++)
      this.starts[i + 1] = this.starts[i]! + strings[i]!.length + 1;
    let cap = 16;
    while (cap < strings.length * 2) cap *= 2;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap);
    for (let i = 0; i < strings.length; i++) {
      const s = strings[i]!;
      let slot = hashOf(s, 0, s.length) & this.mask;
      let taken = false;
      for (let at = this.slots[slot]!; at !== 0; at = this.slots[slot]!) {
        if (this.equals(at - 1, s)) {
          taken = true;
          break;
        }
        slot = (slot + 1) & this.mask;
      }
      if (!taken) this.slots[slot] = i + 1;
    }
  }

  get size(): number {
    return this.starts.length - 1;
  }

  /** Index of the first `s` given, or -1. */
  indexOf(s: string): number {
    let slot = hashOf(s, 0, s.length) & this.mask;
    for (let at = this.slots[slot]!; at !== 0; at = this.slots[slot]!) {
      if (this.equals(at - 1, s)) return at - 1;
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }

  has(s: string): boolean {
    return this.indexOf(s) >= 0;
  }

  /** String i (a new string each call). */
  at(i: number): string | undefined {
    if (i < 0 || i >= this.size) return undefined;
    return this.text.slice(this.starts[i]!, this.starts[i + 1]! - 1);
  }

  private equals(i: number, s: string): boolean {
    const start = this.starts[i]!;
    if (this.starts[i + 1]! - 1 - start !== s.length) return false;
    for (let k = 0; k < s.length; k++)
      if (this.text.charCodeAt(start + k) !== s.charCodeAt(k)) return false;
    return true;
  }
}

// What each coding worker must see besides its own documents. The NLP library keeps, per thread,
// the unknown words it has met, and its tokenizer consults them: after a text that ends in "U.S"
// (no period), "U.S. forces" splits into two sentences. So a document's coding depends on the
// documents coded before it in the same thread. A one-worker run codes them all in input order;
// for the same results, each worker reads (tokenises) every document coded before its next one,
// in input order, before coding it. This log holds those texts until every worker has seen them.

export class SharedHistory {
  private readonly texts: string[] = [];
  /** Position (in all texts ever recorded) of `texts[0]`. */
  private base = 0;
  private readonly cursors: number[];

  constructor(readers: number) {
    this.cursors = new Array<number>(readers).fill(0);
  }

  /** Texts held because some reader has not seen them yet. */
  get held(): number {
    return this.texts.length;
  }

  /** Characters of the texts held. */
  get heldChars(): number {
    return this.texts.reduce((sum, text) => sum + text.length, 0);
  }

  /** Texts `reader` has not seen yet. */
  unseen(reader: number): number {
    return this.base + this.texts.length - this.cursors[reader]!;
  }

  /** A document coded by someone else (the writer, while the workers load): all will see it. */
  record(text: string): void {
    this.texts.push(text);
  }

  /**
   * `reader` codes `text` next: returns, in input order, what it has not seen before it, and
   * counts `text` as seen by it (the others will see it before their next one).
   */
  handTo(reader: number, text: string): string[] {
    const unseen = this.texts.slice(this.cursors[reader]! - this.base);
    this.texts.push(text);
    this.cursors[reader] = this.base + this.texts.length;
    this.forget();
    return unseen;
  }

  private forget(): void {
    const oldest = Math.min(...this.cursors);
    if (oldest > this.base) {
      this.texts.splice(0, oldest - this.base);
      this.base = oldest;
    }
  }
}

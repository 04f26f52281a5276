// Results of parallel work arrive in any order; the store must see them in input order, so that
// ids, event merges and story originals are exactly those of a run with one worker. Each input
// gets a sequence number when it is read; the buffer holds what came back early until every
// earlier number is in.

export class ReorderBuffer<T> {
  private readonly waiting = new Map<number, T>();
  private next = 0;

  /** The sequence number the writer waits for. */
  get expected(): number {
    return this.next;
  }

  /** Results held because an earlier one is still out. */
  get held(): number {
    return this.waiting.size;
  }

  /** True when the expected result is in: `takeReady` would return something. */
  get ready(): boolean {
    return this.waiting.has(this.next);
  }

  /** Accepts the result of input `seq` (each number once, at or after the expected one). */
  put(seq: number, value: T): void {
    if (!Number.isInteger(seq) || seq < this.next || this.waiting.has(seq)) {
      throw new Error(`reorder buffer: sequence number ${seq} was already taken`);
    }
    this.waiting.set(seq, value);
  }

  /** Removes and returns the results that are now in order (possibly none), at most `limit`. */
  takeReady(limit = Infinity): T[] {
    const ready: T[] = [];
    while (ready.length < limit && this.waiting.has(this.next)) {
      ready.push(this.waiting.get(this.next) as T);
      this.waiting.delete(this.next);
      this.next += 1;
    }
    return ready;
  }
}

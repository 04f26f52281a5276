// Collins' (2002) averaged perceptron over sparse integer features, for training only. Each
// feature keeps a short chain of (move, weight) entries for the moves it was ever updated for:
// a configuration's features touch few of the ~100 moves, so dense rows would waste most memory.
// Averaging uses the usual lazy bookkeeping: an entry remembers when it last changed and the sum
// of its past values, so averages are exact without touching every weight at every step.
import type { CompactWeights } from './model.js';

class Grow {
  next = new Int32Array(1 << 16);
  move = new Int32Array(1 << 16);
  weight = new Float64Array(1 << 16);
  total = new Float64Array(1 << 16);
  stamp = new Int32Array(1 << 16);
  size = 0;

  add(move: number, next: number, now: number): number {
    if (this.size === this.next.length) {
      const cap = this.size * 2;
      const grow = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
        const b = make(cap);
        b.set(a);
        return b;
      };
      this.next = grow(this.next, (n) => new Int32Array(n));
      this.move = grow(this.move, (n) => new Int32Array(n));
      this.weight = grow(this.weight, (n) => new Float64Array(n));
      this.total = grow(this.total, (n) => new Float64Array(n));
      this.stamp = grow(this.stamp, (n) => new Int32Array(n));
    }
    const e = this.size++;
    this.next[e] = next;
    this.move[e] = move;
    this.weight[e] = 0;
    this.total[e] = 0;
    this.stamp[e] = now;
    return e;
  }
}

export class AveragedPerceptron {
  /** Feature key → first entry of its chain. */
  private readonly first = new Map<number, number>();
  private readonly entries = new Grow();
  /** Training instances seen so far (the clock of the averages). */
  private now = 0;

  constructor(readonly moves: number) {}

  /** Adds each feature's current weights to `scores` (one slot per move). */
  score(keys: Int32Array, scores: Float64Array): void {
    scores.fill(0);
    const { next, move, weight } = this.entries;
    for (let i = 0; i < keys.length; i++) {
      let e = this.first.get(keys[i]!);
      while (e !== undefined && e >= 0) {
        scores[move[e]!]! += weight[e]!;
        e = next[e]!;
      }
    }
  }

  /** One training instance has been seen (call once per decision, right or wrong). */
  tick(): void {
    this.now++;
  }

  /** Moves weight from the guessed move to the right one on every feature of the instance. */
  update(keys: Int32Array, truth: number, guess: number): void {
    if (truth === guess) return;
    for (let i = 0; i < keys.length; i++) {
      this.nudge(keys[i]!, truth, 1);
      this.nudge(keys[i]!, guess, -1);
    }
  }

  private nudge(key: number, move: number, delta: number): void {
    const E = this.entries;
    const head = this.first.get(key);
    let e = head ?? -1;
    while (e >= 0 && E.move[e] !== move) e = E.next[e]!;
    if (e < 0) {
      e = E.add(move, head ?? -1, this.now);
      this.first.set(key, e);
    }
    E.total[e]! += (this.now - E.stamp[e]!) * E.weight[e]!;
    E.stamp[e] = this.now;
    E.weight[e]! += delta;
  }

  /**
   * The averaged weights, dropping entries whose magnitude is below `minWeight` (they change few
   * decisions and make up most of the table).
   */
  averaged(minWeight = 0): CompactWeights {
    const E = this.entries;
    const now = Math.max(1, this.now);
    const keys: number[] = [];
    const counts: number[] = [];
    const moves: number[] = [];
    const weights: number[] = [];
    const sorted = [...this.first.keys()].sort((a, b) => a - b);
    for (const key of sorted) {
      let count = 0;
      for (let e = this.first.get(key)!; e >= 0; e = E.next[e]!) {
        const avg = (E.total[e]! + (now - E.stamp[e]!) * E.weight[e]!) / now;
        if (Math.abs(avg) <= minWeight || avg === 0) continue;
        moves.push(E.move[e]!);
        weights.push(avg);
        count++;
      }
      if (count) {
        keys.push(key);
        counts.push(count);
      }
    }
    return {
      keys: Int32Array.from(keys),
      counts: Uint8Array.from(counts),
      moves: Uint8Array.from(moves),
      weights: Float32Array.from(weights),
    };
  }

  get entryCount(): number {
    return this.entries.size;
  }
}

// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011) and its dynamic
// oracle (Goldberg & Nivre 2013). Words are numbered 1..n and 0 is the root, which sits at the
// bottom of the stack. Three moves:
//   SHIFT     push the first buffer word b0 onto the stack;
//   LEFT-l    b0 becomes the head of the stack top s0 (relation l), s0 is popped;
//   RIGHT-l   the word under the top, s1, becomes the head of s0 (relation l), s0 is popped.
// Only one word may hang from the root, and only at the end (RIGHT with s1 = root needs an empty
// buffer), so every parse is a single tree, as in Universal Dependencies.

export const SHIFT = 0;

/** Move numbers: 0 is SHIFT, 1..L are LEFT with label 0..L-1, L+1..2L are RIGHT. */
export const leftMove = (label: number): number => 1 + label;
export const rightMove = (label: number, labels: number): number => 1 + labels + label;

export class ParseState {
  n = 0;
  /** Stack of word numbers; `stack[sp - 1]` is the top. */
  stack: Int32Array;
  sp = 0;
  /** First buffer word; the buffer is empty when `b > n`. */
  b = 1;
  heads: Int32Array;
  labels: Int32Array;
  /** Leftmost and second-leftmost, rightmost and second-rightmost dependents found so far. */
  left1: Int32Array;
  left2: Int32Array;
  right1: Int32Array;
  right2: Int32Array;
  nLeft: Int32Array;
  nRight: Int32Array;

  constructor(capacity = 64) {
    this.stack = new Int32Array(capacity + 1);
    this.heads = new Int32Array(capacity + 1);
    this.labels = new Int32Array(capacity + 1);
    this.left1 = new Int32Array(capacity + 1);
    this.left2 = new Int32Array(capacity + 1);
    this.right1 = new Int32Array(capacity + 1);
    this.right2 = new Int32Array(capacity + 1);
    this.nLeft = new Int32Array(capacity + 1);
    this.nRight = new Int32Array(capacity + 1);
  }

  /** Starts a parse of `n` words, reusing the arrays when they are large enough. */
  reset(n: number): this {
    if (this.stack.length < n + 1) {
      const fresh = new ParseState(Math.max(n, this.stack.length * 2));
      Object.assign(this, fresh);
    }
    this.n = n;
    this.sp = 1;
    this.stack[0] = 0;
    this.b = 1;
    for (const a of [this.heads, this.labels, this.left1, this.left2, this.right1, this.right2]) {
      a.fill(-1, 0, n + 1);
    }
    this.nLeft.fill(0, 0, n + 1);
    this.nRight.fill(0, 0, n + 1);
    return this;
  }

  /** The i-th stack word from the top (0 = s0), or -1. */
  s(i: number): number {
    return i < this.sp ? this.stack[this.sp - 1 - i]! : -1;
  }

  /** The i-th buffer word (0 = b0), or -1. */
  buf(i: number): number {
    return this.b + i <= this.n ? this.b + i : -1;
  }

  canShift(): boolean {
    return this.b <= this.n;
  }

  canLeft(): boolean {
    return this.sp >= 2 && this.b <= this.n;
  }

  canRight(): boolean {
    return this.sp >= 3 || (this.sp === 2 && this.b > this.n);
  }

  isTerminal(): boolean {
    return this.b > this.n && this.sp === 1;
  }

  isValid(move: number, labels: number): boolean {
    if (move === SHIFT) return this.canShift();
    return move <= labels ? this.canLeft() : this.canRight();
  }

  apply(move: number, labels: number): void {
    if (move === SHIFT) {
      this.stack[this.sp++] = this.b++;
      return;
    }
    const s0 = this.stack[--this.sp]!;
    if (move <= labels) this.attach(this.b, s0, move - 1);
    else this.attach(this.stack[this.sp - 1]!, s0, move - 1 - labels);
  }

  private attach(h: number, d: number, label: number): void {
    this.heads[d] = h;
    this.labels[d] = label;
    if (d < h) {
      this.nLeft[h]!++;
      if (this.left1[h] === -1 || d < this.left1[h]!) {
        this.left2[h] = this.left1[h]!;
        this.left1[h] = d;
      } else if (this.left2[h] === -1 || d < this.left2[h]!) this.left2[h] = d;
    } else {
      this.nRight[h]!++;
      if (d > this.right1[h]!) {
        this.right2[h] = this.right1[h]!;
        this.right1[h] = d;
      } else if (d > this.right2[h]!) this.right2[h] = d;
    }
  }
}

/**
 * The dynamic oracle: for each move, how many gold arcs it makes unreachable (Goldberg & Nivre
 * 2013, arc-hybrid), a wrong label counting as one. Gold heads use ParseState's numbering
 * (`goldHeads[w]` for word w, index 0 unused); `costs` receives one entry per move.
 */
export function moveCosts(
  state: ParseState,
  goldHeads: Int32Array,
  goldLabels: Int32Array,
  labels: number,
  costs: Float64Array,
): void {
  const { n, b, sp, stack } = state;
  const s0 = sp >= 1 ? stack[sp - 1]! : -1;
  const s1 = sp >= 2 ? stack[sp - 2]! : -1;
  // Dependents of s0 still in the buffer are lost by either pop.
  let s0DepsInBuffer = 0;
  if (s0 > 0) for (let k = b; k <= n; k++) if (goldHeads[k] === s0) s0DepsInBuffer++;
  const s0Head = s0 > 0 ? goldHeads[s0]! : -1;
  const headInBufferAfterB0 = s0Head > b && s0Head <= n;

  let shift = Infinity;
  if (state.canShift()) {
    // Pushing b0 loses its dependents on the stack and its head deeper in the stack than s0.
    shift = 0;
    const h = goldHeads[b]!;
    for (let i = 0; i < sp; i++) {
      const w = stack[i]!;
      if (w !== 0 && goldHeads[w] === b) shift++;
      if (w === h && i < sp - 1) shift++;
    }
  }
  let left = Infinity;
  if (state.canLeft()) left = s0DepsInBuffer + (s0Head === s1 || headInBufferAfterB0 ? 1 : 0);
  let right = Infinity;
  if (state.canRight()) right = s0DepsInBuffer + (s0Head >= b && s0Head <= n ? 1 : 0);

  costs[SHIFT] = shift;
  const gold = s0 > 0 ? goldLabels[s0]! : -1;
  for (let l = 0; l < labels; l++) {
    costs[leftMove(l)] = left + (s0Head === b && l !== gold ? 1 : 0);
    costs[rightMove(l, labels)] = right + (s0Head === s1 && l !== gold ? 1 : 0);
  }
}

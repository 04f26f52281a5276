// Projectivity. An arc-hybrid parser builds only projective trees (no crossing arcs), so training
// trees that cross ("What did you say he bought?" in some analyses) are lifted first: the dependent
// of the shortest crossing arc is re-attached to its head's head until nothing crosses (the
// "lifting" of Kahane, Nasr & Rambow 1998 and Nivre & Nilsson 2005, without their label encoding,
// so a lifted word keeps its relation and only its head moves up).

/** Heads are 1-based per word, 0 for the root (CoNLL-U's convention); `heads[i]` is word i+1's. */
function dominates(heads: readonly number[], h: number, k: number): boolean {
  // Walk up from k; trees have no cycles, but cap the walk so bad input cannot hang.
  for (let x = k, steps = 0; x !== 0 && steps <= heads.length; steps++) {
    if (x === h) return true;
    x = heads[x - 1]!;
  }
  return h === 0;
}

/** True when arc head → word (1-based) spans only descendants of its head. */
function arcIsProjective(heads: readonly number[], word: number): boolean {
  const h = heads[word - 1]!;
  const lo = Math.min(h, word);
  const hi = Math.max(h, word);
  for (let k = lo + 1; k < hi; k++) if (!dominates(heads, h, k)) return false;
  return true;
}

export function isProjective(heads: readonly number[]): boolean {
  for (let w = 1; w <= heads.length; w++) if (!arcIsProjective(heads, w)) return false;
  return true;
}

/** A projective copy of `heads`, and how many words were lifted. */
export function projectivise(heads: readonly number[]): { heads: number[]; lifted: number } {
  const out = [...heads];
  let lifted = 0;
  for (;;) {
    let shortest = 0;
    let shortestLength = Infinity;
    for (let w = 1; w <= out.length; w++) {
      if (arcIsProjective(out, w)) continue;
      const length = Math.abs(out[w - 1]! - w);
      if (length < shortestLength) {
        shortest = w;
        shortestLength = length;
      }
    }
    if (!shortest) return { heads: out, lifted };
    // The head of a crossing arc is never the root: arcs from the root span only its descendants.
    out[shortest - 1] = out[out[shortest - 1]! - 1]!;
    lifted++;
  }
}

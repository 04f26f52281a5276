// Bounded memoisation for pure lookups that recur across documents (a word's candidate patterns,
// a bigram's spin verdict): answers are kept per owner (a dictionary, a thesaurus), so a test that
// builds its own owner never sees another's answers, and all are forgotten at `limit`, so memory
// stays bounded whatever the input.

export type Memo<Owner extends object, Value> = (
  owner: Owner,
  key: string,
  compute: () => Value,
) => Value;

export function memoPerOwner<Owner extends object, Value>(limit: number): Memo<Owner, Value> {
  const byOwner = new WeakMap<Owner, Map<string, Value>>();
  return (owner, key, compute) => {
    let answers = byOwner.get(owner);
    if (!answers) byOwner.set(owner, (answers = new Map()));
    let value = answers.get(key);
    if (value === undefined) {
      if (answers.size >= limit) answers.clear();
      value = compute();
      answers.set(key, value);
    }
    return value;
  };
}

export type PairMemo<Owner extends object, Value> = (
  owner: Owner,
  first: string,
  second: string,
  compute: () => Value,
) => Value;

/**
 * `memoPerOwner` for a key of two strings (a word and its lemma), kept as a map of maps: a key
 * joined per call is a fresh string to build and hash on every lookup, where the two words are
 * strings whose hashes V8 keeps once computed. `limit` counts pairs.
 */
export function memoPairPerOwner<Owner extends object, Value>(
  limit: number,
): PairMemo<Owner, Value> {
  interface Answers {
    size: number;
    byFirst: Map<string, Map<string, Value>>;
  }
  const byOwner = new WeakMap<Owner, Answers>();
  // The owner asked last and its answers: most runs ask for one owner only. Held strongly, so
  // at most one owner outlives its last use until another is asked for.
  let lastOwner: Owner | null = null;
  let lastAnswers: Answers | null = null;
  return (owner, first, second, compute) => {
    let answers = owner === lastOwner ? lastAnswers! : byOwner.get(owner);
    if (!answers) byOwner.set(owner, (answers = { size: 0, byFirst: new Map() }));
    lastOwner = owner;
    lastAnswers = answers;
    let inner = answers.byFirst.get(first);
    let value = inner?.get(second);
    if (value === undefined) {
      if (answers.size >= limit) {
        answers.byFirst.clear();
        answers.size = 0;
        inner = undefined;
      }
      value = compute();
      if (!inner) answers.byFirst.set(first, (inner = new Map()));
      inner.set(second, value);
      answers.size += 1;
    }
    return value;
  };
}

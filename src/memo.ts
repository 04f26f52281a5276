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

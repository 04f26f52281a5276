// JSON output helpers. Pure.

/** A JSON array written one element per line. */
export function* jsonArray<T>(items: Iterable<T>, map: (item: T) => unknown): Generator<string> {
  let first = true;
  for (const item of items) {
    yield `${first ? '[' : ','}${JSON.stringify(map(item))}`;
    first = false;
  }
  yield first ? '[]' : ']';
}

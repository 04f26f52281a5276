// The `ingested` time of each document of a run. Sources of an event and the original of a story
// are ordered by it (after the publication date), and two documents stamped in the same
// millisecond fall back to their ids: a one-worker run rarely stores two documents in one
// millisecond, but a run with coding workers reads ahead and would. Times that increase strictly
// in input order make both runs order documents as they were read.

/** A clock for one run: the current time, or a millisecond after the last one it gave. */
export function ingestClock(now: () => number = Date.now): () => string {
  let last = -Infinity;
  return () => {
    last = Math.max(now(), last + 1);
    return new Date(last).toISOString();
  };
}

// Answers of the read-only analysis routes, kept while the store is unchanged. An answer is a
// pure function of the request and the store's content; the spike scan behind /api/spikes costs
// the server about 0.6 s of CPU at 100,000 events, so a reload, a shared link or a second analyst
// opening the same view gets it again without the scan. Each answer is stored with the store's
// version at the time; any other version (another process committed, or this server wrote) misses.

export interface AnswerCache {
  /** The answer kept for `key` at `version`, or undefined. */
  get(key: string, version: string): string | undefined;
  set(key: string, version: string, body: string): void;
}

/** A cache of at most `size` answers, the least recently used dropped first. */
export function answerCache(size: number): AnswerCache {
  const kept = new Map<string, { version: string; body: string }>();
  return {
    get(key, version) {
      const entry = kept.get(key);
      if (!entry || entry.version !== version) return undefined;
      // Map order is insertion order: moving a hit to the end keeps the order by last use.
      kept.delete(key);
      kept.set(key, entry);
      return entry.body;
    },
    set(key, version, body) {
      kept.delete(key);
      kept.set(key, { version, body });
      while (kept.size > size) kept.delete(kept.keys().next().value!);
    },
  };
}

// From an API query to the store's EventFilter, plus what the store cannot filter yet (region and
// text), which is applied here while paging. Pure but for the store calls.
import type { EventRecord } from '../records.js';
import type { EventFilter, Store } from '../store/index.js';
import type { OverviewQuery } from './schemas.js';

export type EventCriteria = OverviewQuery;

/** The part of a query the store answers itself (SQL, indexed). */
export function storeFilter(query: EventCriteria): EventFilter {
  const [source, target] = query.dyad ? query.dyad.split('-') : [undefined, undefined];
  return {
    from: query.from,
    to: query.to,
    actor: query.actor,
    source,
    target,
    type: query.type,
    sourceOutlet: query.outlet,
  };
}

const fold = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The rest of the query as a predicate, or null when the store filter says it all. Region is a
 * place's name or admin-1 region, or the region a count is for; text is searched in the evidence.
 */
export function residualPredicate(query: EventCriteria): ((e: EventRecord) => boolean) | null {
  const region = query.region ? fold(query.region.trim()) : null;
  const words = query.q ? fold(query.q).split(/\s+/).filter(Boolean) : [];
  if (!region && words.length === 0) return null;
  return (event) => {
    if (region) {
      const names = [
        event.place?.name,
        event.place?.admin1,
        ...event.quantities.map((q) => q.region),
      ].filter((n): n is string => !!n);
      if (!names.some((n) => fold(n) === region || fold(n).startsWith(`${region} `))) return false;
    }
    if (words.length) {
      const text = fold(event.evidence.text);
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  };
}

export interface EventPageResult {
  events: EventRecord[];
  /** Offset into the store's ordering where the next page starts; null on the last page. */
  next: number | null;
}

/** Rows read from the store per round while a residual filter thins them out. */
const SCAN_PAGE = 2000;

/**
 * One page of matching events from `offset` (the cursor) on, in the store's order (date, id).
 * With a residual filter the store is read in rounds until the page is full or the store ends.
 */
export async function eventPage(
  store: Store,
  query: EventCriteria,
  offset: number,
  limit: number,
): Promise<EventPageResult> {
  const filter = storeFilter(query);
  const keep = residualPredicate(query);
  if (!keep) {
    const rows = await store.events({ ...filter, offset, limit: limit + 1 });
    return {
      events: rows.slice(0, limit),
      next: rows.length > limit ? offset + limit : null,
    };
  }
  const events: EventRecord[] = [];
  let at = offset;
  for (;;) {
    const rows = await store.events({ ...filter, offset: at, limit: SCAN_PAGE });
    for (let i = 0; i < rows.length; i += 1) {
      if (!keep(rows[i]!)) continue;
      if (events.length === limit) return { events, next: at + i };
      events.push(rows[i]!);
    }
    if (rows.length < SCAN_PAGE) return { events, next: null };
    at += rows.length;
  }
}

/** Every matching event (at most `limit`), page by page: exports in bounded memory. */
export async function* matchingEvents(
  store: Store,
  query: EventCriteria,
  limit = Infinity,
  pageSize = 1000,
): AsyncGenerator<EventRecord> {
  const keep = residualPredicate(query);
  let sent = 0;
  for await (const event of store.iterateEvents(storeFilter(query), pageSize)) {
    if (keep && !keep(event)) continue;
    yield event;
    sent += 1;
    if (sent >= limit) return;
  }
}

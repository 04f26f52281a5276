// From an API query to the store's EventFilter: every criterion (dates, actor, dyad, type,
// outlet, region, text) is answered by the store in SQL. Pure but for the store calls.
import type { EventRecord } from '../records.js';
import type { EventFilter, Store } from '../store/index.js';
import type { OverviewQuery } from './schemas.js';

export type EventCriteria = OverviewQuery;

/** The store filter of a query (the API's `q` is the store's `text`). */
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
    region: query.region,
    text: query.q,
  };
}

export interface EventPageResult {
  events: EventRecord[];
  /** Offset into the store's ordering where the next page starts; null on the last page. */
  next: number | null;
}

/** One page of matching events from `offset` (the cursor) on, in the store's order (date, id). */
export async function eventPage(
  store: Store,
  query: EventCriteria,
  offset: number,
  limit: number,
): Promise<EventPageResult> {
  const rows = await store.events({ ...storeFilter(query), offset, limit: limit + 1 });
  return {
    events: rows.slice(0, limit),
    next: rows.length > limit ? offset + limit : null,
  };
}

/** Every matching event (at most `limit`), page by page: exports in bounded memory. */
export async function* matchingEvents(
  store: Store,
  query: EventCriteria,
  limit = Infinity,
  pageSize = 1000,
): AsyncGenerator<EventRecord> {
  let sent = 0;
  if (limit <= 0) return;
  for await (const event of store.iterateEvents(storeFilter(query), pageSize)) {
    yield event;
    sent += 1;
    if (sent >= limit) return;
  }
}

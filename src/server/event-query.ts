// From an API query to the store's EventFilter: every criterion (dates, actor, dyad, type,
// outlet, region, text) is answered by the store in SQL. Pure but for the store calls.
import type { EventRecord } from '../records.js';
import type { EventFilter, EventKey, Store } from '../store/index.js';
import { encodeCursor } from './cursor.js';
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
  /** The cursor of the next page (the last event's key); null on the last page. */
  next: string | null;
}

/** One page of matching events after `after` (the cursor's key), in the store's order. */
export async function eventPage(
  store: Store,
  query: EventCriteria,
  after: EventKey | undefined,
  limit: number,
): Promise<EventPageResult> {
  const rows = await store.events({ ...storeFilter(query), after, limit: limit + 1 });
  const events = rows.slice(0, limit);
  const last = events[events.length - 1];
  return {
    events,
    next: rows.length > limit && last ? encodeCursor({ date: last.date, id: last.id }) : null,
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

// Where each mention of one document goes, decided in memory: the store reads once every stored
// event a mention of the document could join, then this pure function walks the mentions in
// order exactly as a store that looks each one up after storing the previous one (SQLite's),
// using merge.ts's rule (`chooseEvent`), so a document costs two round trips, not two per mention.
import type { Mention, Place, Quantity } from '../../records.js';
import { eventId } from '../ids.js';
import {
  chooseEvent,
  mergeKey,
  quantityKey,
  reversedKey,
  shiftDate,
  type CandidateScope,
  type EventCandidate,
  type MergeKey,
} from '../merge.js';

/** A stored event that shares a key with one of the document's mentions. */
export interface StoredEvent {
  id: string;
  seq: number;
  source: string;
  target: string;
  type: string;
  negated: boolean;
  /** merge.ts's `quantityKey` of its quantities. */
  quantityKey: string;
  date: string | null;
  place: Place | null;
  quantities: Quantity[];
  /** It has a mention from the document this one copies. */
  inCopy: boolean;
}

/** An event as the plan leaves it. */
export interface PlannedEvent extends StoredEvent {
  /** Started by this document (to insert), else stored before (to update). */
  created: boolean;
  /** The mention whose fields a created event takes. */
  first: Mention;
  /** Mentions this document adds. */
  added: number;
  /** A mention from the other side of a two-sided act joined it. */
  reversed: boolean;
  /** It has a mention from this document (the 'document' scope). */
  inDocument: boolean;
}

export interface DocumentPlan {
  /** Event of each mention, in the mentions' order. */
  eventOf: string[];
  /** Events created or joined, in the order they were first touched. */
  events: PlannedEvent[];
}

const sameKey = (e: StoredEvent, k: MergeKey): boolean =>
  e.source === k.source &&
  e.target === k.target &&
  e.type === k.type &&
  e.negated === k.negated &&
  e.quantityKey === k.quantityKey;

function inScope(e: PlannedEvent, scope: CandidateScope, m: Mention): boolean {
  if (scope === 'copy') return e.inCopy;
  if (scope === 'document') return e.inDocument;
  if (m.date === null || e.date === null) return false;
  return e.date >= shiftDate(m.date, -1) && e.date <= shiftDate(m.date, 1);
}

/**
 * Places every mention. `stored` must hold every stored event sharing a mention's key (either
 * direction for two-sided acts) that has a mention in `copyOf` or a date within a day of that
 * mention's date; events later filled by this document come from those or from the document.
 */
export function planDocument(
  mentions: readonly Mention[],
  stored: readonly StoredEvent[],
  copyOf: string | null,
): DocumentPlan {
  // Created events are stored after every existing one: their order is their storage order.
  let nextSeq = stored.reduce((max, e) => Math.max(max, e.seq), 0) + 1;
  const pool: PlannedEvent[] = stored.map((e) => ({
    ...e,
    created: false,
    first: mentions[0]!,
    added: 0,
    reversed: false,
    inDocument: false,
  }));
  const touched: PlannedEvent[] = [];
  const eventOf: string[] = [];
  const scopes: CandidateScope[] = copyOf ? ['copy', 'document', 'dates'] : ['document', 'dates'];
  for (const m of mentions) {
    const key = mergeKey(m);
    const reverse = reversedKey(key);
    const keys: Array<[MergeKey, boolean]> = reverse
      ? [
          [key, false],
          [reverse, true],
        ]
      : [[key, false]];
    let found: { event: PlannedEvent; reversed: boolean } | null = null;
    for (const scope of scopes) {
      for (const [k, reversed] of keys) {
        const candidates = pool.filter((e) => sameKey(e, k) && inScope(e, scope, m));
        const id = chooseEvent(candidates as EventCandidate[], m, scope);
        if (id) {
          found = { event: candidates.find((e) => e.id === id)!, reversed };
          break;
        }
      }
      if (found) break;
    }
    let event: PlannedEvent;
    if (found) {
      // The first mention speaks for the event; later ones fill what it left unknown.
      event = found.event;
      event.added += 1;
      if (found.reversed) event.reversed = true;
      if (event.date === null && m.date !== null) event.date = m.date;
      if (event.place === null && m.place !== null) event.place = m.place;
    } else {
      event = {
        id: eventId(m.id),
        seq: nextSeq++,
        source: key.source,
        target: key.target,
        type: key.type,
        negated: key.negated,
        quantityKey: quantityKey(m.quantities),
        date: m.date,
        place: m.place,
        quantities: m.quantities,
        inCopy: false,
        created: true,
        first: m,
        added: 1,
        reversed: false,
        inDocument: true,
      };
      pool.push(event);
    }
    if (!touched.includes(event)) touched.push(event);
    event.inDocument = true;
    eventOf.push(event.id);
  }
  return { eventOf, events: touched };
}

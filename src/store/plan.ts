// Where each mention of one document goes, decided in memory: a store reads every stored event a
// mention of the document could join, then this pure function walks the mentions in order, as if
// each were looked up after the previous one was stored, using merge.ts's rule (`chooseEvent`).
// Both stores use it: PostgreSQL saves two round trips per mention, and a long document costs
// time in proportion to its mentions (a lookup per mention among the events of its key and days),
// not to their square.
import type { Mention, Place, Quantity } from '../records.js';
import { eventId } from './ids.js';
import {
  chooseEvent,
  mergeKey,
  quantityKey,
  reversedKey,
  shiftDate,
  type CandidateScope,
  type EventCandidate,
  type MergeKey,
} from './merge.js';

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
  /**
   * The mention whose fields a created event takes; null once the event is stored, when nothing
   * reads it (a long document's planner would otherwise hold every mention it made).
   */
  first: Mention | null;
  /** Mentions this document adds. */
  added: number;
  /** A mention from the other side of a two-sided act joined it. */
  reversed: boolean;
  /** It has a mention from this document (the 'document' scope). */
  inDocument: boolean;
  /** A stored event this chunk gave the date it lacked (the store must write it). */
  dated: boolean;
  /** A stored event this chunk gave the place it lacked (the store must write it). */
  placed: boolean;
}

export interface DocumentPlan {
  /** Event of each mention, in the mentions' order. */
  eventOf: string[];
  /** Events created or joined, in the order they were first touched. */
  events: PlannedEvent[];
}

/** A merge key as one string (for maps keyed by it). */
export const keyText = (k: MergeKey): string =>
  [k.source, k.target, k.type, k.quantityKey, k.negated ? '1' : '0'].join('\u0001');

const DATELESS = '';

/**
 * The events of the walk, found by key and date: the 'dates' and 'document' scopes only look
 * within a day of the mention (a dateless mention only at dateless events), the 'copy' scope at
 * any date but only among the copied document's events, which are few.
 */
class EventIndex {
  private readonly byDay = new Map<string, PlannedEvent[]>();
  private readonly copied = new Map<string, PlannedEvent[]>();

  add(e: PlannedEvent): void {
    push(this.byDay, `${keyText(e)}\u0002${e.date ?? DATELESS}`, e);
    if (e.inCopy) push(this.copied, keyText(e), e);
  }

  /** A dateless event was given a date by a later mention: it now lives under that day. */
  redate(e: PlannedEvent, date: string): void {
    const bucket = this.byDay.get(`${keyText(e)}\u0002${DATELESS}`);
    bucket?.splice(bucket.indexOf(e), 1);
    e.date = date;
    push(this.byDay, `${keyText(e)}\u0002${date}`, e);
  }

  /**
   * Events of the key (as `keyText`) a mention could join in the scope; `days` are the mention's
   * date and the days either side, null when it has none. The caller makes both once a mention:
   * made here for each scope, direction and day, they cost a fifth of the planner's time
   * (planning the 8 MB bench corpus's documents five times: 730 -> 570 ms of CPU).
   */
  candidates(key: string, scope: CandidateScope, days: readonly string[] | null): PlannedEvent[] {
    if (scope === 'copy') return this.copied.get(key) ?? [];
    const looked = days ?? (scope === 'document' ? [DATELESS] : []);
    const found: PlannedEvent[] = [];
    for (const day of looked) {
      for (const e of this.byDay.get(`${key}\u0002${day}`) ?? []) {
        if (scope === 'dates' || e.inDocument) found.push(e);
      }
    }
    return found;
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Created events are stored after every stored one: numbered from here, their order is their
 * storage order, and any of them sorts after any event stored before the document.
 */
const CREATED_SEQ = 2 ** 52;

/**
 * Places a document's mentions, chunk by chunk in document order (one call for a whole
 * document). `stored` must hold every stored event sharing a mention of the chunk's key (either
 * direction for two-sided acts) that has a mention in `copyOf` or a date within a day of that
 * mention's date; events the walk already holds (created or joined by earlier chunks) may come
 * again and are ignored. Each call's plan lists the events its chunk created or joined, with
 * what the chunk adds: the store writes it before the next chunk is placed.
 */
export class DocumentPlanner {
  private readonly index = new EventIndex();
  private readonly held = new Map<string, PlannedEvent>();
  private readonly scopes: CandidateScope[];
  private nextSeq = CREATED_SEQ;
  private lastTouched: PlannedEvent[] = [];

  constructor(copyOf: string | null) {
    this.scopes = copyOf ? ['copy', 'document', 'dates'] : ['document', 'dates'];
  }

  place(mentions: readonly Mention[], stored: readonly StoredEvent[]): DocumentPlan {
    // What earlier chunks created or added is stored now.
    for (const e of this.lastTouched) {
      e.created = false;
      e.first = null;
      e.added = 0;
      e.dated = false;
      e.placed = false;
    }
    for (const e of stored) {
      if (this.held.has(e.id)) continue;
      const planned: PlannedEvent = {
        ...e,
        created: false,
        first: null,
        added: 0,
        reversed: false,
        inDocument: false,
        dated: false,
        placed: false,
      };
      this.held.set(e.id, planned);
      this.index.add(planned);
    }
    const touched = new Set<PlannedEvent>();
    const eventOf: string[] = [];
    for (const m of mentions) {
      const event = this.placeOne(m);
      touched.add(event);
      event.inDocument = true;
      eventOf.push(event.id);
    }
    this.lastTouched = [...touched];
    return { eventOf, events: this.lastTouched };
  }

  private placeOne(m: Mention): PlannedEvent {
    const key = mergeKey(m);
    const reverse = reversedKey(key);
    const keys: Array<[string, boolean]> = reverse
      ? [
          [keyText(key), false],
          [keyText(reverse), true],
        ]
      : [[keyText(key), false]];
    const days = m.date === null ? null : [shiftDate(m.date, -1), m.date, shiftDate(m.date, 1)];
    for (const scope of this.scopes) {
      for (const [k, reversed] of keys) {
        const candidates = this.index.candidates(k, scope, days);
        const id = chooseEvent(candidates as EventCandidate[], m, scope);
        if (!id) continue;
        // The first mention speaks for the event; later ones fill what it left unknown.
        const event = candidates.find((e) => e.id === id)!;
        event.added += 1;
        if (reversed) event.reversed = true;
        if (event.date === null && m.date !== null) {
          this.index.redate(event, m.date);
          event.dated = !event.created;
        }
        if (event.place === null && m.place !== null) {
          event.place = m.place;
          event.placed = !event.created;
        }
        return event;
      }
    }
    const event: PlannedEvent = {
      id: eventId(m.id),
      seq: this.nextSeq++,
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
      dated: false,
      placed: false,
    };
    this.held.set(event.id, event);
    this.index.add(event);
    return event;
  }
}

/** Places every mention of a whole document (see `DocumentPlanner`). */
export function planDocument(
  mentions: readonly Mention[],
  stored: readonly StoredEvent[],
  copyOf: string | null,
): DocumentPlan {
  return new DocumentPlanner(copyOf).place(mentions, stored);
}

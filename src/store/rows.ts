// What every store does with the rows its queries return: pure shaping into the records of
// views.ts, so that SQLite and PostgreSQL give the same records by the same code.
import type { Actor, EventRecord, Place, PloverType, Quantity, SourceRef } from '../records.js';
import type { EventSummary } from './aggregates.js';
import type {
  DocumentProvenanceView,
  EventFilter,
  LinkKind,
  LinkView,
  QuoteChainView,
  QuoteView,
} from './views.js';

export function parseJson<T>(text: string | null): T | null {
  if (text === null) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

/** Similarities and spin scores are shown to three decimals. */
export const round = (x: number): number => Math.round(x * 1000) / 1000;

/** An event row as both stores select it: SQLite's flags are 0/1, PostgreSQL's booleans. */
export interface EventRow {
  id: string;
  date: string | null;
  source: string;
  source_sector: string;
  target: string;
  target_sector: string;
  type: string;
  mode: string;
  cameo: string;
  intensity: number;
  negated: number | boolean;
  conditional: number | boolean;
  future: number | boolean;
  claimed: number | boolean;
  place: string | null;
  quantities: string;
  mentions: number;
  symmetric?: number | boolean;
  ev_doc: string;
  ev_sentence: number;
  ev_start: number;
  ev_end: number;
}

const flag = (value: number | boolean | undefined): boolean => value === true || value === 1;

/** The event record of a row; `evidenceText` is the sentence the store found for it. */
export function eventRecord(
  row: EventRow,
  evidenceText: string,
  sources: SourceRef[],
): EventRecord {
  return {
    id: row.id,
    date: row.date,
    source: row.source,
    source_sector: row.source_sector,
    target: row.target,
    target_sector: row.target_sector,
    type: row.type as PloverType,
    mode: row.mode,
    cameo: row.cameo,
    intensity: row.intensity,
    negated: flag(row.negated),
    conditional: flag(row.conditional),
    future: flag(row.future),
    claimed: flag(row.claimed),
    place: row.place ? (JSON.parse(row.place) as Place) : null,
    quantities: JSON.parse(row.quantities) as Quantity[],
    evidence: {
      doc: row.ev_doc,
      sentence: row.ev_sentence,
      start: row.ev_start,
      end: row.ev_end,
      text: evidenceText,
    },
    sources,
    mentions: row.mentions,
    symmetric: flag(row.symmetric),
  };
}

/**
 * Keyset paging after a dated row: the store's condition for `after` is a range on the date (so
 * the date index is walked from there; with `OR date IS NULL` beside it SQLite merged two index
 * scans and sorted, 300 ms instead of 0.4 at 1M events), which leaves out the undated rows that
 * come last in the order. When a page comes up short this names the query for them; null when
 * none is needed. `after` counts from the key, so it is not combined with `offset`.
 */
export function undatedTail(filter: EventFilter, got: number): EventFilter | null {
  const after = filter.after;
  if (!after) return null;
  if (filter.offset) throw new Error('EventFilter: `after` and `offset` cannot be combined');
  if (after.date === null || filter.from !== undefined || filter.to !== undefined) return null;
  const limit = filter.limit ?? Infinity;
  if (got >= limit) return null;
  return {
    ...filter,
    after: { date: null, id: '' },
    limit: limit === Infinity ? undefined : limit - got,
  };
}

/**
 * All events a filter matches, read page by page through `page` (one query each), so exports of
 * any size run in bounded memory. Each page starts after the last row of the one before (keyset),
 * so reading the millionth row costs what reading the first does.
 */
export async function* pagesOfEvents(
  page: (filter: EventFilter) => EventRecord[] | Promise<EventRecord[]>,
  filter: EventFilter,
  pageSize: number,
): AsyncGenerator<EventRecord> {
  const limit = filter.limit ?? Infinity;
  let next: EventFilter = filter;
  let seen = 0;
  while (seen < limit) {
    const events = await page({ ...next, limit: Math.min(pageSize, limit - seen) });
    yield* events;
    seen += events.length;
    const last = events[events.length - 1];
    if (!last) return;
    next = { ...filter, offset: 0, after: { date: last.date, id: last.id } };
  }
}

/** A stored quote row: speaker and relays as JSON, relays nearest to the reader first. */
export interface QuoteRow {
  words: string;
  speaker: string | null;
  relays: string;
}

/** Relays from the speaker outward (stored nearest to the reader first). */
const relaysOutward = (row: QuoteRow): string[] =>
  (parseJson<string[]>(row.relays) ?? []).slice().reverse();

/** The Contract's quote: speaker as `{root, sector, text}` (the dictionary entry id stays stored). */
export function quoteView<R extends QuoteRow>(
  row: R,
): Omit<R, 'speaker' | 'relays'> & Pick<QuoteView, 'speaker' | 'relays'> {
  const actor = parseJson<Actor>(row.speaker);
  return {
    ...row,
    speaker: actor ? { root: actor.root, sector: actor.sector, text: actor.text } : null,
    relays: relaysOutward(row),
  };
}

/** "Zakharova said → TASS reported → Northern relayed", ending with the document's outlet. */
export function quoteChain(row: QuoteRow, outlet: string): QuoteChainView {
  const speaker = parseJson<Actor>(row.speaker)?.text ?? '';
  const relays = relaysOutward(row);
  const steps = [`${speaker || 'someone'} said`];
  relays.forEach((r, i) => steps.push(`${r} ${i === 0 ? 'reported' : 'relayed'}`));
  if (outlet && !relays.includes(outlet))
    steps.push(`${outlet} ${relays.length === 0 ? 'reported' : 'relayed'}`);
  return { words: row.words, chain: steps.join(' → ') };
}

/** An event as analysis reads it, before its sentence and outlets are attached. */
export interface SummaryFields {
  id: string;
  date: string | null;
  source: string;
  source_sector: string;
  target: string;
  target_sector: string;
  type: string;
  intensity: number;
  negated: number | boolean;
  future: number | boolean;
  conditional: number | boolean;
  /** Trigger offsets inside the sentence. */
  trigger_start: number | null;
  trigger_end: number | null;
  stories: number;
}

/** The analysis summary of an event whose first mention's sentence is `text`. */
export function eventSummary(row: SummaryFields, text: string, outlets: string[]): EventSummary {
  const trigger =
    row.trigger_start !== null &&
    row.trigger_end !== null &&
    row.trigger_start >= 0 &&
    row.trigger_end <= text.length
      ? { start: row.trigger_start, end: row.trigger_end }
      : null;
  return {
    id: row.id,
    date: row.date,
    source: row.source,
    source_sector: row.source_sector,
    target: row.target,
    target_sector: row.target_sector,
    type: row.type as PloverType,
    intensity: row.intensity,
    negated: flag(row.negated),
    future: flag(row.future),
    conditional: flag(row.conditional),
    text,
    trigger,
    stories: Math.max(1, row.stories),
    outlets,
  };
}

/** A document's head as `describeDocument` selects it. */
export interface DocumentHeadRow {
  id: string;
  title: string | null;
  source: string;
  published: string | null;
}

/** A document's provenance row: its story, the story's original, its link and spin. */
export interface ProvenanceRow {
  story: string | null;
  spin: number;
  copyOf: string | null;
  original: string | null;
  link: LinkKind | null;
}

/** A link as shown: similarity and spin to three decimals. */
export const roundedLink = (view: LinkView): LinkView => ({
  ...view,
  similarity: round(view.similarity),
  spin: round(view.spin),
});

/** What `spiral provenance` shows of one document, from the rows either store selected. */
export function documentProvenanceView(
  doc: DocumentHeadRow,
  prov: ProvenanceRow | undefined,
  copyOf: LinkView | null,
  copies: LinkView[],
  quotes: QuoteChainView[],
): DocumentProvenanceView {
  return {
    doc: doc.id,
    title: doc.title,
    source: doc.source,
    published: doc.published,
    story: prov?.story ?? null,
    original: prov?.original ?? null,
    spin: prov ? round(prov.spin) : null,
    link: prov?.link ?? null,
    copyOf: copyOf && roundedLink(copyOf),
    copies: copies.map(roundedLink),
    quotes,
  };
}

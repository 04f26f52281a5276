// Events as rows, tables and streams of lines (CSV, TSV, JSON Lines, JSON, GeoJSON). Pure.
import type { EventRecord, Place, Quantity } from '../records.js';
import type { MentionEventRecord } from '../store/index.js';
import { delimitedRow, type DelimitedOptions } from './delimited.js';
import { alignColumns, truncate } from './table.js';
import { terminalSafe } from './terminal.js';

export function formatQuantities(quantities: Quantity[]): string {
  return quantities.map((q) => `${q.count} ${q.unit}`).join('; ');
}

export const EVENT_COLUMNS = [
  'id',
  'date',
  'source',
  'source_sector',
  'target',
  'target_sector',
  'type',
  'mode',
  'cameo',
  'intensity',
  'negated',
  'conditional',
  'future',
  'claimed',
  'place',
  'admin1',
  'country',
  'lat',
  'lon',
  'quantities',
  'mentions',
  'outlets',
  'urls',
  'doc',
  'sentence',
  'text',
] as const;

/** Flat columns of an event (or of a mention, with its `event` last). */
export function eventColumns(withEvent: boolean): string[] {
  return withEvent ? [...EVENT_COLUMNS, 'event'] : [...EVENT_COLUMNS];
}

function placeFields(place: Place | null): string[] {
  return place
    ? [place.name, place.admin1, place.country, String(place.lat), String(place.lon)]
    : ['', '', '', '', ''];
}

export function eventValues(event: EventRecord | MentionEventRecord): string[] {
  const values = [
    event.id,
    event.date ?? '',
    event.source,
    event.source_sector,
    event.target,
    event.target_sector,
    event.type,
    event.mode,
    event.cameo,
    String(event.intensity),
    String(event.negated),
    String(event.conditional),
    String(event.future),
    String(event.claimed),
    ...placeFields(event.place),
    formatQuantities(event.quantities),
    String(event.mentions),
    event.sources.map((s) => s.source).join('; '),
    event.sources
      .map((s) => s.url)
      .filter((u): u is string => !!u)
      .join(' '),
    event.evidence.doc,
    String(event.evidence.sentence),
    event.evidence.text,
  ];
  if ('event' in event) values.push(event.event);
  return values;
}

function actorLabel(root: string, sector: string): string {
  return `${root || '?'}${sector ? ` ${sector}` : ''}`;
}

export function dyad(event: EventRecord): string {
  return `${actorLabel(event.source, event.source_sector)} → ${actorLabel(event.target, event.target_sector)}`;
}

/** Short flags: negated, conditional, future, claimed. */
export function eventFlags(event: EventRecord): string {
  const flags = [
    event.negated ? 'neg' : '',
    event.conditional ? 'cond' : '',
    event.future ? 'fut' : '',
    event.claimed ? 'claim' : '',
  ].filter(Boolean);
  return flags.join(',');
}

/**
 * Event table: date, dyad, type, flags, number of sources, and as much sentence as fits. Safe to
 * print: escapes and line breaks from documents are neutralised.
 */
export function formatEventsTable(
  events: EventRecord[],
  width = 120,
  withSources = false,
): string[] {
  return eventsTableLines(events, width, withSources).map(terminalSafe);
}

function eventsTableLines(events: EventRecord[], width: number, withSources: boolean): string[] {
  const head = ['DATE', 'ID', 'DYAD', 'TYPE', 'FLAGS', 'SRC'];
  const rows = events.map((e) => [
    e.date ?? '—',
    'event' in e ? String((e as MentionEventRecord).event) : e.id,
    dyad(e),
    e.type,
    eventFlags(e) || '-',
    String(e.sources.length),
  ]);
  const aligned = alignColumns([head, ...rows]);
  const used = Math.max(...aligned.map((l) => l.length));
  const room = Math.max(20, width - used - 2);
  return aligned.flatMap((line, i) => {
    const text = i === 0 ? 'SENTENCE' : truncate(events[i - 1]!.evidence.text, room);
    const row = `${line.padEnd(used)}  ${text}`;
    if (!withSources || i === 0) return [row];
    // --sources: every document that tells the event, one line each.
    return [
      row,
      ...events[i - 1]!.sources.map(
        (s) =>
          `  ↳ ${truncate(`${s.doc} ${s.published ?? '—'} ${s.source || '?'}: ${s.title ?? ''} ${s.url ?? ''}`, width - 4)}`,
      ),
    ];
  });
}

/** A GeoJSON Feature for an event with a place; null without one. */
export function geojsonFeature(event: EventRecord): object | null {
  if (!event.place) return null;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [event.place.lon, event.place.lat] },
    properties: event,
  };
}

export type EventFormat = 'csv' | 'tsv' | 'jsonl' | 'json' | 'geojson';

/**
 * Lines of `events` in `format`; lazy over a sync or async source (a store's pages), so exports
 * stream in bounded memory. `options` applies to CSV and TSV.
 */
export async function* eventLines(
  events: Iterable<EventRecord> | AsyncIterable<EventRecord>,
  format: EventFormat,
  mentions: boolean,
  options: DelimitedOptions = {},
): AsyncGenerator<string> {
  if (format === 'csv' || format === 'tsv') {
    yield delimitedRow(eventColumns(mentions), format, options);
    for await (const event of events) yield delimitedRow(eventValues(event), format, options);
    return;
  }
  if (format === 'jsonl') {
    for await (const event of events) yield JSON.stringify(event);
    return;
  }
  let first = true;
  if (format === 'json') {
    for await (const event of events) {
      yield `${first ? '[' : ','}${JSON.stringify(event)}`;
      first = false;
    }
    yield first ? '[]' : ']';
    return;
  }
  yield '{"type":"FeatureCollection","features":[';
  for await (const event of events) {
    const feature = geojsonFeature(event);
    if (!feature) continue;
    yield `${first ? '' : ','}${JSON.stringify(feature)}`;
    first = false;
  }
  yield ']}';
}

// Turns record streams into output lines for the machine-readable formats.
import type { EventRecord } from '../records.js';
import { delimitedRow, eventColumns, eventValues, geojsonFeature } from './format.js';

export type EventFormat = 'csv' | 'tsv' | 'jsonl' | 'json' | 'geojson';

/**
 * Lines of `events` in `format`; lazy over a sync or async source (a store's pages), so exports
 * stream in bounded memory.
 */
export async function* eventLines(
  events: Iterable<EventRecord> | AsyncIterable<EventRecord>,
  format: EventFormat,
  mentions: boolean,
): AsyncGenerator<string> {
  if (format === 'csv' || format === 'tsv') {
    yield delimitedRow(eventColumns(mentions), format);
    for await (const event of events) yield delimitedRow(eventValues(event), format);
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

/** A JSON array written one element per line. */
export function* jsonArray<T>(items: Iterable<T>, map: (item: T) => unknown): Generator<string> {
  let first = true;
  for (const item of items) {
    yield `${first ? '[' : ','}${JSON.stringify(map(item))}`;
    first = false;
  }
  yield first ? '[]' : ']';
}

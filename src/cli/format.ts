// Pure formatting of records for the terminal and for files. No I/O here.
import type { EventRecord, Place, Quantity } from '../records.js';
import type {
  DocumentSummary,
  MentionDetail,
  MentionEventRecord,
  StoreSummary,
} from '../store/index.js';

export const TABLE_FORMATS = ['table', 'csv', 'tsv', 'jsonl', 'json'] as const;
export const EXPORT_FORMATS = ['csv', 'tsv', 'jsonl', 'json', 'geojson'] as const;
export type OutputFormat = (typeof TABLE_FORMATS)[number] | (typeof EXPORT_FORMATS)[number];

// ---------------------------------------------------------------- delimited text

/** RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** TSV has no quoting: tabs and line breaks inside a value become spaces. */
export function tsvField(value: string): string {
  return value.replace(/[\t\r\n]+/g, ' ');
}

export function delimitedRow(values: string[], format: 'csv' | 'tsv'): string {
  return format === 'csv' ? values.map(csvField).join(',') : values.map(tsvField).join('\t');
}

// ---------------------------------------------------------------- events as rows

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

// ---------------------------------------------------------------- tables

/** Cuts text to `width` characters, marking the cut with an ellipsis. */
export function truncate(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (width <= 0) return '';
  return flat.length <= width ? flat : `${flat.slice(0, Math.max(0, width - 1))}…`;
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

/** Aligns rows of cells into columns; the last column is not padded. */
export function alignColumns(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

/** Event table: date, dyad, type, flags, number of sources, and as much sentence as fits. */
export function formatEventsTable(
  events: EventRecord[],
  width = 120,
  withSources = false,
): string[] {
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

export const DOCUMENT_COLUMNS = [
  'id',
  'published',
  'source',
  'title',
  'url',
  'path',
  'format',
  'ingested',
  'chars',
  'sentences',
  'mentions',
  'events',
] as const;

export function documentValues(doc: DocumentSummary): string[] {
  return DOCUMENT_COLUMNS.map((column) => {
    const value = doc[column];
    return value === null || value === undefined ? '' : String(value);
  });
}

export function formatDocumentsTable(docs: DocumentSummary[], width = 120): string[] {
  const head = ['ID', 'DATE', 'SOURCE', 'EVENTS'];
  const rows = docs.map((d) => [d.id, d.published ?? '—', d.source || '—', String(d.events)]);
  const aligned = alignColumns([head, ...rows]);
  const used = Math.max(...aligned.map((l) => l.length));
  const room = Math.max(20, width - used - 2);
  return aligned.map((line, i) => {
    const doc = docs[i - 1];
    const title = i === 0 ? 'TITLE' : truncate(doc?.title ?? doc?.path ?? '', room);
    return `${line.padEnd(used)}  ${title}`;
  });
}

// ---------------------------------------------------------------- highlighting

export interface Span {
  start: number;
  end: number;
}

export type HighlightStyle = 'ansi' | 'brackets';

/**
 * Marks spans of `text`: ANSI bold on a terminal, `[[...]]` when piped. Overlapping spans are
 * merged so the marks always nest properly.
 */
export function highlight(text: string, spans: Span[], style: HighlightStyle): string {
  const valid = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of valid) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  const [open, close] = style === 'ansi' ? ['\x1b[1m', '\x1b[22m'] : ['[[', ']]'];
  let out = '';
  let at = 0;
  for (const span of merged) {
    out += text.slice(at, span.start) + open + text.slice(span.start, span.end) + close;
    at = span.end;
  }
  return out + text.slice(at);
}

/** Where a phrase occurs in a sentence (case-insensitive), for actor words the coder named. */
export function findPhrase(text: string, phrase: string): Span | null {
  if (!phrase.trim()) return null;
  const index = text.toLowerCase().indexOf(phrase.toLowerCase());
  return index < 0 ? null : { start: index, end: index + phrase.length };
}

// ---------------------------------------------------------------- geojson

/** A GeoJSON Feature for an event with a place; null without one. */
export function geojsonFeature(event: EventRecord): object | null {
  if (!event.place) return null;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [event.place.lon, event.place.lat] },
    properties: event,
  };
}

// ---------------------------------------------------------------- summary

export function formatStoreSummary(s: StoreSummary): string[] {
  const lines = [
    `documents: ${s.documents} from ${s.sources} sources`,
    `sentences: ${s.sentences}`,
    `events:    ${s.events} (${s.mentions} mentions)` +
      (s.firstDate ? `, ${s.firstDate} to ${s.lastDate}` : ''),
  ];
  if (s.byType.length) {
    lines.push('', 'events by type:');
    lines.push(...alignColumns(s.byType.map((t) => [`  ${t.type}`, String(t.events)])));
  }
  if (s.topDyads.length) {
    lines.push('', 'top dyads:');
    lines.push(
      ...alignColumns(
        s.topDyads.map((d) => [`  ${d.source || '?'} → ${d.target || '?'}`, String(d.events)]),
      ),
    );
  }
  return lines;
}

// ---------------------------------------------------------------- one event in full

function describePlace(place: Place | null): string {
  if (!place) return '—';
  const where = [place.name, place.admin1, place.country].filter(Boolean).join(', ');
  return `${where} (${place.lat}, ${place.lon})`;
}

/** The mention's sentence with trigger and actor words marked. */
export function markedSentence(mention: MentionDetail, style: HighlightStyle): string {
  const { text, start } = mention.evidence;
  const spans: Span[] = [];
  const trigger = { start: mention.trigger.start - start, end: mention.trigger.end - start };
  if (trigger.start >= 0 && trigger.end <= text.length) spans.push(trigger);
  for (const actor of [mention.source.text, mention.target.text]) {
    const span = findPhrase(text, actor);
    if (span) spans.push(span);
  }
  // Sentences may span lines in the source; one line each reads better.
  return highlight(text, spans, style).replace(/\s+/g, ' ').trim();
}

/** `spiral show`: the event, its mentions (sentences marked) and its sources. */
export function showEventLines(
  event: EventRecord,
  mentions: MentionDetail[],
  style: HighlightStyle,
): string[] {
  const flags = eventFlags(event);
  const lines = [
    `event     ${event.id}`,
    `date      ${event.date ?? 'unknown'}`,
    `dyad      ${dyad(event)}`,
    `type      ${event.type}${event.mode ? ` (${event.mode})` : ''}  cameo ${event.cameo}  intensity ${event.intensity}`,
    `flags     ${flags || 'none'}`,
    `place     ${describePlace(event.place)}`,
  ];
  if (event.quantities.length) lines.push(`counts    ${formatQuantities(event.quantities)}`);
  lines.push('', `mentions (${mentions.length}):`);
  for (const m of mentions) {
    lines.push(
      `  ${m.document.source || '—'} ${m.document.published ?? ''} ${m.evidence.doc}#${m.evidence.sentence}` +
        `  [${m.source.text || m.source.root} → ${m.target.text || m.target.root}; "${m.trigger.text}"; ${m.pattern}]`,
      `    ${markedSentence(m, style)}`,
    );
  }
  lines.push('', `sources (${event.sources.length}):`);
  for (const s of event.sources) {
    lines.push(
      `  ${s.doc}  ${s.published ?? '—'}  ${s.source || '—'}  ${s.title ?? ''}${s.url ? `  ${s.url}` : ''}`.trimEnd(),
    );
  }
  return lines;
}

/** What `spiral demo` prints after ingesting the example corpus. */
export function demoLines(
  dbFile: string,
  run: { documents: number; skipped: number; failed: number },
  store: StoreSummary,
  examples: EventRecord[],
): string[] {
  const lines = [
    `Spiral demo: example corpus → ${dbFile}`,
    `this run: ${run.documents} new documents, ${run.skipped} already stored, ${run.failed} failed`,
    '',
    ...formatStoreSummary(store),
  ];
  if (examples.length) {
    lines.push('', 'example events:');
    for (const e of examples) {
      const outlets = [...new Set(e.sources.map((s) => s.source || '—'))].join(', ');
      lines.push(
        `  ${e.id}  ${e.date ?? '—'}  ${dyad(e)}  ${e.type}${eventFlags(e) ? ` (${eventFlags(e)})` : ''}`,
        `    "${truncate(e.evidence.text, 150)}"`,
        `    ${e.sources.length} source${e.sources.length === 1 ? '' : 's'}: ${outlets}`,
      );
    }
    lines.push(
      '',
      'next: spiral events --db FILE | spiral show EVENT_ID | spiral export --format csv',
    );
  }
  return lines;
}

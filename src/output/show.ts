// `spiral show`: one event in full, its mentions with the coded words marked. Pure.
import type { EventRecord, Place } from '../records.js';
import type { MentionDetail } from '../store/index.js';
import { dyad, eventFlags, formatQuantities } from './events.js';
import { findPhrase, highlight, type HighlightStyle, type Span } from './highlight.js';
import { terminalSafe } from './terminal.js';

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
  // Neutralised before marking (same length, so the spans still fit): the marks are the only
  // escapes that reach the terminal. Sentences may span lines in the source; one line each reads
  // better.
  return highlight(terminalSafe(text), spans, style).replace(/\s+/g, ' ').trim();
}

/** `spiral show`: the event, its mentions (sentences marked) and its sources. */
export function showEventLines(
  event: EventRecord,
  mentions: MentionDetail[],
  style: HighlightStyle,
): string[] {
  const flags = eventFlags(event);
  const head = [
    `event     ${event.id}`,
    `date      ${event.date ?? 'unknown'}`,
    `dyad      ${dyad(event)}`,
    `type      ${event.type}${event.mode ? ` (${event.mode})` : ''}  cameo ${event.cameo}  intensity ${event.intensity}`,
    `flags     ${flags || 'none'}`,
    `place     ${describePlace(event.place)}`,
  ];
  if (event.quantities.length) head.push(`counts    ${formatQuantities(event.quantities)}`);
  // Lines from stored text are neutralised whole; marked sentences are made safe before marking.
  const lines = [...head.map(terminalSafe), '', `mentions (${mentions.length}):`];
  for (const m of mentions) {
    lines.push(
      terminalSafe(
        `  ${m.document.source || '—'} ${m.document.published ?? ''} ${m.evidence.doc}#${m.evidence.sentence}` +
          `  [${m.source.text || m.source.root} → ${m.target.text || m.target.root}; "${m.trigger.text}"; ${m.pattern}]`,
      ),
      `    ${markedSentence(m, style)}`,
    );
  }
  lines.push('', `sources (${event.sources.length}):`);
  for (const s of event.sources) {
    lines.push(
      terminalSafe(
        `  ${s.doc}  ${s.published ?? '—'}  ${s.source || '—'}  ${s.title ?? ''}${s.url ? `  ${s.url}` : ''}`.trimEnd(),
      ),
    );
  }
  return lines;
}

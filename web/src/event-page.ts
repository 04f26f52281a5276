// /events/{id}: the event, every sentence that tells it (trigger and actors marked) and its sources.
import { getJson, type EventRecord, type MentionDetail } from './api.js';
import { append, el, externalLink, section } from './dom.js';
import { findWithin, type MarkSpan } from './highlight.js';
import { markedText } from './marked.js';
import { dyadLabel, flagsOf } from './overview.js';

export function mentionSpans(m: MentionDetail): MarkSpan[] {
  const text = m.evidence.text;
  const spans: MarkSpan[] = [
    {
      start: m.trigger.start - m.evidence.start,
      end: m.trigger.end - m.evidence.start,
      mark: 'trigger',
    },
  ];
  for (const actor of [m.source.text, m.target.text]) {
    const at = findWithin(text, actor, 0, text.length);
    if (at) spans.push({ ...at, mark: 'actor' });
  }
  return spans;
}

export async function renderEvent(root: HTMLElement, id: string): Promise<void> {
  const { event, mentions } = await getJson<{ event: EventRecord; mentions: MentionDetail[] }>(
    `/api/events/${encodeURIComponent(id)}`,
  );
  document.title = `${event.type} ${event.date ?? ''} · Spiral`;
  const facts: Array<[string, string]> = [
    ['Date', event.date ?? 'unknown'],
    ['Dyad', dyadLabel(event)],
    [
      'Type',
      `${event.type}${event.mode ? ` (${event.mode})` : ''} · CAMEO ${event.cameo} · intensity ${event.intensity}`,
    ],
    ['Flags', flagsOf(event) || 'none'],
    [
      'Place',
      event.place
        ? [event.place.name, event.place.admin1, event.place.country].filter(Boolean).join(', ')
        : '—',
    ],
  ];
  if (event.quantities.length) {
    facts.push([
      'Counts',
      event.quantities
        .map((q) => `${q.count} ${q.unit}${q.region ? ` (${q.region})` : ''}`)
        .join('; '),
    ]);
  }
  append(
    root,
    el('p', {}, el('a', { href: '/' }, '← overview')),
    el('h1', {}, `${event.type}: ${dyadLabel(event)}`),
    el('dl', { class: 'facts' }, ...facts.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])),
    section(
      `Told in ${mentions.length} sentence${mentions.length === 1 ? '' : 's'}`,
      el(
        'ol',
        { class: 'mentions' },
        ...mentions.map((m) =>
          el(
            'li',
            { class: 'mention' },
            el('blockquote', { class: 'sentence' }, markedText(m.evidence.text, mentionSpans(m))),
            el(
              'p',
              { class: 'meta' },
              el(
                'a',
                {
                  href: `/documents/${encodeURIComponent(m.evidence.doc)}?event=${encodeURIComponent(event.id)}`,
                },
                m.document.title ?? m.evidence.doc,
              ),
              ` · ${m.document.source || 'unknown outlet'} · ${m.document.published ?? 'undated'} · pattern ${m.pattern}`,
            ),
          ),
        ),
      ),
    ),
    section(
      'Sources',
      el(
        'ul',
        { class: 'sources' },
        ...event.sources.map((s) =>
          el(
            'li',
            {},
            el(
              'a',
              {
                href: `/documents/${encodeURIComponent(s.doc)}?event=${encodeURIComponent(event.id)}`,
              },
              s.title ?? s.doc,
            ),
            ` · ${s.source || 'unknown outlet'} · ${s.published ?? 'undated'} · `,
            externalLink(s.url),
          ),
        ),
      ),
    ),
  );
}

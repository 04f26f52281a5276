// /documents/{id}: the text with evidence sentences and triggers highlighted and actors marked,
// the events it tells, its story (copies, spin) and its quote chains.
import { getJson, type DocumentView, type LinkView, type MentionDetail } from './api.js';
import { append, el, externalLink, section } from './dom.js';
import { findWithin, type MarkSpan } from './highlight.js';
import { markedText } from './marked.js';

export function documentSpans(view: DocumentView, selectedEvent: string | null): MarkSpan[] {
  const { text } = view.document;
  const spans: MarkSpan[] = [];
  for (const m of view.mentions) {
    const selected = selectedEvent !== null && m.event === selectedEvent;
    // With an event chosen, only its sentences are highlighted; otherwise every coded one.
    if (selectedEvent !== null && !selected) continue;
    spans.push({ start: m.sentence.start, end: m.sentence.end, mark: 'evidence' });
    if (selected) spans.push({ start: m.sentence.start, end: m.sentence.end, mark: 'selected' });
    spans.push({ start: m.trigger.start, end: m.trigger.end, mark: 'trigger' });
    for (const actor of [m.source.text, m.target.text]) {
      const at = findWithin(text, actor, m.sentence.start, m.sentence.end);
      if (at) spans.push({ ...at, mark: 'actor' });
    }
  }
  return spans;
}

/**
 * The chosen event's own stored mentions in this document (exact offsets), for those the
 * document's list could not tie to it (it merged into an event another document started).
 */
async function addStoredMentions(view: DocumentView, doc: string, event: string): Promise<void> {
  const { mentions } = await getJson<{ mentions: MentionDetail[] }>(
    `/api/events/${encodeURIComponent(event)}`,
  );
  for (const m of mentions) {
    if (m.evidence.doc !== doc) continue;
    const known = view.mentions.find((x) => x.id === m.id);
    if (known) {
      known.event = event;
      continue;
    }
    view.mentions.push({
      id: m.id,
      event,
      type: m.type,
      date: m.date,
      source: m.source,
      target: m.target,
      negated: m.negated,
      sentence: { index: m.evidence.sentence, start: m.evidence.start, end: m.evidence.end },
      trigger: m.trigger,
    });
  }
}

const linkLine = (l: LinkView): HTMLElement =>
  el(
    'li',
    {},
    el('a', { href: `/documents/${encodeURIComponent(l.doc)}` }, l.title ?? l.doc),
    ` · ${l.source || 'unknown outlet'} · ${l.link} (similarity ${l.similarity.toFixed(2)}, spin ${l.spin.toFixed(2)})`,
  );

export async function renderDocument(
  root: HTMLElement,
  id: string,
  selectedEvent: string | null,
): Promise<void> {
  const view = await getJson<DocumentView>(`/api/documents/${encodeURIComponent(id)}`);
  if (selectedEvent) await addStoredMentions(view, id, selectedEvent);
  const { document: doc, provenance } = view;
  document.title = `${doc.title ?? doc.id} · Spiral`;
  const events = view.mentions.filter((m) => m.event);
  const story: HTMLElement[] = [];
  if (provenance?.copyOf)
    story.push(el('p', {}, 'Copies: '), el('ul', {}, linkLine(provenance.copyOf)));
  if (provenance?.copies.length)
    story.push(el('p', {}, 'Copied by: '), el('ul', {}, ...provenance.copies.map(linkLine)));
  if (!story.length) story.push(el('p', {}, 'No known copies.'));
  const chains = provenance?.quotes ?? [];
  append(
    root,
    el('p', {}, el('a', { href: '/' }, '← overview')),
    el('h1', { class: 'doc-title' }, doc.title ?? doc.id),
    el(
      'p',
      { class: 'meta' },
      `${doc.source || 'unknown outlet'} · ${doc.published ?? 'undated'} · `,
      externalLink(doc.url),
    ),
    el('article', { class: 'doc-text' }, markedText(doc.text, documentSpans(view, selectedEvent))),
    section(
      'Events told here',
      events.length
        ? el(
            'ul',
            {},
            ...events.map((m) =>
              el(
                'li',
                {},
                el(
                  'a',
                  { href: `/events/${encodeURIComponent(m.event!)}` },
                  `${m.date ?? 'undated'} · ${m.source.root || '?'} → ${m.target.root || '?'} · ${m.type}${m.negated ? ' (negated)' : ''}`,
                ),
                ` “${m.trigger.text}”`,
              ),
            ),
          )
        : el('p', {}, 'None.'),
    ),
    section('Story', ...story),
    section(
      'Quote chains',
      chains.length
        ? el('ul', {}, ...chains.map((q) => el('li', {}, el('q', {}, q.words), ` ${q.chain}`)))
        : el('p', {}, 'None.'),
    ),
  );
  root.querySelector('mark.selected, mark.evidence')?.scrollIntoView({ block: 'center' });
}

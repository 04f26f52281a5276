// The overview's analysis panels: spikes (also marked on the timeline), the day's brief and
// positions (demands and replies). Each claim links the events it rests on.
import { getJson, type Brief, type Position, type Spike } from './api.js';
import { append, clear, el } from './dom.js';
import type { Filters } from './filters.js';

const eventLinks = (ids: string[], max = 5): HTMLElement =>
  el(
    'span',
    { class: 'evidence-links' },
    ...ids
      .slice(0, max)
      .flatMap((id, i) => [
        i ? ' ' : '',
        el('a', { href: `/events/${encodeURIComponent(id)}` }, `[${i + 1}]`),
      ]),
    ids.length > max ? ` +${ids.length - max}` : '',
  );

/** Shows a panel's failure as text, so one missing analysis never blanks the page. */
async function fill(box: HTMLElement, load: () => Promise<Node>): Promise<void> {
  try {
    const node = await load();
    clear(box);
    box.appendChild(node);
  } catch (err) {
    clear(box);
    append(box, el('p', { class: 'status' }, `Not available: ${(err as Error).message}`));
  }
}

/** Spikes marked on the timeline: the most significant of the range (a store has thousands). */
const SPIKES_MARKED = 100;
/** Spikes listed in the panel, and the events linked from each. */
const SPIKES_LISTED = 12;
const SPIKE_EVIDENCE = 5;
/** Demands listed (the latest of the range), each with its replies. */
const POSITIONS_LISTED = 20;

/** The range's most significant spikes, with a few events each (the panel links five). */
export async function loadSpikes(filters: Filters): Promise<Spike[]> {
  const params = new URLSearchParams();
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  const subject = filters.dyad ?? filters.region;
  if (subject) params.set('subject', subject);
  params.set('limit', String(SPIKES_MARKED));
  params.set('evidence', String(SPIKE_EVIDENCE));
  return (await getJson<{ spikes: Spike[] }>('/api/spikes', params)).spikes;
}

export function loadBrief(filters: Filters): Promise<Brief> {
  const params = new URLSearchParams();
  if (filters.to) params.set('date', filters.to);
  return getJson<Brief>('/api/brief', params);
}

/** The latest demands of the range with their replies, latest first. */
export async function loadPositions(filters: Filters): Promise<Position[]> {
  const params = new URLSearchParams();
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  params.set('limit', String(POSITIONS_LISTED));
  const { positions } = await getJson<{ positions: Position[] }>('/api/positions', params);
  return positions.slice().reverse();
}

export function spikesPanel(box: HTMLElement, spikes: Promise<Spike[]>): Promise<void> {
  return fill(box, async () => {
    const list = (await spikes)
      .slice()
      .sort((a, b) => a.p - b.p)
      .slice(0, SPIKES_LISTED);
    if (!list.length) return el('p', {}, 'No spikes in this range.');
    return el(
      'ul',
      { class: 'spikes' },
      ...list.map((s) =>
        el(
          'li',
          {},
          `${s.date} · ${s.subject} · ${s.kind === 'count' ? `${s.value} ${s.unit}` : `${s.kind} ${s.value}`} (baseline ${s.baseline.toFixed(1)}, p ${s.p.toExponential(1)}) `,
          eventLinks(s.events),
        ),
      ),
    );
  });
}

export function briefPanel(box: HTMLElement, loaded: Promise<Brief>): Promise<void> {
  return fill(box, async () => {
    const brief = await loaded;
    return el(
      'div',
      { class: 'brief' },
      el(
        'p',
        { class: 'meta' },
        `Brief of ${brief.date}${brief.days > 1 ? ` (${brief.days} days)` : ''}`,
      ),
      ...brief.sections.map((section) =>
        el(
          'div',
          {},
          el('h3', {}, section.title),
          section.claims.length
            ? el(
                'ul',
                {},
                ...section.claims.map((c) => el('li', {}, `${c.text} `, eventLinks(c.events))),
              )
            : el('p', { class: 'status' }, section.empty),
          section.note && el('p', { class: 'meta' }, section.note),
        ),
      ),
    );
  });
}

export function positionsPanel(box: HTMLElement, loaded: Promise<Position[]>): Promise<void> {
  return fill(box, async () => {
    const positions = await loaded;
    if (!positions.length) return el('p', {}, 'No demands in this range.');
    const list = el(
      'ul',
      { class: 'positions' },
      ...positions.map((p) =>
        el(
          'li',
          {},
          el('strong', {}, `${p.source || '?'} → ${p.target || '?'}`),
          ` ${p.date ?? 'undated'}: “${p.demand}” — ${p.status} `,
          eventLinks(p.events, 2),
          p.replies.length
            ? el(
                'ul',
                {},
                ...p.replies.map((r) =>
                  el(
                    'li',
                    {},
                    `${r.date ?? 'undated'} ${r.source} ${r.type} `,
                    eventLinks([r.event], 1),
                  ),
                ),
              )
            : null,
        ),
      ),
    );
    const latest = `The latest ${positions.length === 1 ? 'demand' : `${positions.length} demands`}`;
    return el('div', {}, el('p', { class: 'meta' }, `${latest} of the range, latest first`), list);
  });
}

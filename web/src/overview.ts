// The overview page: filters kept in the URL, the map, the timeline, the dyad chart and the list
// of matching events.
import { getJson, type EventPage, type EventRecord, type Overview } from './api.js';
import { append, clear, el, section } from './dom.js';
import { FILTER_KEYS, filterParams, filtersUrl, readFilters, type Filters } from './filters.js';
import type { Point, Region } from './map.js';
import {
  briefPanel,
  loadBrief,
  loadPositions,
  loadSpikes,
  positionsPanel,
  spikesPanel,
} from './analysis-panels.js';

const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
];

const LABELS: Record<(typeof FILTER_KEYS)[number], string> = {
  from: 'From',
  to: 'To',
  actor: 'Actor',
  dyad: 'Dyad (A-B)',
  type: 'Type',
  region: 'Region',
  q: 'Text',
};

export const dyadLabel = (e: EventRecord): string =>
  `${e.source || '?'}${e.source_sector ? ` ${e.source_sector}` : ''} → ${e.target || '?'}${e.target_sector ? ` ${e.target_sector}` : ''}`;

export function flagsOf(e: EventRecord): string {
  return [
    e.negated && 'negated',
    e.conditional && 'conditional',
    e.future && 'future',
    e.claimed && 'claimed',
  ]
    .filter(Boolean)
    .join(', ');
}

function filterForm(filters: Filters, onChange: (next: Filters) => void): HTMLFormElement {
  const field = (key: (typeof FILTER_KEYS)[number]): HTMLElement => {
    const value = filters[key] ?? '';
    const input =
      key === 'type'
        ? el(
            'select',
            { name: key, id: `f-${key}` },
            el('option', { value: '' }, 'any'),
            ...PLOVER_TYPES.map((t) =>
              el('option', { value: t, selected: t === value.toUpperCase() }, t),
            ),
          )
        : el('input', {
            name: key,
            id: `f-${key}`,
            type: key === 'from' || key === 'to' ? 'date' : 'text',
            value,
            maxlength: 200,
            placeholder: key === 'dyad' ? 'RUS-UKR' : key === 'actor' ? 'RUS' : '',
          });
    return el('label', { for: `f-${key}` }, LABELS[key], input);
  };
  const form = el(
    'form',
    { class: 'filters', role: 'search' },
    ...FILTER_KEYS.map(field),
    el('button', { type: 'submit' }, 'Apply'),
    el('a', { href: '/', class: 'reset' }, 'Reset'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const next: Filters = {};
    for (const key of FILTER_KEYS) {
      const value = String(data.get(key) ?? '').trim();
      if (value) next[key] = value;
    }
    onChange(next);
  });
  return form;
}

export function eventRow(e: EventRecord): HTMLElement {
  const flags = flagsOf(e);
  return el(
    'li',
    { class: 'event', 'data-id': e.id },
    el(
      'div',
      { class: 'event-head' },
      el(
        'a',
        { href: `/events/${encodeURIComponent(e.id)}`, class: 'event-link' },
        `${e.date ?? 'undated'} · ${dyadLabel(e)} · ${e.type}`,
      ),
      flags && el('span', { class: 'flags' }, flags),
      e.place &&
        el('span', { class: 'place' }, [e.place.name, e.place.admin1].filter(Boolean).join(', ')),
      el(
        'span',
        { class: 'count' },
        `${e.sources.length} source${e.sources.length === 1 ? '' : 's'}`,
      ),
    ),
    el('p', { class: 'evidence' }, e.evidence.text),
  );
}

export async function renderOverview(root: HTMLElement): Promise<void> {
  const show = async (filters: Filters): Promise<void> => {
    // Marks the view as loading until its data is drawn (tests and users wait for it).
    root.removeAttribute('data-ready');
    root.removeAttribute('data-charts');
    clear(root);
    // Two columns on a wide screen (map | charts), one on a narrow one.
    const full = Math.min(1100, Math.max(320, root.clientWidth || 960));
    const width = full >= 900 ? Math.floor(full / 2) - 50 : full - 40;
    const status = el('p', { class: 'status' }, 'Loading…');
    const selection = el('div', { class: 'selection' });
    const mapBox = el('div', { class: 'chart map' });
    const timelineBox = el('div', { class: 'chart' });
    const dyadBox = el('div', { class: 'chart' });
    const list = el('ol', { class: 'events' });
    const spikesBox = el('div', {}, 'Loading…');
    const briefBox = el('div', {}, 'Loading…');
    const positionsBox = el('div', {}, 'Loading…');
    const more = el('button', { type: 'button', class: 'more', hidden: true }, 'More events');
    const go = (next: Filters): void => {
      history.pushState(null, '', filtersUrl(next));
      void show(next);
    };
    append(
      root,
      filterForm(filters, go),
      status,
      el(
        'div',
        { class: 'grid' },
        section('Map', mapBox, selection),
        el(
          'div',
          {},
          section('Timeline', timelineBox),
          section('Dyads: conflict and cooperation, both directions', dyadBox),
        ),
      ),
      el(
        'div',
        { class: 'grid' },
        section("The day's brief", briefBox),
        el(
          'div',
          {},
          section('Spikes', spikesBox),
          section('Positions: demands and replies', positionsBox),
        ),
      ),
      section('Events', list, more),
    );

    const params = filterParams(filters);
    const listParams = new URLSearchParams(params);
    listParams.set('limit', '50');
    const loadPage = async (cursor: string | null): Promise<void> => {
      const query = new URLSearchParams(listParams);
      if (cursor) query.set('cursor', cursor);
      const page = await getJson<EventPage>('/api/events', query);
      append(list, ...page.events.map(eventRow));
      if (!cursor && page.events.length === 0)
        append(list, el('li', { class: 'empty' }, 'No events match.'));
      more.hidden = page.next === null;
      more.onclick = () => void loadPage(page.next);
    };
    // The overview's figures, the first page and the drawing code (most of the script, loaded
    // apart) are asked for first. The analysis panels are asked for once the overview is in, so
    // the server (one process, answering in turn) computes them while the page draws the map
    // and charts: asked at once, the server took them in any order and the charts waited
    // behind the spikes (2 s at 100,000 events).
    const drawing = import('./drawing.js');
    const overviewLoaded = getJson<Overview>('/api/overview', params);
    const firstPage = loadPage(null);
    try {
      const [overview] = await Promise.all([overviewLoaded, firstPage]);
      const positions = loadPositions(filters);
      const brief = loadBrief(filters);
      const spikes = loadSpikes(filters);
      // Each is awaited by its panel; this keeps a failure from going unhandled when the
      // drawing fails first and the panels are never awaited.
      for (const loading of [positions, brief, spikes]) loading.catch(() => undefined);
      const { drawDyads, drawMap, drawTimeline, markSpikes } = await drawing;
      status.textContent = `${overview.events.toLocaleString('en')} events`;
      const showRegion = (region: Region): void => go({ ...filters, region: region.admin1 });
      const showPoints = (points: Point[]): void => {
        clear(selection);
        append(
          selection,
          el('h3', {}, points[0]!.place),
          el(
            'ul',
            {},
            ...points.map((p) =>
              el(
                'li',
                {},
                el(
                  'a',
                  { href: `/events/${encodeURIComponent(p.id)}` },
                  `${p.date ?? 'undated'} · ${p.type}`,
                ),
              ),
            ),
          ),
        );
      };
      mapBox.appendChild(drawMap(overview, width, { onRegion: showRegion, onPoint: showPoints }));
      const timeline = drawTimeline(overview.days, width);
      timelineBox.appendChild(timeline);
      dyadBox.appendChild(
        overview.dyads.length ? drawDyads(overview.dyads, width) : el('p', {}, 'No dyads.'),
      );
      // The overview's own figures are drawn; the analysis panels fill in as they come.
      root.setAttribute('data-charts', 'true');
      // Timed by the browser test's benchmark mode (from navigation start, in the page's clock).
      performance.mark('spiral-overview-charts');
      // Spikes are marked on the timeline when they come; a store without them keeps it as it is.
      const marked = spikes
        .then((list) => markSpikes(timeline, [...new Set(list.map((s) => s.date))]))
        .catch(() => undefined);
      await Promise.all([
        spikesPanel(spikesBox, spikes),
        briefPanel(briefBox, brief),
        positionsPanel(positionsBox, positions),
        marked,
      ]);
      performance.mark('spiral-overview-ready');
      root.setAttribute('data-ready', 'true');
    } catch (err) {
      status.textContent = `Could not load: ${(err as Error).message}`;
      status.className = 'status error';
      root.setAttribute('data-ready', 'error');
    }
  };
  window.addEventListener('popstate', () => void show(readFilters(location.search)));
  await show(readFilters(location.search));
}

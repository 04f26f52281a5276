import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../records.js';
import type {
  DocumentProvenanceView,
  DocumentSummary,
  MentionDetail,
  StoreSummary,
  StoryView,
} from '../store/index.js';
import {
  alignColumns,
  csvField,
  demoLines,
  formatDocumentsTable,
  formatProvenance,
  formatStoriesTable,
  delimitedRow,
  eventColumns,
  eventValues,
  formatEventsTable,
  geojsonFeature,
  highlight,
  markedSentence,
  showEventLines,
  truncate,
  tsvField,
  eventLines,
} from './index.js';

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const line of lines) out.push(line);
  return out;
}

const sentence = 'Russian forces shelled Shchastia, killing 2 civilians, the army said.';
const event: EventRecord = {
  id: 'e0123456789abcdef',
  date: '2022-02-17',
  source: 'RUS',
  source_sector: 'MIL',
  target: 'UKR',
  target_sector: 'CVL',
  type: 'ASSAULT',
  mode: 'shelling',
  cameo: '195',
  intensity: -10,
  negated: false,
  conditional: false,
  future: false,
  claimed: true,
  place: {
    name: 'Shchastia',
    admin1: 'Luhansk',
    country: 'UKR',
    lat: 48.74,
    lon: 39.23,
    level: 'city',
  },
  quantities: [{ count: 2, unit: 'civilian killed', region: '', period: 'current' }],
  evidence: { doc: 'd1', sentence: 3, start: 100, end: 100 + sentence.length, text: sentence },
  sources: [
    {
      doc: 'd1',
      source: 'Harbor, Daily',
      url: 'https://h.example/1',
      title: 'T "1"',
      published: '2022-02-17',
    },
    { doc: 'd2', source: 'Meridian', url: null, title: null, published: null },
  ],
  mentions: 2,
  symmetric: false,
};

describe('delimited text', () => {
  it('quotes CSV fields only when needed, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(delimitedRow(['a', 'b,c', ''], 'csv')).toBe('a,"b,c",');
  });

  it('flattens tabs and newlines in TSV', () => {
    expect(tsvField('a\tb\r\nc')).toBe('a b c');
    expect(delimitedRow(['a', 'b'], 'tsv')).toBe('a\tb');
  });

  it('has one value per column', () => {
    expect(eventValues(event)).toHaveLength(eventColumns(false).length);
    expect(eventValues({ ...event, event: 'e1' })).toHaveLength(eventColumns(true).length);
    const row = eventValues(event);
    expect(row[eventColumns(false).indexOf('outlets')]).toBe('Harbor, Daily; Meridian');
    expect(row[eventColumns(false).indexOf('quantities')]).toBe('2 civilian killed');
  });

  it('guards formula cells in event rows but keeps intensities numeric', async () => {
    const hostile = { ...event, sources: [{ ...event.sources[0]!, source: '=cmd|x' }] };
    const [, row] = await collect(eventLines([hostile], 'csv', false));
    expect(row).toContain(',-10,'); // intensity
    expect(row).toContain("'=cmd|x");
    const [, raw] = await collect(eventLines([hostile], 'csv', false, { rawCells: true }));
    expect(raw).not.toContain("'=cmd|x");
  });

  it('streams formats', async () => {
    const csv = await collect(eventLines([event], 'csv', false));
    expect(csv[0]).toBe(eventColumns(false).join(','));
    expect(csv[1]).toContain('"Harbor, Daily; Meridian"');
    const json = (await collect(eventLines([event, event], 'json', false))).join('\n');
    expect(JSON.parse(json)).toEqual([event, event]);
    expect(JSON.parse((await collect(eventLines([], 'json', false))).join(''))).toEqual([]);
    const jsonl = await collect(eventLines([event], 'jsonl', false));
    expect(JSON.parse(jsonl[0]!)).toEqual(event);
    const geo = JSON.parse(
      (
        await collect(eventLines([event, { ...event, id: 'e2', place: null }], 'geojson', false))
      ).join(''),
    );
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features).toHaveLength(1);
    expect(geo.features[0].geometry).toEqual({ type: 'Point', coordinates: [39.23, 48.74] });
    expect(geojsonFeature({ ...event, place: null })).toBeNull();
  });
});

describe('tables', () => {
  it('truncates with an ellipsis', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('a  long\nsentence here', 8)).toBe('a long …');
    expect(truncate('abc', 0)).toBe('');
  });

  it('aligns columns', () => {
    expect(
      alignColumns([
        ['a', 'bb', 'c'],
        ['ccc', 'd', 'e'],
      ]),
    ).toEqual(['a    bb  c', 'ccc  d   e']);
  });

  it('shows date, dyad, type, flags, sources and the sentence', () => {
    const lines = formatEventsTable([event], 100);
    expect(lines[0]).toMatch(/^DATE\s+ID\s+DYAD\s+TYPE\s+FLAGS\s+SRC\s+SENTENCE$/);
    expect(lines[1]).toContain('2022-02-17');
    expect(lines[1]).toContain('RUS MIL → UKR CVL');
    expect(lines[1]).toContain('claim');
    expect(lines[1]!.length).toBeLessThanOrEqual(100);
    expect(lines[1]).toMatch(/…$/);
  });
});

describe('highlighting', () => {
  it('marks spans with brackets or ANSI bold, merging overlaps', () => {
    expect(highlight('abcdef', [{ start: 1, end: 3 }], 'brackets')).toBe('a[[bc]]def');
    expect(
      highlight(
        'abcdef',
        [
          { start: 1, end: 3 },
          { start: 2, end: 4 },
        ],
        'brackets',
      ),
    ).toBe('a[[bcd]]ef');
    expect(highlight('abc', [{ start: 0, end: 1 }], 'ansi')).toBe('\x1b[1ma\x1b[22mbc');
    expect(highlight('abc', [{ start: 5, end: 9 }], 'brackets')).toBe('abc');
  });

  it('marks trigger and actor words of a mention', () => {
    const mention: MentionDetail = {
      id: 'm1',
      event: event.id,
      date: event.date,
      source: { root: 'RUS', sector: 'MIL', text: 'Russian forces' },
      target: { root: 'UKR', sector: 'CVL', text: 'civilians' },
      type: 'ASSAULT',
      mode: '',
      cameo: '195',
      negated: false,
      conditional: false,
      future: false,
      claimed: true,
      evidence: event.evidence,
      trigger: { start: 115, end: 122, text: 'shelled' },
      pattern: 'assault.shell',
      document: event.sources[0]!,
    };
    expect(markedSentence(mention, 'brackets')).toBe(
      '[[Russian forces]] [[shelled]] Shchastia, killing 2 [[civilians]], the army said.',
    );
    const lines = showEventLines(event, [mention], 'brackets');
    expect(lines).toContain('mentions (1):');
    expect(lines.join('\n')).toContain('https://h.example/1');
    expect(lines.join('\n')).toContain('Shchastia, Luhansk, UKR');
  });
});

describe('human-readable writers with hostile text', () => {
  // Escapes that recolour, clear, rename the window, ring, break rows or reverse a line.
  const HOSTILE = 'T\x1b[2J\x1b]0;owned\x07\r\nnext row\u202Eevil\u009b31m\u2066x\u0000';
  // Anything a terminal would act on, but the ANSI bold that `show` adds on purpose.
  // eslint-disable-next-line no-control-regex -- looking for control characters is the test
  const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
  const withoutMarks = (line: string): string =>
    line.replaceAll('\x1b[1m', '').replaceAll('\x1b[22m', '');
  const hostileEvent: EventRecord = {
    ...event,
    mode: HOSTILE,
    evidence: { ...event.evidence, text: `${HOSTILE} ${sentence}` },
    sources: [{ doc: 'd1', source: HOSTILE, url: HOSTILE, title: HOSTILE, published: null }],
  };
  const expectSafe = (lines: string[]): void => {
    for (const line of lines) {
      expect(withoutMarks(line)).not.toMatch(UNSAFE);
      expect(line).not.toContain('\t');
    }
  };

  it('events table (with --sources), one line per row', () => {
    const lines = formatEventsTable([hostileEvent], 200, true);
    expect(lines).toHaveLength(3);
    expectSafe(lines);
    expect(lines[2]).toContain('T␛[2J␛]0;owned␇');
  });

  it('docs table', () => {
    const doc: DocumentSummary = {
      id: 'd1',
      source: HOSTILE,
      url: null,
      title: HOSTILE,
      published: null,
      path: 'a.txt',
      format: 'text',
      ingested: '2022-02-17T00:00:00Z',
      chars: 10,
      sentences: 1,
      mentions: 0,
      events: 0,
    };
    const lines = formatDocumentsTable([doc], 200);
    expect(lines).toHaveLength(2);
    expectSafe(lines);
  });

  it('show: every line, the marked sentence keeping its marks', () => {
    const mention: MentionDetail = {
      id: 'm1',
      event: event.id,
      date: event.date,
      source: { root: 'RUS', sector: 'MIL', text: HOSTILE },
      target: { root: 'UKR', sector: 'CVL', text: 'civilians' },
      type: 'ASSAULT',
      mode: '',
      cameo: '195',
      negated: false,
      conditional: false,
      future: false,
      claimed: false,
      evidence: hostileEvent.evidence,
      trigger: { start: 100, end: 101, text: HOSTILE },
      pattern: 'p',
      document: hostileEvent.sources[0]!,
    };
    const lines = showEventLines(hostileEvent, [mention], 'ansi');
    expectSafe(lines);
    expect(lines.join('\n')).toContain('\x1b[1m');
    expect(lines.join('\n')).toContain('\x1b[1mcivilians\x1b[22m');
  });

  it('stories, provenance, the store summary and the demo', () => {
    const story: StoryView = {
      id: 's1',
      original: 'd1',
      size: 1,
      members: [
        { doc: 'd1', path: 'a', url: null, title: HOSTILE, similarity: 1, link: 'original' },
      ],
    };
    expectSafe(formatStoriesTable([story]));
    const link = {
      doc: 'd2',
      title: HOSTILE,
      source: HOSTILE,
      link: 'spun' as const,
      similarity: 0.5,
      spin: 0.2,
    };
    const provenance: DocumentProvenanceView = {
      doc: 'd1',
      title: HOSTILE,
      source: HOSTILE,
      published: null,
      story: 's1',
      original: 'd1',
      spin: null,
      link: 'original',
      copyOf: link,
      copies: [link],
      quotes: [{ words: HOSTILE, chain: HOSTILE }],
    };
    const lines = formatProvenance(provenance);
    expectSafe(lines);
    expect(lines.some((l) => l.includes('\n'))).toBe(false);
    const store: StoreSummary = {
      documents: 1,
      sentences: 1,
      mentions: 1,
      events: 1,
      sources: 1,
      firstDate: null,
      lastDate: null,
      byType: [{ type: 'ASSAULT', events: 1 }],
      topDyads: [{ source: HOSTILE, target: 'UKR', events: 1 }],
      topSources: [],
    };
    expectSafe(demoLines(HOSTILE, { documents: 1, skipped: 0, failed: 0 }, store, [hostileEvent]));
  });
});

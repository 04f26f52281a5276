import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../records.js';
import type { MentionDetail } from '../store/queries.js';
import {
  alignColumns,
  csvField,
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

  it('streams formats', () => {
    const csv = [...eventLines([event], 'csv', false)];
    expect(csv[0]).toBe(eventColumns(false).join(','));
    expect(csv[1]).toContain('"Harbor, Daily; Meridian"');
    const json = [...eventLines([event, event], 'json', false)].join('\n');
    expect(JSON.parse(json)).toEqual([event, event]);
    expect(JSON.parse([...eventLines([], 'json', false)].join(''))).toEqual([]);
    const jsonl = [...eventLines([event], 'jsonl', false)];
    expect(JSON.parse(jsonl[0]!)).toEqual(event);
    const geo = JSON.parse(
      [...eventLines([event, { ...event, id: 'e2', place: null }], 'geojson', false)].join(''),
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

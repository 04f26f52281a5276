// A store of many events made without the coder: documents of plain sentences with one mention
// each, for measuring the read side (API, dashboard) at a size coding would take hours to reach.
// Every mention carries its own count, so no two merge: the store ends with exactly `events`.
import type { DocumentRecord, Mention, Place, PloverType, Sentence } from '../records.js';
import { PLOVER_TYPES } from '../records.js';
import { documentId } from '../store/ids.js';
import type { Store } from '../store/store.js';
import { seededRandom } from '../random.js';

const ACTORS = [
  'RUS',
  'UKR',
  'USA',
  'BLR',
  'POL',
  'DEU',
  'FRA',
  'GBR',
  'TUR',
  'CHN',
  'NATO',
  'EU',
  'UN',
  'OSCE',
];
const PLACES: Place[] = [
  {
    name: 'Donetsk',
    admin1: 'Donetsk Oblast',
    country: 'UKR',
    lat: 48.0159,
    lon: 37.8028,
    level: 'city',
  },
  {
    name: 'Luhansk',
    admin1: 'Luhansk Oblast',
    country: 'UKR',
    lat: 48.574,
    lon: 39.3078,
    level: 'city',
  },
  {
    name: 'Kharkiv',
    admin1: 'Kharkiv Oblast',
    country: 'UKR',
    lat: 49.9935,
    lon: 36.2304,
    level: 'city',
  },
  { name: 'Kyiv', admin1: 'Kyiv City', country: 'UKR', lat: 50.4547, lon: 30.5238, level: 'city' },
  {
    name: 'Mariupol',
    admin1: 'Donetsk Oblast',
    country: 'UKR',
    lat: 47.0971,
    lon: 37.5434,
    level: 'city',
  },
  {
    name: 'Belgorod',
    admin1: 'Belgorod Oblast',
    country: 'RUS',
    lat: 50.5977,
    lon: 36.5858,
    level: 'city',
  },
  { name: 'Minsk', admin1: 'Minsk City', country: 'BLR', lat: 53.9, lon: 27.5667, level: 'city' },
];
const INTENSITY: Record<string, number> = {
  AGREE: 3,
  CONSULT: 1,
  SUPPORT: 4,
  CONCEDE: 5,
  COOPERATE: 6,
  AID: 7,
  RETREAT: 4,
  REQUEST: 2,
  ACCUSE: -2,
  REJECT: -4,
  THREATEN: -6,
  PROTEST: -5,
  SANCTION: -7,
  MOBILIZE: -6,
  COERCE: -8,
  ASSAULT: -10,
};

export interface SyntheticOptions {
  events: number;
  /** Mentions (sentences) per document. */
  perDocument?: number;
  /** Days the events spread over, from 2021-01-01. */
  days?: number;
  seed?: number;
  onProgress?: (written: number) => void;
}

const DAY_MS = 86_400_000;
const START = Date.parse('2021-01-01T00:00:00Z');

export async function fillSyntheticStore(store: Store, options: SyntheticOptions): Promise<number> {
  const next = seededRandom(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const perDocument = options.perDocument ?? 20;
  const days = options.days ?? 1000;
  let written = 0;
  let docNumber = 0;
  await store.begin();
  while (written < options.events) {
    const n = Math.min(perDocument, options.events - written);
    const hash = `${(docNumber + 1).toString(16).padStart(16, '0')}${'0'.repeat(48)}`;
    const id = documentId(hash);
    const published = new Date(START + Math.floor(next() * days) * DAY_MS)
      .toISOString()
      .slice(0, 10);
    const sentences: Sentence[] = [];
    const mentions: Mention[] = [];
    let text = '';
    for (let i = 0; i < n; i += 1) {
      const source = pick(ACTORS);
      let target = pick(ACTORS);
      if (target === source) target = ACTORS[(ACTORS.indexOf(source) + 1) % ACTORS.length]!;
      const type = pick(PLOVER_TYPES) as PloverType;
      const place = next() < 0.7 ? pick(PLACES) : null;
      const count = written + i + 1;
      const sentenceText = `${source} forces and ${target} officials: report ${count} (${type.toLowerCase()}) near ${place?.name ?? 'the line'}. `;
      const start = text.length;
      text += sentenceText;
      const end = start + sentenceText.length - 1;
      sentences.push({ doc: id, index: i, start, end, text: sentenceText.trimEnd() });
      const date = new Date(Date.parse(`${published}T00:00:00Z`) - Math.floor(next() * 3) * DAY_MS)
        .toISOString()
        .slice(0, 10);
      const triggerStart = start + sentenceText.indexOf('report');
      mentions.push({
        id: `m${id.slice(1, 7)}${count.toString(16).padStart(10, '0')}`,
        date,
        source: { root: source, sector: 'GOV', text: source },
        target: { root: target, sector: '', text: target },
        type,
        mode: '',
        cameo: '000',
        intensity: INTENSITY[type] ?? 0,
        negated: false,
        conditional: false,
        future: false,
        claimed: false,
        place,
        quantities: [{ count, unit: 'reports', region: place?.admin1 ?? '', period: 'current' }],
        evidence: { doc: id, sentence: i, start, end, text: sentenceText.trimEnd() },
        trigger: { start: triggerStart, end: triggerStart + 6, text: 'report' },
        pattern: 'synthetic',
      });
    }
    const doc: DocumentRecord = {
      id,
      hash,
      text,
      source: pick(['Wire A', 'Wire B', 'Ministry', 'Monitor']),
      url: `https://example.org/${docNumber}`,
      title: `Synthetic report ${docNumber}`,
      published,
      ingested: new Date(0).toISOString(),
      path: 'synthetic',
      format: 'text',
    };
    await store.writeDocument(doc, { sentences, mentions, quotes: [] }, []);
    written += n;
    docNumber += 1;
    if (docNumber % 500 === 0) {
      await store.commit();
      await store.begin();
      options.onProgress?.(written);
    }
  }
  await store.commit();
  return written;
}

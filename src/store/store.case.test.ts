// The shared suite every Store runs (as Hono's routers share one): each implementation's test
// file calls `runStoreSuite(name, makeStore)` with a factory of fresh, empty stores. Records are
// invented here; the merge cases are merge.ts's rules seen through a real store.
import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentRecord, Mention, PloverType, QuoteRecord, Sentence } from '../records.js';
import { BANDS } from '../provenance/minhash.js';
import type { CodedContent } from './coded.js';
import { documentId } from './ids.js';
import type { DocumentStep, Store } from './store.js';

export type MakeStore = () => Promise<Store>;

let counter = 0;

/** An invented document; its hash (and id) is unique per call. */
export function makeDoc(
  source: string,
  published: string | null,
  text = `${source} reported talks on ${published ?? 'an unknown day'}.`,
): DocumentRecord {
  counter += 1;
  const hash = `${counter.toString(16).padStart(8, '0')}${'cd'.repeat(28)}`;
  return {
    id: documentId(hash),
    hash,
    source,
    url: `https://example.org/${source.toLowerCase()}/${counter}`,
    title: `${source} story ${counter}`,
    published,
    ingested: new Date(Date.UTC(2022, 1, 1, 0, 0, counter)).toISOString(),
    path: `${source}/${counter}.txt`,
    format: 'text',
    text,
  };
}

interface MentionSpec {
  source?: string;
  target?: string;
  type?: PloverType;
  date?: string | null;
  place?: string | null;
  counts?: number[];
  negated?: boolean;
  sentence?: number;
}

/** A mention told by the whole of `doc`'s first sentence (or sentence `sentence`). */
export function makeMention(doc: DocumentRecord, spec: MentionSpec = {}): Mention {
  const sentence = spec.sentence ?? 0;
  const source = spec.source ?? 'USA';
  const target = spec.target ?? 'RUS';
  const type = spec.type ?? 'CONSULT';
  const text = doc.text;
  return {
    id: `m${doc.id.slice(1)}-${sentence}-${type}-${source}-${target}`,
    date: spec.date === undefined ? '2022-02-12' : spec.date,
    source: { root: source, sector: 'GOV', text: `${source} officials` },
    target: { root: target, sector: 'GOV', text: `${target} officials` },
    type,
    mode: type === 'CONSULT' ? 'phone' : '',
    cameo: type === 'CONSULT' ? '040' : '190',
    intensity: type === 'CONSULT' ? 1 : -10,
    negated: spec.negated ?? false,
    conditional: false,
    future: false,
    claimed: false,
    place: spec.place
      ? { name: spec.place, admin1: 'Donetsk', country: 'UKR', lat: 48.3, lon: 38, level: 'city' }
      : null,
    quantities: (spec.counts ?? []).map((count) => ({
      count,
      unit: 'ceasefire violations',
      region: 'Donetsk',
      period: 'current',
    })),
    evidence: { doc: doc.id, sentence, start: 0, end: text.length, text },
    trigger: { start: 0, end: 4, text: text.slice(0, 4) },
    pattern: 'suite.test',
  };
}

const sentenceOf = (doc: DocumentRecord, index = 0): Sentence => ({
  doc: doc.id,
  index,
  start: 0,
  end: doc.text.length,
  text: doc.text,
});

export const coded = (
  doc: DocumentRecord,
  mentions: Mention[],
  quotes: QuoteRecord[] = [],
): CodedContent => ({
  sentences: [sentenceOf(doc)],
  mentions,
  quotes,
});

/** A document step that names the original each copy repeats (as provenance would). */
function copies(originals: Map<string, string>): DocumentStep {
  return { name: 'copies', run: async (doc) => ({ copyOf: originals.get(doc.id) ?? null }) };
}

export function runStoreSuite(name: string, makeStore: MakeStore): void {
  describe(`Store conformance: ${name}`, () => {
    let open: Store[] = [];
    const fresh = async (): Promise<Store> => {
      const store = await makeStore();
      open.push(store);
      return store;
    };
    afterEach(async () => {
      for (const store of open) await store.close();
      open = [];
    });

    /** Writes each document with its mentions, on its own (no batch). */
    async function write(
      store: Store,
      items: Array<[DocumentRecord, Mention[]]>,
      steps: DocumentStep[] = [],
    ) {
      const counts = [];
      for (const [doc, mentions] of items)
        counts.push(await store.writeDocument(doc, coded(doc, mentions), steps));
      return counts;
    }

    describe('documents', () => {
      it('stores a document whole and reads it back', async () => {
        const store = await fresh();
        const doc = makeDoc('TASS', '2022-02-12', 'Lavrov spoke with Blinken. They met again.');
        expect(await store.hasDocument(doc.hash)).toBe(false);
        const counts = await store.writeDocument(doc, coded(doc, [makeMention(doc)]), []);
        expect(counts).toEqual({ sentences: 1, mentions: 1, events: 1 });
        expect(await store.hasDocument(doc.hash)).toBe(true);
        expect(await store.document(doc.id)).toEqual(doc);
        expect(await store.document('dmissing')).toBeNull();
        const [listed] = await store.documents();
        expect(listed).toMatchObject({
          id: doc.id,
          source: 'TASS',
          chars: doc.text.length,
          sentences: 1,
          mentions: 1,
          events: 1,
        });
      });

      it('is idempotent: the same hash again stores nothing and returns null', async () => {
        const store = await fresh();
        const doc = makeDoc('TASS', '2022-02-12');
        await store.writeDocument(doc, coded(doc, [makeMention(doc)]), []);
        const again = await store.writeDocument(
          { ...doc, path: 'elsewhere.txt' },
          coded(doc, [makeMention(doc)]),
          [],
        );
        expect(again).toBeNull();
        expect((await store.document(doc.id))?.path).toBe(doc.path);
        expect(await store.summary()).toMatchObject({ documents: 1, mentions: 1, events: 1 });
      });

      it('rolls back one failing document alone inside a batch', async () => {
        const store = await fresh();
        const good = makeDoc('TASS', '2022-02-12');
        const bad = makeDoc('AP', '2022-02-12');
        const after = makeDoc('BBC', '2022-02-13');
        const failing: DocumentStep = {
          name: 'fails',
          run: async (doc) => {
            if (doc.id === bad.id) throw new Error('step failed');
            return { copyOf: null };
          },
        };
        await store.begin();
        expect(store.inBatch).toBe(true);
        await store.writeDocument(good, coded(good, [makeMention(good)]), [failing]);
        await expect(
          store.writeDocument(bad, coded(bad, [makeMention(bad)]), [failing]),
        ).rejects.toThrow('step failed');
        await store.writeDocument(
          after,
          coded(after, [makeMention(after, { date: '2022-02-13' })]),
          [failing],
        );
        await store.commit();
        expect(store.inBatch).toBe(false);
        expect(await store.hasDocument(good.hash)).toBe(true);
        expect(await store.hasDocument(bad.hash)).toBe(false);
        expect(await store.hasDocument(after.hash)).toBe(true);
        const [event] = await store.events();
        expect(event?.sources.map((s) => s.doc)).toEqual([good.id, after.id]);
      });

      it('rolls back a whole batch', async () => {
        const store = await fresh();
        const doc = makeDoc('TASS', '2022-02-12');
        await store.begin();
        await store.writeDocument(doc, coded(doc, [makeMention(doc)]), []);
        await store.rollback();
        expect(await store.hasDocument(doc.hash)).toBe(false);
        expect(await store.events()).toEqual([]);
      });
    });

    describe('documents in chunks', () => {
      /** One long report: the same call told undated, then dated, from both sides, and a
       *  shelling that joins an event another outlet stored, spread over six sentences. */
      function longReport(): [DocumentRecord, CodedContent[]] {
        const doc = makeDoc('Interfax', '2022-02-12', 'One. Two. Three. Four. Five. Six.');
        const at = (sentence: number, spec: Parameters<typeof makeMention>[1]): Mention =>
          makeMention(doc, { sentence, ...spec });
        const mentions = [
          at(0, { date: null }),
          at(1, { type: 'ASSAULT', target: 'UKR', date: '2022-02-12' }),
          at(2, { date: null, source: 'RUS', target: 'USA' }),
          at(3, { date: '2022-02-12' }),
          at(4, { source: 'RUS', target: 'USA', date: '2022-02-12' }),
          at(5, { type: 'ASSAULT', target: 'UKR', date: '2022-02-13' }),
        ];
        const chunk = (from: number, to: number): CodedContent => ({
          sentences: [0, 1, 2, 3, 4, 5].slice(from, to).map((i) => sentenceOf(doc, i)),
          mentions: mentions.filter((m) => m.evidence.sentence >= from && m.evidence.sentence < to),
          quotes: [],
        });
        return [doc, [chunk(0, 2), chunk(2, 4), chunk(4, 6)]];
      }

      it('merges across chunks as within one: its own events, both sides, stored events', async () => {
        const [doc, chunks] = longReport();
        const earlier = makeDoc('AP', '2022-02-13');
        const store = await fresh();
        await write(store, [
          [earlier, [makeMention(earlier, { type: 'ASSAULT', target: 'UKR', date: '2022-02-13' })]],
        ]);
        const counts = await store.writeDocument(doc, chunks, []);
        // The undated call and its undated other side are one event; the dated call and its
        // other side another; both shellings join the one AP stored (within a day of each).
        expect(counts).toEqual({ sentences: 6, mentions: 6, events: 2 });
        const events = await store.events();
        const shape = events.map((e) => ({
          type: e.type,
          date: e.date,
          symmetric: e.symmetric,
          mentions: e.mentions,
          outlets: e.sources.length,
        }));
        expect(shape).toEqual([
          { type: 'CONSULT', date: '2022-02-12', symmetric: true, mentions: 2, outlets: 1 },
          { type: 'ASSAULT', date: '2022-02-13', symmetric: false, mentions: 3, outlets: 2 },
          { type: 'CONSULT', date: null, symmetric: true, mentions: 2, outlets: 1 },
        ]);
      });

      it('stores nothing of a document whose chunks fail part way', async () => {
        const [doc, chunks] = longReport();
        function* failing(): Generator<CodedContent> {
          yield chunks[0]!;
          throw new Error('coder failed');
        }
        const store = await fresh();
        await expect(store.writeDocument(doc, failing(), [])).rejects.toThrow('coder failed');
        expect(await store.hasDocument(doc.hash)).toBe(false);
        expect(await store.summary()).toMatchObject({ documents: 0, mentions: 0, events: 0 });
      });
    });

    describe('merging', () => {
      it('one call told by several outlets and both sides is one symmetric event', async () => {
        const store = await fresh();
        const docs = [
          makeDoc('Reuters', '2022-02-12'),
          makeDoc('TASS', '2022-02-13'),
          makeDoc('AP', '2022-02-12'),
          makeDoc('BBC', null),
        ];
        await write(store, [
          [docs[0]!, [makeMention(docs[0]!)]],
          [docs[1]!, [makeMention(docs[1]!, { source: 'RUS', target: 'USA', date: '2022-02-13' })]],
          [docs[2]!, [makeMention(docs[2]!, { date: '2022-02-12' })]],
          [docs[3]!, [makeMention(docs[3]!, { source: 'RUS', target: 'USA', date: '2022-02-11' })]],
        ]);
        const events = await store.events();
        expect(events).toHaveLength(1);
        const [event] = events;
        expect(event).toMatchObject({
          source: 'USA',
          target: 'RUS',
          mentions: 4,
          symmetric: true,
          date: '2022-02-12',
        });
        // Sources by publication date (unknown last), then ingestion.
        expect(event!.sources.map((s) => s.source)).toEqual(['Reuters', 'AP', 'TASS', 'BBC']);
        expect(event!.evidence).toEqual({
          doc: docs[0]!.id,
          sentence: 0,
          start: 0,
          end: docs[0]!.text.length,
          text: docs[0]!.text,
        });
        const mentions = await store.eventMentions(event!.id);
        expect(mentions.map((m) => m.document.source)).toEqual(['Reuters', 'TASS', 'AP', 'BBC']);
      });

      it('a one-sided act told both ways is two events', async () => {
        const store = await fresh();
        const a = makeDoc('Reuters', '2022-02-12');
        const b = makeDoc('TASS', '2022-02-12');
        await write(store, [
          [a, [makeMention(a, { type: 'ASSAULT' })]],
          [b, [makeMention(b, { type: 'ASSAULT', source: 'RUS', target: 'USA' })]],
        ]);
        const events = await store.events();
        expect(events.map((e) => `${e.source}>${e.target}`).sort()).toEqual(['RUS>USA', 'USA>RUS']);
        expect(events.every((e) => !e.symmetric)).toBe(true);
      });

      it('days apart, or negated, are other happenings', async () => {
        const store = await fresh();
        const a = makeDoc('Reuters', '2022-02-12');
        const b = makeDoc('TASS', '2022-02-15');
        const c = makeDoc('AP', '2022-02-12');
        await write(store, [
          [a, [makeMention(a)]],
          [b, [makeMention(b, { date: '2022-02-15' })]],
          [c, [makeMention(c, { negated: true })]],
        ]);
        expect(await store.events()).toHaveLength(3);
      });

      it('undated repeats in one document are one event; undated reports elsewhere are not joined', async () => {
        const store = await fresh();
        const doc = makeDoc(
          'TASS',
          null,
          'Lavrov spoke with Blinken. Lavrov spoke with Blinken again.',
        );
        const other = makeDoc('AP', null);
        const [counts] = await write(store, [
          [
            doc,
            [
              makeMention(doc, { date: null, sentence: 0 }),
              makeMention(doc, { date: null, sentence: 1 }),
            ],
          ],
          [other, [makeMention(other, { date: null })]],
        ]);
        expect(counts).toEqual({ sentences: 1, mentions: 2, events: 1 });
        const events = await store.events();
        expect(events.map((e) => e.mentions).sort()).toEqual([1, 2]);
        expect(events.every((e) => e.date === null)).toBe(true);
      });

      it('a copy joins its original whatever its date; later mentions fill an unknown date', async () => {
        const store = await fresh();
        const original = makeDoc('Wire', '2022-02-12');
        const copy = makeDoc('Aggregator', '2022-02-16');
        const late = makeDoc('Paper', '2022-02-12');
        await write(
          store,
          [
            [original, [makeMention(original, { date: null })]],
            [copy, [makeMention(copy, { date: '2022-02-16' })]],
            [late, [makeMention(late, { date: '2022-02-12' })]],
          ],
          [copies(new Map([[copy.id, original.id]]))],
        );
        const events = await store.events();
        expect(events).toHaveLength(2);
        const joined = events.find((e) => e.mentions === 2)!;
        expect(joined.sources.map((s) => s.doc).sort()).toEqual([original.id, copy.id].sort());
        // The copy's date filled the original's unknown one.
        expect(joined.date).toBe('2022-02-16');
      });

      it('daily reports with other counts never merge, even as copies', async () => {
        const store = await fresh();
        const days = ['2022-02-18', '2022-02-18', '2022-02-19'].map((d) => makeDoc('OSCE', d));
        const counts = [189, 222, 189];
        await write(
          store,
          days.map((doc, i): [DocumentRecord, Mention[]] => [
            doc,
            [
              makeMention(doc, {
                type: 'ASSAULT',
                source: 'UKR',
                target: 'UKR',
                date: doc.published,
                counts: [counts[i]!],
                place: 'Donetsk',
              }),
            ],
          ]),
          [copies(new Map([[days[1]!.id, days[0]!.id]]))],
        );
        const events = await store.events();
        // 189 on the 18th and 189 on the 19th are within a day: one event; 222 stays apart.
        expect(events.map((e) => [e.quantities[0]!.count, e.mentions])).toEqual([
          [189, 2],
          [222, 1],
        ]);
      });

      it('placed acts in two towns are two events; an unknown place joins either', async () => {
        const store = await fresh();
        const a = makeDoc('Reuters', '2022-02-12');
        const b = makeDoc('TASS', '2022-02-12');
        const c = makeDoc('AP', '2022-02-12');
        await write(store, [
          [a, [makeMention(a, { type: 'ASSAULT', place: 'Horlivka' })]],
          [b, [makeMention(b, { type: 'ASSAULT', place: 'Avdiivka' })]],
          [c, [makeMention(c, { type: 'ASSAULT', place: null })]],
        ]);
        const events = await store.events();
        expect(events).toHaveLength(2);
        expect(events.map((e) => e.mentions).sort()).toEqual([1, 2]);
      });

      it('a later mention fills an unknown place; a placeless one keeps it', async () => {
        const store = await fresh();
        const a = makeDoc('Reuters', '2022-02-12');
        const b = makeDoc('TASS', '2022-02-12');
        const c = makeDoc('AP', '2022-02-12');
        await write(store, [
          [a, [makeMention(a, { type: 'ASSAULT', place: null })]],
          [b, [makeMention(b, { type: 'ASSAULT', place: 'Horlivka' })]],
          [c, [makeMention(c, { type: 'ASSAULT', place: null })]],
        ]);
        const events = await store.events();
        expect(events).toHaveLength(1);
        expect(events[0]!.mentions).toBe(3);
        expect(events[0]!.place?.name).toBe('Horlivka');
        expect(await store.events({ region: 'Horlivka' })).toHaveLength(1);
      });
    });

    describe('reading', () => {
      async function corpus(store: Store) {
        const docs = {
          call: makeDoc('Reuters', '2022-02-12'),
          shelling: makeDoc('TASS', '2022-02-14'),
          accusation: makeDoc('AP', '2022-02-16'),
          undated: makeDoc('BBC', null),
        };
        await store.begin();
        await write(store, [
          [docs.call, [makeMention(docs.call)]],
          [
            docs.shelling,
            [
              makeMention(docs.shelling, {
                type: 'ASSAULT',
                source: 'RUS',
                target: 'UKR',
                date: '2022-02-14',
              }),
            ],
          ],
          [
            docs.accusation,
            [
              makeMention(docs.accusation, {
                type: 'ACCUSE',
                source: 'RUS',
                target: 'UKR',
                date: '2022-02-16',
                negated: true,
              }),
            ],
          ],
          [
            docs.undated,
            [
              makeMention(docs.undated, {
                type: 'ACCUSE',
                source: 'UKR',
                target: 'RUS',
                date: null,
              }),
            ],
          ],
        ]);
        await store.commit();
        return docs;
      }
      const ids = (events: Array<{ type: string; date: string | null }>) =>
        events.map((e) => `${e.type}@${e.date}`);

      it('orders events by date (unknown last) and filters them', async () => {
        const store = await fresh();
        await corpus(store);
        expect(ids(await store.events())).toEqual([
          'CONSULT@2022-02-12',
          'ASSAULT@2022-02-14',
          'ACCUSE@2022-02-16',
          'ACCUSE@null',
        ]);
        expect(ids(await store.events({ from: '2022-02-13', to: '2022-02-15' }))).toEqual([
          'ASSAULT@2022-02-14',
        ]);
        expect(ids(await store.events({ actor: 'ukr' }))).toEqual([
          'ASSAULT@2022-02-14',
          'ACCUSE@2022-02-16',
          'ACCUSE@null',
        ]);
        expect(ids(await store.events({ source: 'rus', target: 'UKR' }))).toEqual([
          'ASSAULT@2022-02-14',
          'ACCUSE@2022-02-16',
        ]);
        expect(ids(await store.events({ type: 'accuse' }))).toEqual([
          'ACCUSE@2022-02-16',
          'ACCUSE@null',
        ]);
        expect(ids(await store.events({ negated: true }))).toEqual(['ACCUSE@2022-02-16']);
        expect(ids(await store.events({ sourceOutlet: 'tass' }))).toEqual(['ASSAULT@2022-02-14']);
        expect(ids(await store.events({ limit: 2, offset: 1 }))).toEqual([
          'ASSAULT@2022-02-14',
          'ACCUSE@2022-02-16',
        ]);
        expect(await store.events({ offset: 10 })).toEqual([]);
      });

      it('filters by region (place, admin-1 or count; case and accents ignored) and evidence words', async () => {
        const store = await fresh();
        const placed = (doc: DocumentRecord, date: string, name: string, admin1: string) => {
          const mention = makeMention(doc, { type: 'ASSAULT', date });
          mention.place = { name, admin1, country: 'UKR', lat: 47.8, lon: 35.2, level: 'city' };
          return mention;
        };
        const kramatorsk = makeDoc('AP', '2022-02-12', 'Shelling hit Kramatorsk overnight.');
        const zaporizzja = makeDoc('AP', '2022-02-13', 'Troops entered Zaporížžja at dawn.');
        const luhansk = makeDoc('AP', '2022-02-14', 'Monitors counted 40 violations in LUHANSK.');
        const doha = makeDoc('AP', '2022-02-15', 'Talks in Dóha were "useful" (100%_done).');
        const sliced = makeDoc('TASS', '2022-02-16', '🇺🇦 Kyiv said. Lavrov called Blinken.');
        const start = sliced.text.indexOf('Lavrov');
        const part = makeMention(sliced, { date: '2022-02-16', source: 'GBR' });
        part.evidence = { doc: sliced.id, sentence: 1, start, end: sliced.text.length, text: '' };
        part.evidence.text = sliced.text.slice(start);
        await write(store, [
          [kramatorsk, [placed(kramatorsk, '2022-02-12', 'Kramatorsk', 'Donetsk Oblast')]],
          [zaporizzja, [placed(zaporizzja, '2022-02-13', 'Zaporižžja', 'Zaporizhzhia Oblast')]],
          [luhansk, [makeMention(luhansk, { date: '2022-02-14', counts: [40] })]],
          [doha, [makeMention(doha, { date: '2022-02-15' })]],
          [sliced, [part]],
        ]);
        const dates = async (filter: Parameters<Store['events']>[0]) =>
          (await store.events(filter)).map((e) => e.date);
        expect(await dates({ region: 'donetsk' })).toEqual(['2022-02-12', '2022-02-14']);
        expect(await dates({ region: ' DONETSK OBLAST ' })).toEqual(['2022-02-12']);
        expect(await dates({ region: 'kramatorsk' })).toEqual(['2022-02-12']);
        expect(await dates({ region: 'Kramat' })).toEqual([]);
        expect(await dates({ region: 'zaporizzja' })).toEqual(['2022-02-13']);
        // The suite's counts are reported for Donetsk: the count's region matches, not the text.
        expect(await dates({ region: 'Donetsk', from: '2022-02-14' })).toEqual(['2022-02-14']);
        expect(await dates({ region: '%' })).toEqual([]);
        expect(await dates({ text: 'USEFUL talks' })).toEqual(['2022-02-15']);
        expect(await dates({ text: 'doha' })).toEqual(['2022-02-15']);
        expect(await dates({ text: '0%_d' })).toEqual(['2022-02-15']);
        expect(await dates({ text: '_' })).toEqual(['2022-02-15']);
        expect(await dates({ text: '%' })).toEqual(['2022-02-15']);
        expect(await dates({ text: 'a%' })).toEqual([]);
        expect(await dates({ text: 'blinken' })).toEqual(['2022-02-16']);
        expect(await dates({ text: 'kyiv' })).toEqual([]);
        expect(await dates({ text: 'zaporizzja', region: 'zaporizhzhia' })).toEqual(['2022-02-13']);
        const rows = await store.events({ mentions: true, region: 'zaporižžja', text: 'troops' });
        expect(rows.map((r) => r.date)).toEqual(['2022-02-13']);
      });

      it('pages through every event in the order of one query', async () => {
        const store = await fresh();
        await corpus(store);
        const all = await store.events();
        const paged = [];
        for await (const e of store.iterateEvents({}, 3)) paged.push(e);
        expect(paged).toEqual(all);
        const limited = [];
        for await (const e of store.iterateEvents({ offset: 1, limit: 2 }, 1)) limited.push(e);
        expect(limited).toEqual(all.slice(1, 3));
      });

      it('pages by key (after a row): every event once, in order, with or without a filter', async () => {
        const store = await fresh();
        const dyads = ['RUS-UKR', 'UKR-RUS', 'USA-RUS', 'FRA-UKR', 'GBR-RUS', 'DEU-UKR', 'POL-UKR'];
        const dates = [
          '2022-02-12',
          null,
          '2022-02-12',
          '2022-02-10',
          null,
          '2022-02-12',
          '2022-02-20',
        ];
        await store.begin();
        for (const [i, dyad] of dyads.entries()) {
          const [source, target] = dyad.split('-');
          const doc = makeDoc('AP', dates[i]!, `${dyad} report ${i}.`);
          await write(store, [[doc, [makeMention(doc, { source, target, date: dates[i] })]]]);
        }
        await store.commit();
        for (const filter of [{}, { actor: 'UKR' }, { mentions: true }]) {
          const all = await store.events(filter);
          for (const size of [1, 2, 3]) {
            const paged = [];
            let page = await store.events({ ...filter, limit: size });
            while (page.length > 0) {
              paged.push(...page);
              const last = page[page.length - 1]!;
              page = await store.events({
                ...filter,
                limit: size,
                after: { date: last.date, id: last.id },
              });
            }
            expect(paged.map((e) => e.id)).toEqual(all.map((e) => e.id));
          }
        }
        expect((await store.events()).map((e) => e.date)).toEqual([
          '2022-02-10',
          '2022-02-12',
          '2022-02-12',
          '2022-02-12',
          '2022-02-20',
          null,
          null,
        ]);
        const [, second] = await store.events();
        const after = await store.events({ after: { date: second!.date, id: second!.id } });
        expect(after).toHaveLength(5);
        expect(await store.events({ after: { date: null, id: 'z' } })).toEqual([]);
        await expect(store.events({ after: { date: null, id: 'e' }, offset: 1 })).rejects.toThrow(
          /offset/,
        );
      });

      it('reads one event, its mentions and one row per mention', async () => {
        const store = await fresh();
        const docs = await corpus(store);
        const [call] = await store.events({ type: 'CONSULT' });
        expect(await store.event(call!.id)).toEqual(call);
        expect(await store.event('emissing')).toBeNull();
        const [mention] = await store.eventMentions(call!.id);
        expect(mention).toMatchObject({
          event: call!.id,
          trigger: { start: 0, end: 4, text: docs.call.text.slice(0, 4) },
          document: { doc: docs.call.id, source: 'Reuters', published: '2022-02-12' },
          pattern: 'suite.test',
        });
        const rows = await store.events({ mentions: true, sourceOutlet: 'Reuters' });
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({
          event: call!.id,
          mentions: 1,
          sources: [{ doc: docs.call.id }],
        });
      });

      it("lists a document's mentions with their events, offsets and actors' words", async () => {
        const store = await fresh();
        const first = makeDoc('Reuters', '2022-02-12', 'Lavrov spoke with Blinken.');
        const second = makeDoc(
          'TASS',
          '2022-02-12',
          'Blinken spoke with Lavrov. Shelling hit Avdiivka.',
        );
        const split = second.text.indexOf('Shelling');
        const sentences: Sentence[] = [
          {
            doc: second.id,
            index: 0,
            start: 0,
            end: split - 1,
            text: second.text.slice(0, split - 1),
          },
          {
            doc: second.id,
            index: 1,
            start: split,
            end: second.text.length,
            text: second.text.slice(split),
          },
        ];
        const call = makeMention(second);
        call.evidence = {
          doc: second.id,
          sentence: 0,
          start: 0,
          end: split - 1,
          text: sentences[0]!.text,
        };
        call.trigger = { start: 8, end: 13, text: 'spoke' };
        const shelling = makeMention(second, {
          type: 'ASSAULT',
          source: 'RUS',
          target: 'UKR',
          sentence: 1,
        });
        shelling.evidence = {
          doc: second.id,
          sentence: 1,
          start: split,
          end: second.text.length,
          text: sentences[1]!.text,
        };
        shelling.trigger = { start: split, end: split + 8, text: 'Shelling' };
        await write(store, [[first, [makeMention(first)]]]);
        await store.writeDocument(
          second,
          { sentences, mentions: [call, shelling], quotes: [] },
          [],
        );
        const [told] = await store.documentMentions(first.id);
        const listed = await store.documentMentions(second.id);
        expect(listed.map((m) => m.id)).toEqual([call.id, shelling.id]);
        // The call merged into the event the first document started.
        expect(listed[0]!.event).toBe(told!.event);
        expect(listed[1]!.event).not.toBe(told!.event);
        expect(await store.event(listed[1]!.event)).toMatchObject({ type: 'ASSAULT' });
        expect(listed[0]).toMatchObject({
          source: { root: 'USA', text: 'USA officials' },
          target: { root: 'RUS', text: 'RUS officials' },
          evidence: {
            doc: second.id,
            sentence: 0,
            start: 0,
            end: split - 1,
            text: 'Blinken spoke with Lavrov.',
          },
          trigger: { start: 8, end: 13, text: 'spoke' },
          document: { doc: second.id, source: 'TASS' },
          pattern: 'suite.test',
        });
        expect(listed[1]).toMatchObject({
          evidence: { sentence: 1, start: split, text: 'Shelling hit Avdiivka.' },
          trigger: { start: split, end: split + 8, text: 'Shelling' },
        });
        expect(await store.documentMentions('dmissing')).toEqual([]);
      });

      it('slices evidence that is not a whole sentence from the document (UTF-16 offsets)', async () => {
        const store = await fresh();
        const doc = makeDoc('TASS', '2022-02-12', '🇺🇦 Kyiv said. Lavrov called Blinken.');
        const start = doc.text.indexOf('Lavrov');
        const mention = makeMention(doc);
        mention.evidence = {
          doc: doc.id,
          sentence: 1,
          start,
          end: doc.text.length,
          text: doc.text.slice(start),
        };
        mention.trigger = { start: start + 7, end: start + 13, text: 'called' };
        await store.writeDocument(
          doc,
          { sentences: [sentenceOf(doc)], mentions: [mention], quotes: [] },
          [],
        );
        const [event] = await store.events();
        expect(event!.evidence.text).toBe('Lavrov called Blinken.');
        const [detail] = await store.eventMentions(event!.id);
        expect(detail!.trigger.text).toBe('called');
      });

      it('lists documents with filters and sums the store up', async () => {
        const store = await fresh();
        const docs = await corpus(store);
        expect((await store.documents()).map((d) => d.id)).toEqual([
          docs.call.id,
          docs.shelling.id,
          docs.accusation.id,
          docs.undated.id,
        ]);
        expect((await store.documents({ source: 'tass' })).map((d) => d.id)).toEqual([
          docs.shelling.id,
        ]);
        expect((await store.documents({ from: '2022-02-13', limit: 1 })).map((d) => d.id)).toEqual([
          docs.shelling.id,
        ]);
        expect((await store.documents({ offset: 3 })).map((d) => d.id)).toEqual([docs.undated.id]);
        expect(await store.summary(2)).toEqual({
          documents: 4,
          sentences: 4,
          mentions: 4,
          events: 4,
          sources: 4,
          firstDate: '2022-02-12',
          lastDate: '2022-02-16',
          byType: [
            { type: 'ACCUSE', events: 2 },
            { type: 'ASSAULT', events: 1 },
            { type: 'CONSULT', events: 1 },
          ],
          topDyads: [
            { source: 'RUS', target: 'UKR', events: 2 },
            { source: 'UKR', target: 'RUS', events: 1 },
          ],
          topSources: [
            { source: 'AP', documents: 1 },
            { source: 'BBC', documents: 1 },
          ],
        });
      });

      it('keeps quotes with their speaker and relays from the speaker outward', async () => {
        const store = await fresh();
        const doc = makeDoc(
          'CGTN',
          '2022-02-12',
          '"We want guarantees," Zakharova said, TASS reported.',
        );
        const quote: QuoteRecord = {
          doc: doc.id,
          sentence: 0,
          start: 1,
          end: 20,
          words: 'We want guarantees,',
          speaker: { root: 'RUS', sector: 'GOV', text: 'Zakharova' },
          relays: ['TASS', 'Ministry'],
        };
        await store.writeDocument(doc, coded(doc, [], [quote]), []);
        const quotes = await store.quotes();
        expect(quotes).toEqual([
          {
            doc: doc.id,
            outlet: 'CGTN',
            sentence: 0,
            start: 1,
            end: 20,
            words: 'We want guarantees,',
            speaker: { root: 'RUS', sector: 'GOV', text: 'Zakharova' },
            relays: ['Ministry', 'TASS'],
          },
        ]);
        expect(await store.quotes({ doc: 'dother' })).toEqual([]);
        expect((await store.describeDocument(doc.id))?.quotes).toEqual([
          {
            words: 'We want guarantees,',
            chain: 'Zakharova said → Ministry reported → TASS relayed → CGTN relayed',
          },
        ]);
      });
    });

    describe('analysis aggregates', () => {
      const UNIT = 'ceasefire violations';
      /** A mention with its own intensity and counts (makeMention's are fixed by type). */
      const told = (
        doc: DocumentRecord,
        spec: MentionSpec,
        intensity: number,
        quantities: Mention['quantities'] = [],
      ): Mention => ({ ...makeMention(doc, spec), intensity, quantities });
      const donetsk = (count: number, period = 'current') => ({
        count,
        unit: UNIT,
        region: 'Donetsk',
        period,
      });

      /** Eight reports: one event told twice, counts of several periods, undated and unknown-source events. */
      async function corpus(store: Store) {
        const tass = makeDoc('TASS', '2022-02-14');
        const ap = makeDoc('AP', '2022-02-13', tass.text);
        const shelling = {
          source: 'RUS',
          target: 'UKR',
          type: 'ASSAULT',
          date: '2022-02-14',
          place: 'Avdiivka',
        } as const;
        const unian = makeDoc(
          'Unian',
          '2022-02-16',
          '🇺🇦 Kyiv said. Unknown gunmen shelled Kharkiv.',
        );
        const start = unian.text.indexOf('Unknown');
        const gunmen = told(
          unian,
          { source: '', target: 'UKR', type: 'ASSAULT', date: '2022-02-16', sentence: 1 },
          -10,
        );
        gunmen.evidence = {
          doc: unian.id,
          sentence: 1,
          start,
          end: unian.text.length,
          text: unian.text.slice(start),
        };
        gunmen.trigger = { start: start + 15, end: start + 22, text: 'shelled' };
        const reuters = makeDoc('Reuters', '2022-02-12');
        const osce = makeDoc('OSCE', '2022-02-14');
        const horlivka = makeDoc('Reuters', '2022-02-14');
        const monthly = makeDoc('Reuters', '2022-02-15');
        const bbc = makeDoc('BBC', null);
        await store.begin();
        await write(store, [
          [reuters, [told(reuters, { date: '2022-02-12' }, 1)]],
          [tass, [told(tass, shelling, -10, [donetsk(120), donetsk(80, 'previous')])]],
          [ap, [told(ap, shelling, -10, [donetsk(120), donetsk(80, 'previous')])]],
          [
            osce,
            [
              told(osce, { source: 'UKR', target: 'RUS', type: 'ACCUSE', date: '2022-02-14' }, -4, [
                { count: 300, unit: UNIT, region: 'Luhansk', period: '2022-02-10/2022-02-13' },
              ]),
            ],
          ],
          [
            horlivka,
            [
              told(
                horlivka,
                {
                  source: 'UKR',
                  target: 'RUS',
                  type: 'ASSAULT',
                  date: '2022-02-14',
                  place: 'Horlivka',
                },
                -6,
                [donetsk(130)],
              ),
            ],
          ],
          [
            monthly,
            [
              told(
                monthly,
                { source: 'RUS', target: 'UKR', type: 'ASSAULT', date: '2022-02-15' },
                -8,
                [donetsk(95)],
              ),
            ],
          ],
          [bbc, [told(bbc, { source: 'GBR', target: 'RUS', type: 'ACCUSE', date: null }, -4)]],
          [unian, [gunmen]],
        ]);
        await store.commit();
        const all = await store.events();
        const id = (source: string, target: string, type: string, date: string | null): string => {
          const found = all.filter(
            (e) => e.source === source && e.target === target && e.type === type && e.date === date,
          );
          expect(found).toHaveLength(1);
          return found[0]!.id;
        };
        return {
          all,
          tass,
          unian,
          call: id('USA', 'RUS', 'CONSULT', '2022-02-12'),
          shelled: id('RUS', 'UKR', 'ASSAULT', '2022-02-14'),
          accused: id('UKR', 'RUS', 'ACCUSE', '2022-02-14'),
          horlivka: id('UKR', 'RUS', 'ASSAULT', '2022-02-14'),
          monthly: id('RUS', 'UKR', 'ASSAULT', '2022-02-15'),
          undated: id('GBR', 'RUS', 'ACCUSE', null),
          gunmen: id('', 'UKR', 'ASSAULT', '2022-02-16'),
        };
      }
      const day = (date: string, type: string, events: number, intensity: number) => ({
        date,
        type,
        events,
        intensity,
        hostility: Math.max(0, -intensity),
      });

      it('sums events per day and type of a subject, dated events only', async () => {
        const store = await fresh();
        expect(await store.analysis.dateSpan()).toBeNull();
        expect(await store.analysis.dayTypes({ kind: 'all' }, {})).toEqual([]);
        await corpus(store);
        const a = store.analysis;
        expect(await a.dateSpan()).toEqual({ first: '2022-02-12', last: '2022-02-16' });
        expect(await a.dayTypes({ kind: 'all' }, {})).toEqual([
          day('2022-02-12', 'CONSULT', 1, 1),
          day('2022-02-14', 'ACCUSE', 1, -4),
          day('2022-02-14', 'ASSAULT', 2, -16),
          day('2022-02-15', 'ASSAULT', 1, -8),
          day('2022-02-16', 'ASSAULT', 1, -10),
        ]);
        const dyad = { kind: 'dyad', source: 'RUS', target: 'UKR' } as const;
        expect(await a.dayTypes(dyad, { from: '2022-02-14', to: '2022-02-14' })).toEqual([
          day('2022-02-14', 'ASSAULT', 1, -10),
        ]);
        expect(await a.dayTypes({ kind: 'actor', actor: 'UKR' }, { to: '2022-02-15' })).toEqual([
          day('2022-02-14', 'ACCUSE', 1, -4),
          day('2022-02-14', 'ASSAULT', 2, -16),
          day('2022-02-15', 'ASSAULT', 1, -8),
        ]);
        // A region is the place's admin1 or its name, in any ASCII case.
        expect(await a.dayTypes({ kind: 'region', region: 'donetsk' }, {})).toEqual([
          day('2022-02-14', 'ASSAULT', 2, -16),
        ]);
        expect(await a.dayTypes({ kind: 'region', region: 'HORLIVKA' }, {})).toEqual([
          day('2022-02-14', 'ASSAULT', 1, -6),
        ]);
        expect(await a.dyadDays({})).toEqual([
          {
            source: 'RUS',
            target: 'UKR',
            date: '2022-02-14',
            events: 1,
            intensity: -10,
            hostility: 10,
          },
          {
            source: 'RUS',
            target: 'UKR',
            date: '2022-02-15',
            events: 1,
            intensity: -8,
            hostility: 8,
          },
          {
            source: 'UKR',
            target: 'RUS',
            date: '2022-02-14',
            events: 2,
            intensity: -10,
            hostility: 10,
          },
          {
            source: 'USA',
            target: 'RUS',
            date: '2022-02-12',
            events: 1,
            intensity: 1,
            hostility: 0,
          },
        ]);
        expect(await a.dyadDays({ from: '2022-02-15' })).toHaveLength(1);
      });

      it('sums intensities without drift (14 × −7.2 is −100.8, as SQLite totals it)', async () => {
        const store = await fresh();
        const items: Array<[DocumentRecord, Mention[]]> = [];
        for (let i = 0; i < 14; i += 1) {
          const doc = makeDoc(`Outlet${i}`, '2022-03-01');
          const spec = {
            source: `A${i}`,
            target: 'UKR',
            type: 'ASSAULT',
            date: '2022-03-01',
          } as const;
          items.push([doc, [told(doc, spec, -7.2)]]);
        }
        await write(store, items);
        expect(await store.analysis.dayTypes({ kind: 'all' }, {})).toEqual([
          { date: '2022-03-01', type: 'ASSAULT', events: 14, intensity: -100.8, hostility: 100.8 },
        ]);
      });

      it('groups reported counts by region, unit, date and period (multi-day and previous periods)', async () => {
        const store = await fresh();
        const ids = await corpus(store);
        const row = (
          region: string,
          date: string,
          period: string,
          value: number,
          events: string[],
        ) => ({
          region,
          unit: UNIT,
          date,
          period,
          value,
          events,
        });
        expect(await store.analysis.counts({})).toEqual([
          row('Donetsk', '2022-02-14', 'current', 130, [ids.shelled, ids.horlivka]),
          row('Donetsk', '2022-02-14', 'previous', 80, [ids.shelled]),
          row('Donetsk', '2022-02-15', 'current', 95, [ids.monthly]),
          row('Luhansk', '2022-02-14', '2022-02-10/2022-02-13', 300, [ids.accused]),
        ]);
        expect(await store.analysis.counts({ region: 'donetsk', from: '2022-02-15' })).toEqual([
          row('Donetsk', '2022-02-15', 'current', 95, [ids.monthly]),
        ]);
        expect(
          await store.analysis.counts({
            region: 'LUHANSK',
            unit: 'Ceasefire Violations',
            to: '2022-02-14',
          }),
        ).toEqual([row('Luhansk', '2022-02-14', '2022-02-10/2022-02-13', 300, [ids.accused])]);
        expect(await store.analysis.counts({ unit: 'shells' })).toEqual([]);
      });

      it('lists events with their sentence, trigger, tellings and outlets', async () => {
        const store = await fresh();
        const ids = await corpus(store);
        const a = store.analysis;
        const shelled = {
          id: ids.shelled,
          date: '2022-02-14',
          source: 'RUS',
          source_sector: 'GOV',
          target: 'UKR',
          target_sector: 'GOV',
          type: 'ASSAULT',
          intensity: -10,
          negated: false,
          future: false,
          conditional: false,
          text: ids.tass.text,
          trigger: { start: 0, end: 4 },
          stories: 2,
          // AP published first, though TASS was stored first (and gives the sentence).
          outlets: ['AP', 'TASS'],
        };
        const dyad = { kind: 'dyad', source: 'RUS', target: 'UKR' } as const;
        const listed = await a.events({ subject: dyad, types: ['ASSAULT'] });
        expect(listed[0]).toEqual(shelled);
        expect(listed.map((e) => e.id)).toEqual([ids.shelled, ids.monthly]);
        expect((await a.events({ types: ['ACCUSE', 'CONSULT'] })).map((e) => e.id)).toEqual([
          ids.call,
          ids.accused,
        ]);
        const dated = ids.all.filter((e) => e.date !== null);
        const byDate = dated
          .map((e) => [e.date!, e.id] as const)
          .sort((x, y) => (x[0] === y[0] ? (x[1] < y[1] ? -1 : 1) : x[0] < y[0] ? -1 : 1))
          .map(([, id]) => id);
        expect((await a.events({})).map((e) => e.id)).toEqual(byDate);
        expect((await a.events({ limit: 2 })).map((e) => e.id)).toEqual(byDate.slice(0, 2));
        // The latest: the last by date and id (across a day of several events), in date order.
        expect((await a.events({ limit: 4, latest: true })).map((e) => e.id)).toEqual(
          byDate.slice(-4),
        );
        const lastAssault = await a.events({
          subject: dyad,
          types: ['ASSAULT'],
          limit: 1,
          latest: true,
        });
        expect(lastAssault.map((e) => e.id)).toEqual([ids.monthly]);
        expect(lastAssault[0]).toMatchObject({ text: expect.any(String), outlets: ['Reuters'] });
        expect((await a.events({ latest: true })).map((e) => e.id)).toEqual(byDate);

        // Evidence that is not a whole sentence is sliced from the document by UTF-16 offsets.
        const [call, gunmen] = await a.eventsByIds([ids.gunmen, 'emissing', ids.call]);
        expect(call!.id).toBe(ids.call);
        expect(gunmen).toMatchObject({
          id: ids.gunmen,
          source: '',
          text: 'Unknown gunmen shelled Kharkiv.',
          trigger: { start: 15, end: 22 },
          stories: 1,
          outlets: ['Unian'],
        });
        expect(await a.eventsByIds([])).toEqual([]);
      });

      it('ranks evidence and notable events by |intensity|, and knows its subjects', async () => {
        const store = await fresh();
        const ids = await corpus(store);
        const a = store.analysis;
        const loudest = [ids.shelled, ids.gunmen].sort();
        expect(await a.eventIds({ kind: 'all' }, { from: '2022-02-14' }, 3)).toEqual([
          ...loudest,
          ids.monthly,
        ]);
        expect(await a.eventIds({ kind: 'actor', actor: 'RUS' }, { to: '2022-02-14' }, 10)).toEqual(
          [ids.shelled, ids.horlivka, ids.accused, ids.call],
        );
        // Unknown sources are never notable; more tellings rank first among equals.
        expect((await a.notable({}, 3)).map((e) => e.id)).toEqual([
          ids.shelled,
          ids.monthly,
          ids.horlivka,
        ]);
        expect((await a.notable({ to: '2022-02-12' }, 5)).map((e) => e.id)).toEqual([ids.call]);
        // An undated event is still a subject the store knows.
        expect(await a.hasSubject({ kind: 'dyad', source: 'GBR', target: 'RUS' })).toBe(true);
        expect(await a.hasSubject({ kind: 'dyad', source: 'RUS', target: 'GBR' })).toBe(false);
        expect(await a.hasSubject({ kind: 'actor', actor: 'GBR' })).toBe(true);
        expect(await a.hasSubject({ kind: 'actor', actor: 'FRA' })).toBe(false);
        expect(await a.hasSubject({ kind: 'region', region: 'avdiivka' })).toBe(true);
        expect(await a.hasSubject({ kind: 'region', region: 'Mariupol' })).toBe(false);
        expect(await a.hasSubject({ kind: 'all' })).toBe(true);
      });
    });

    describe('overview aggregates', () => {
      const KRAMATORSK = {
        name: 'Kramatorsk',
        admin1: 'Donetsk Oblast',
        country: 'UKR',
        lat: 48.72305,
        lon: 37.55631,
        level: 'city' as const,
      };
      const KYIV = {
        name: 'Kyiv',
        admin1: 'Kyiv City',
        country: 'UKR',
        lat: 50.4501,
        lon: 30.5234,
        level: 'city' as const,
      };
      /** Six events: two conflictual pairs of days, a call each way, a neutral act, an undated self-dyad. */
      async function corpus(store: Store) {
        const spec: Array<[string, string | null, MentionSpec, number, Mention['place']]> = [
          [
            'Shelling hit Kramatorsk.',
            '2022-02-12',
            { source: 'RUS', target: 'UKR', type: 'ASSAULT' },
            -10,
            KRAMATORSK,
          ],
          [
            'Kyiv accused Moscow.',
            '2022-02-12',
            { source: 'UKR', target: 'RUS', type: 'ACCUSE' },
            -2,
            null,
          ],
          [
            'Blinken called Lavrov.',
            '2022-02-13',
            { source: 'USA', target: 'RUS', type: 'CONSULT' },
            1,
            KYIV,
          ],
          [
            'Lavrov called Blinken back.',
            '2022-02-15',
            { source: 'RUS', target: 'USA', type: 'CONSULT' },
            1.5,
            null,
          ],
          [
            'Troops moved near Kramatorsk.',
            null,
            { source: 'UKR', target: 'UKR', type: 'ASSAULT' },
            -9.5,
            KRAMATORSK,
          ],
          [
            'Paris sent aid to Kyiv.',
            '2022-02-14',
            { source: 'FRA', target: 'UKR', type: 'AID' },
            0,
            KYIV,
          ],
        ];
        await store.begin();
        for (const [text, date, who, intensity, place] of spec) {
          const doc = makeDoc('AP', date, text);
          const mention = { ...makeMention(doc, { ...who, date }), intensity, place };
          await store.writeDocument(doc, coded(doc, [mention]), []);
        }
        await store.commit();
        return Object.fromEntries((await store.events()).map((e) => [e.evidence.text, e.id]));
      }
      const limits = { topDyads: 10, maxPoints: 10 };

      it('counts days, dyads both ways, regions, types and points of every matching event', async () => {
        const store = await fresh();
        const id = await corpus(store);
        const overview = await store.analysis.overview({}, limits);
        expect(overview).toEqual({
          events: 6,
          days: [
            { date: '2022-02-12', events: 2, conflict: 2, cooperation: 0 },
            { date: '2022-02-13', events: 1, conflict: 0, cooperation: 1 },
            { date: '2022-02-14', events: 1, conflict: 0, cooperation: 0 },
            { date: '2022-02-15', events: 1, conflict: 0, cooperation: 1 },
          ],
          dyads: [
            {
              a: 'RUS',
              b: 'UKR',
              ab: { conflict: 1, cooperation: 0 },
              ba: { conflict: 1, cooperation: 0 },
              events: 2,
            },
            {
              a: 'RUS',
              b: 'USA',
              ab: { conflict: 0, cooperation: 1 },
              ba: { conflict: 0, cooperation: 1 },
              events: 2,
            },
            {
              a: 'FRA',
              b: 'UKR',
              ab: { conflict: 0, cooperation: 0 },
              ba: { conflict: 0, cooperation: 0 },
              events: 1,
            },
          ],
          regions: [
            { country: 'UKR', admin1: 'Donetsk Oblast', events: 2 },
            { country: 'UKR', admin1: 'Kyiv City', events: 2 },
          ],
          types: [
            { type: 'ASSAULT', events: 2 },
            { type: 'CONSULT', events: 2 },
            { type: 'ACCUSE', events: 1 },
            { type: 'AID', events: 1 },
          ],
          points: [
            {
              id: id['Shelling hit Kramatorsk.'],
              lat: 48.72305,
              lon: 37.55631,
              type: 'ASSAULT',
              date: '2022-02-12',
              place: 'Kramatorsk',
            },
            {
              id: id['Blinken called Lavrov.'],
              lat: 50.4501,
              lon: 30.5234,
              type: 'CONSULT',
              date: '2022-02-13',
              place: 'Kyiv',
            },
            {
              id: id['Paris sent aid to Kyiv.'],
              lat: 50.4501,
              lon: 30.5234,
              type: 'AID',
              date: '2022-02-14',
              place: 'Kyiv',
            },
            {
              id: id['Troops moved near Kramatorsk.'],
              lat: 48.72305,
              lon: 37.55631,
              type: 'ASSAULT',
              date: null,
              place: 'Kramatorsk',
            },
          ],
        });
      });

      it("applies the event list's filters and the limits", async () => {
        const store = await fresh();
        const id = await corpus(store);
        const placed = await store.analysis.overview({ region: 'KRAMATORSK' }, limits);
        expect(placed).toMatchObject({
          events: 2,
          days: [{ date: '2022-02-12', events: 1, conflict: 1, cooperation: 0 }],
          dyads: [{ a: 'RUS', b: 'UKR', events: 1 }],
          regions: [{ admin1: 'Donetsk Oblast', events: 2 }],
          types: [{ type: 'ASSAULT', events: 2 }],
        });
        const called = await store.analysis.overview(
          { text: 'called', from: '2022-02-13' },
          limits,
        );
        expect(called.events).toBe(2);
        expect(called.dyads).toEqual([
          {
            a: 'RUS',
            b: 'USA',
            ab: { conflict: 0, cooperation: 1 },
            ba: { conflict: 0, cooperation: 1 },
            events: 2,
          },
        ]);
        expect(called.regions).toEqual([{ country: 'UKR', admin1: 'Kyiv City', events: 1 }]);
        const ukr = await store.analysis.overview({ actor: 'ukr', to: '2022-02-12' }, limits);
        expect(ukr.types).toEqual([
          { type: 'ACCUSE', events: 1 },
          { type: 'ASSAULT', events: 1 },
        ]);
        const small = await store.analysis.overview({}, { topDyads: 1, maxPoints: 1 });
        expect(small.dyads.map((d) => `${d.a}-${d.b}`)).toEqual(['RUS-UKR']);
        expect(small.points.map((p) => p.id)).toEqual([id['Shelling hit Kramatorsk.']]);
        const none = await store.analysis.overview({ type: 'PROTEST' }, limits);
        expect(none).toEqual({
          events: 0,
          days: [],
          dyads: [],
          regions: [],
          types: [],
          points: [],
        });
      });
    });

    describe('provenance index and stories', () => {
      const bandsOf = (seed: number): Int32Array =>
        Int32Array.from({ length: BANDS }, (_, b) => seed * 1000 + b);

      it('finds candidates by shared band keys, most shared first, within a bucket limit', async () => {
        const store = await fresh();
        const [a, b, c] = [
          makeDoc('A', '2022-02-12'),
          makeDoc('B', '2022-02-12'),
          makeDoc('C', '2022-02-12'),
        ];
        await write(store, [
          [a, []],
          [b, []],
          [c, []],
        ]);
        const index = store.provenance;
        const sig = Uint32Array.from({ length: BANDS * 4 }, (_, i) => i * 7);
        await index.saveFingerprint(a.id, { sig, shingles: 12 }, bandsOf(1));
        const half = bandsOf(1).map((v, i) => (i < BANDS / 2 ? v : -v - 1));
        await index.saveFingerprint(b.id, { sig, shingles: 9 }, half);
        await index.saveFingerprint(c.id, { sig, shingles: 3 }, bandsOf(2));
        expect(await index.candidates(bandsOf(1), 'dnone', 10, 64)).toEqual([
          { doc: a.id, bands: BANDS },
          { doc: b.id, bands: BANDS / 2 },
        ]);
        expect(await index.candidates(bandsOf(1), a.id, 10, 64)).toEqual([
          { doc: b.id, bands: BANDS / 2 },
        ]);
        expect(await index.candidates(bandsOf(1), 'dnone', 1, 64)).toHaveLength(1);
        // Stop keys: the first half's keys are held by two documents, more than one.
        expect(await index.candidates(bandsOf(1), 'dnone', 10, 64, 1)).toEqual([
          { doc: a.id, bands: BANDS / 2 },
        ]);
        expect(await index.candidates(bandsOf(1), 'dnone', 10, 64, 2)).toEqual([
          { doc: a.id, bands: BANDS },
          { doc: b.id, bands: BANDS / 2 },
        ]);
        // One document per bucket: the first in id order.
        const first = [a.id, b.id].sort()[0]!;
        expect((await index.candidates(bandsOf(1), 'dnone', 10, 1)).map((x) => x.doc)).toContain(
          first,
        );
        expect(await index.signature(a.id)).toEqual({ sig, shingles: 12 });
        expect(await index.signature('dnone')).toBeNull();
        // Fingerprinted again: only the new band keys find it.
        await index.removeFingerprint(c.id);
        expect(await index.signature(c.id)).toBeNull();
        expect(await index.candidates(bandsOf(2), 'dnone', 10, 64)).toEqual([]);
        await index.saveFingerprint(c.id, { sig, shingles: 4 }, bandsOf(3));
        expect(await index.candidates(bandsOf(3), 'dnone', 10, 64)).toEqual([
          { doc: c.id, bands: BANDS },
        ]);
        expect(await index.candidates(bandsOf(2), 'dnone', 10, 64)).toEqual([]);
        expect(await index.text(b.id)).toBe(b.text);
        expect(await index.text('dnone')).toBeNull();
        expect((await index.members([c.id, 'dnone', a.id])).map((m) => [m.id, m.source])).toEqual([
          [c.id, 'C'],
          [a.id, 'A'],
        ]);
      });

      it("answers a candidate's signature and story as stored now, after any later move", async () => {
        // A store may read a lookup's candidates' signatures and stories with it (PostgreSQL
        // does, to save round trips): what it answers must still follow every later write.
        const store = await fresh();
        const [a, b] = [makeDoc('A', '2022-02-12'), makeDoc('B', '2022-02-12')];
        await write(store, [
          [a, []],
          [b, []],
        ]);
        const index = store.provenance;
        const sig = Uint32Array.from({ length: BANDS * 4 }, (_, i) => i * 3);
        await index.saveFingerprint(a.id, { sig, shingles: 5 }, bandsOf(4));
        await index.saveFingerprint(b.id, { sig, shingles: 6 }, bandsOf(4));
        const member = { link: 'verbatim' as const, similarity: 1, substitutions: 0, spin: 0 };
        await index.createStory({ id: 's1', original: a.id, created: '2022-02-12T10:00:00.000Z' });
        await index.createStory({ id: 's2', original: b.id, created: '2022-02-12T11:00:00.000Z' });
        await index.saveMember('s1', a.id, { ...member, link: 'original', copyOf: null });
        expect((await index.candidates(bandsOf(4), 'dnone', 10, 64)).length).toBe(2);
        expect(await index.storyOf(a.id)).toBe('s1');
        expect(await index.storyOf(b.id)).toBeNull();
        expect(await index.signature(b.id)).toEqual({ sig, shingles: 6 });
        await index.saveMember('s1', b.id, { ...member, copyOf: a.id });
        expect(await index.storyOf(b.id)).toBe('s1');
        await index.saveMember('s2', b.id, { ...member, link: 'original', copyOf: null });
        await index.absorbStory('s2', 's1');
        expect(await index.storyOf(a.id)).toBe('s2');
        await index.removeFingerprint(b.id);
        expect(await index.signature(b.id)).toBeNull();
        // Only its own rows go: the document sharing every key with it is still found.
        expect(await index.candidates(bandsOf(4), 'dnone', 10, 64)).toEqual([
          { doc: a.id, bands: BANDS },
        ]);
        await index.saveFingerprint(b.id, { sig, shingles: 7 }, bandsOf(5));
        expect(await index.signature(b.id)).toEqual({ sig, shingles: 7 });
      });

      it('keeps no conflict saved in a batch that is rolled back, and every one committed', async () => {
        // A store may hold conflicts back to send several at once (PostgreSQL does): a rolled
        // back batch must take them with it, a committed one must keep them all.
        const store = await fresh();
        const [a, b, c] = ['A', 'B', 'C'].map((s) => makeDoc(s, '2022-02-12'));
        await write(store, [
          [a!, []],
          [b!, []],
          [c!, []],
        ]);
        const index = store.provenance;
        await store.begin();
        await index.saveConflict(a!.id, b!.id);
        await store.rollback();
        expect(await index.conflict(a!.id, b!.id)).toBe(false);
        await store.begin();
        await index.saveConflict(a!.id, b!.id);
        await index.saveConflict(c!.id, a!.id);
        await index.saveConflict(b!.id, a!.id);
        await store.commit();
        expect(await index.conflict(b!.id, a!.id)).toBe(true);
        expect(await index.conflict(a!.id, c!.id)).toBe(true);
        expect(await index.conflict(b!.id, c!.id)).toBe(false);
      });

      it('keeps stories, members, links, conflicts and absorbs one story into another', async () => {
        const store = await fresh();
        const [w, x, y, z] = ['Wire', 'Paper', 'Blog', 'Radio'].map((s) =>
          makeDoc(s, '2022-02-12'),
        );
        await write(store, [
          [w!, []],
          [x!, []],
          [y!, []],
          [z!, []],
        ]);
        const index = store.provenance;
        expect(await index.linkOf(w!.id)).toBeNull();
        await index.createStory({ id: 's1', original: w!.id, created: '2022-02-12T10:00:00.000Z' });
        await index.createStory({ id: 's1', original: x!.id, created: '2022-02-12T12:00:00.000Z' });
        await index.createStory({ id: 's2', original: y!.id, created: '2022-02-12T11:00:00.000Z' });
        const rel = (
          link: 'original' | 'verbatim' | 'spun',
          similarity: number,
          copyOf: string | null,
        ) => ({
          link,
          similarity,
          substitutions: link === 'spun' ? 3 : 0,
          spin: link === 'spun' ? 0.4 : 0,
          copyOf,
        });
        await index.saveMember('s1', w!.id, rel('original', 1, null));
        await index.saveMember('s1', x!.id, rel('verbatim', 0.98765, w!.id));
        await index.saveMember('s2', y!.id, rel('original', 1, null));
        await index.saveMember('s2', z!.id, rel('spun', 0.71234, y!.id));
        await index.saveStandalone(x!.id, 0.25);
        await index.saveMember('s1', x!.id, rel('verbatim', 0.98765, w!.id));
        expect(await index.linkOf(x!.id)).toEqual({ story: 's1', copyOf: w!.id });
        expect(await index.storyOf(z!.id)).toBe('s2');
        expect(await index.storyOf('dnone')).toBeNull();
        expect((await index.storiesByIds(['s2', 's1'])).map((s) => s.id)).toEqual(['s1', 's2']);
        expect((await index.storiesByIds(['s1']))[0]!.original).toBe(w!.id);
        await index.saveConflict(z!.id, w!.id);
        expect(await index.conflict(w!.id, z!.id)).toBe(true);
        expect(await index.conflict(x!.id, z!.id)).toBe(false);
        const stories = await store.stories();
        expect(stories.map((s) => [s.id, s.members.map((m) => [m.link, m.similarity])])).toEqual([
          [
            's1',
            [
              ['original', 1],
              ['verbatim', 0.988],
            ],
          ],
          [
            's2',
            [
              ['original', 1],
              ['spun', 0.712],
            ],
          ],
        ]);
        expect(stories[0]!.members[0]).toEqual({
          doc: w!.id,
          path: w!.path,
          url: w!.url,
          title: w!.title,
          similarity: 1,
          link: 'original',
        });
        const view = await store.describeDocument(x!.id);
        expect(view).toMatchObject({
          story: 's1',
          original: w!.id,
          link: 'verbatim',
          spin: 0,
          copyOf: { doc: w!.id, link: 'original', similarity: 1 },
        });
        expect((await store.describeDocument(w!.id))?.copies.map((c) => c.doc)).toEqual([x!.id]);
        expect(await store.describeDocument('dnone')).toBeNull();

        await index.absorbStory('s1', 's2');
        await index.setOriginal('s1', y!.id);
        expect((await index.storyDocs('s1')).sort()).toEqual([w!.id, x!.id, y!.id, z!.id].sort());
        expect(await index.storiesByIds(['s2'])).toEqual([]);
        const relations = await index.relations('s1');
        expect(relations.get(z!.id)).toEqual({
          similarity: 0.71234,
          link: 'spun',
          substitutions: 3,
          spin: 0.4,
          copyOf: y!.id,
        });
        const [merged] = await store.stories();
        expect(merged).toMatchObject({ id: 's1', original: y!.id, size: 4 });
        expect(await store.stories({ minSize: 5 })).toEqual([]);
      });
    });
  });
}

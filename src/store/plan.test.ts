// The in-memory walk of one document's mentions: what the store would have found by looking
// each one up after storing the previous ones.
import { describe, expect, it } from 'vitest';
import { makeDoc, makeMention } from './store.case.test.js';
import fc from 'fast-check';
import { DocumentPlanner, planDocument, type StoredEvent } from './plan.js';

const stored = (over: Partial<StoredEvent>): StoredEvent => ({
  id: 'e-stored',
  seq: 10,
  source: 'USA',
  target: 'RUS',
  type: 'CONSULT',
  negated: false,
  quantityKey: '',
  date: '2022-02-12',
  place: null,
  quantities: [],
  inCopy: false,
  ...over,
});

describe('planDocument', () => {
  it('joins a stored event within a day, from either side of a two-sided act', () => {
    const doc = makeDoc('TASS', '2022-02-13');
    const m = makeMention(doc, { source: 'RUS', target: 'USA', date: '2022-02-13' });
    const plan = planDocument([m], [stored({})], null);
    expect(plan.eventOf).toEqual(['e-stored']);
    expect(plan.events[0]).toMatchObject({ created: false, added: 1, reversed: true });
  });

  it('prefers the same day, then the earliest stored', () => {
    const doc = makeDoc('TASS', '2022-02-12');
    const m = makeMention(doc, { date: '2022-02-12' });
    const events = [
      stored({ id: 'e-late', seq: 30, date: '2022-02-12' }),
      stored({ id: 'e-early', seq: 20, date: '2022-02-12' }),
      stored({ id: 'e-eve', seq: 5, date: '2022-02-11' }),
    ];
    expect(planDocument([m], events, null).eventOf).toEqual(['e-early']);
  });

  it('an undated event filled by a copy is then a dated candidate for the next mention', () => {
    const doc = makeDoc('Paper', '2022-02-16');
    const first = makeMention(doc, { date: '2022-02-16', sentence: 0 });
    const second = makeMention(doc, { date: '2022-02-17', sentence: 1 });
    const copied = stored({ id: 'e-original', date: null, inCopy: true });
    const plan = planDocument([first, second], [copied], 'doriginal');
    expect(plan.eventOf).toEqual(['e-original', 'e-original']);
    expect(plan.events).toHaveLength(1);
    expect(plan.events[0]).toMatchObject({ date: '2022-02-16', added: 2, created: false });
  });

  it('creates events in order, later mentions of the document joining them', () => {
    const doc = makeDoc('TASS', null, 'Lavrov called Blinken. Lavrov called Blinken.');
    const mentions = [
      makeMention(doc, { date: null, sentence: 0 }),
      makeMention(doc, { type: 'ASSAULT', date: null, sentence: 0 }),
      makeMention(doc, { date: null, sentence: 1, place: 'Geneva' }),
    ];
    const plan = planDocument(mentions, [], null);
    expect(plan.eventOf[2]).toBe(plan.eventOf[0]);
    expect(plan.events.map((e) => [e.type, e.created, e.added, e.place?.name ?? null])).toEqual([
      ['CONSULT', true, 2, 'Geneva'],
      ['ASSAULT', true, 1, null],
    ]);
    expect(plan.events[0]!.seq).toBeLessThan(plan.events[1]!.seq);
  });

  it('places a document in chunks exactly as whole, whatever the cut (property)', () => {
    const doc = makeDoc('Interfax', '2022-02-12');
    const dates = [null, '2022-02-11', '2022-02-12', '2022-02-13', '2022-02-15'];
    const actors = ['USA', 'RUS', 'UKR'];
    const mentionArb = fc.record({
      source: fc.constantFrom(...actors),
      target: fc.constantFrom(...actors),
      type: fc.constantFrom('CONSULT' as const, 'ASSAULT' as const),
      date: fc.constantFrom(...dates),
      place: fc.constantFrom(null, 'Avdiivka'),
    });
    const storedArb = fc.record({
      source: fc.constantFrom(...actors),
      target: fc.constantFrom(...actors),
      type: fc.constantFrom('CONSULT', 'ASSAULT'),
      date: fc.constantFrom(...dates),
      inCopy: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(mentionArb, { maxLength: 30 }),
        fc.array(storedArb, { maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 29 }), { maxLength: 4 }),
        fc.boolean(),
        (specs, storedSpecs, cuts, copying) => {
          const mentions = specs.map((spec, sentence) => makeMention(doc, { ...spec, sentence }));
          const events = storedSpecs.map((spec, i) =>
            stored({ ...spec, id: `e-${i}`, seq: i + 1 }),
          );
          const copyOf = copying ? 'doriginal' : null;
          const whole = planDocument(mentions, events, copyOf);
          const planner = new DocumentPlanner(copyOf);
          const bounds = [0, ...[...new Set(cuts)].sort((a, b) => a - b), mentions.length];
          const eventOf: string[] = [];
          const added = new Map<string, number>();
          const final = new Map<string, { date: string | null; reversed: boolean }>();
          for (let i = 0; i + 1 < bounds.length; i++) {
            const chunk = mentions.slice(bounds[i], Math.max(bounds[i]!, bounds[i + 1]!));
            if (chunk.length === 0) continue;
            const plan = planner.place(chunk, events);
            eventOf.push(...plan.eventOf);
            for (const e of plan.events) {
              added.set(e.id, (added.get(e.id) ?? 0) + e.added);
              final.set(e.id, { date: e.date, reversed: e.reversed });
            }
          }
          expect(eventOf).toEqual(whole.eventOf);
          expect(Object.fromEntries(added)).toEqual(
            Object.fromEntries(whole.events.map((e) => [e.id, e.added])),
          );
          expect(Object.fromEntries(final)).toEqual(
            Object.fromEntries(
              whole.events.map((e) => [e.id, { date: e.date, reversed: e.reversed }]),
            ),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

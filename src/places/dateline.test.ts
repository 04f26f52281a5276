// The dateline reading shared by the place finder and the coder (dateline.ts). Invented openings.
import { describe, expect, it } from 'vitest';
import { datelineOf } from './dateline.js';
import { findPlaces } from './index.js';

describe('datelineOf', () => {
  it('reads a city in capitals with its region, date and agency before a dash', () => {
    const cases = [
      'BEIRUT (Reuters) - Gunmen seized a convoy.',
      'NAIROBI, Kenya — Militants stormed a base.',
      'ADDIS ABABA, Ethiopia, March 3 (AP) — The army said.',
      'PORT-AU-PRINCE, Haiti – Gangs blocked the road.',
      'MANILA/SHANGHAI (Reuters) - The coastguard said.',
      'CAIRO — Police arrested six men.',
    ];
    for (const text of cases) {
      const d = datelineOf(text);
      expect(d, text).not.toBeNull();
      expect(text.slice(d!.end)).toMatch(/^\p{Lu}/u);
    }
    expect(datelineOf('CAIRO — Police arrested six men.')!.bare).toBe(true);
    expect(datelineOf('CAIRO, Egypt — Police arrested six men.')!.bare).toBe(false);
  });

  it('finds none in an ordinary sentence or a heading without a dash', () => {
    for (const text of [
      'The U.S. - led coalition said on Monday it had struck a depot.',
      'Egypt - the mediator - said the talks would resume.',
      'BREAKING NEWS Police arrested six men.',
      'UN says aid convoy reached the city.',
    ])
      expect(datelineOf(text), text).toBeNull();
  });
});

describe('the place finder and a dateline', () => {
  it('takes the city of a dateline as a place without further context', () => {
    const names = findPlaces('KHARTOUM, Sudan (AP) — Talks resumed on Monday.').map(
      (p) => p.place.name,
    );
    expect(names).toContain('Khartoum');
  });

  it('reads no dateline into a sentence that opens with a name in capitals and a comma', () => {
    // The finder's own looser reading took "UK," for a dateline and every state listed after it
    // for a place.
    expect(findPlaces('UK, France and Germany said they would respond.')).toEqual([]);
  });
});

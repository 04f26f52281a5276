// A story's dateline names where it was filed: no actor, and the act's place only when the
// sentence names no other (dateline.ts, places.ts). Invented sentences and traps.
import { describe, expect, it } from 'vitest';
import { createCoder } from './index.js';
import { datelineOf } from './dateline.js';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('ddateline', '2023-05-01');

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

describe('a dateline in a coded sentence', () => {
  it('lends no actor: the capital filed from is not the doer', () => {
    const events = code(
      'BEIRUT (Reuters) - Gunmen kidnapped two aid workers in northern Syria, a monitoring group said.',
    );
    expect(events.some((e) => e.includes('LBN'))).toBe(false);
    expect(code('DAKAR, Senegal — Mali expelled the French ambassador on Monday.')).toEqual([
      'SANCTION MLI > FRA',
    ]);
  });

  it("yields the act's place to a place the sentence names, and is the place when it names none", () => {
    const coder = createCoder();
    const placeOf = (text: string) =>
      coder.code({ id: 'dplace', text, published: '2023-05-01' }).mentions[0]?.place?.name;
    expect(
      placeOf(
        'AMMAN, Jordan — Israeli forces arrested 12 Palestinians in raids in the West Bank overnight, the army said.',
      ),
    ).toBe('West Bank');
    expect(
      placeOf('KABUL (Reuters) - Gunmen kidnapped two aid workers on Tuesday, police said.'),
    ).toBe('Kabul');
  });

  it('a bare word in capitals that names an organisation stays an actor', () => {
    expect(code('NATO — The alliance condemned the missile test on Friday.')).toContain(
      'ACCUSE NATO > ',
    );
  });

  it('a state named after the dash is an actor as before', () => {
    expect(
      code(
        'WASHINGTON (Reuters) - The United States imposed sanctions on three Iranian officials.',
      ),
    ).toContain('SANCTION USA > IRN');
  });
});

// A story's dateline names where it was filed: no actor, and the act's place only when the
// sentence names no other (dateline.ts, places.ts). Invented sentences and traps.
import { describe, expect, it } from 'vitest';
import { createCoder } from './index.js';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('ddateline', '2023-05-01');

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

  it("a regional desk's city is neither the place nor a party of a neighbour's act", () => {
    const coder = createCoder();
    const text =
      'NAIROBI (Reuters) - An Ethiopian military drone strike on a market killed nine people, residents said.';
    const mention = coder.code({ id: 'ddesk', text, published: '2023-05-01' }).mentions[0];
    expect(mention?.place?.name).not.toBe('Nairobi');
    expect(code(text).some((e) => e.includes('KEN'))).toBe(false);
    // The desk's own country's act keeps the dateline as its place.
    expect(
      coder.code({
        id: 'ddesk2',
        text: 'NAIROBI (Reuters) - Kenyan police arrested six protesters on Tuesday.',
        published: '2023-05-01',
      }).mentions[0]?.place?.name,
    ).toBe('Nairobi');
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

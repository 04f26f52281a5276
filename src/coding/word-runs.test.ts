// The actor and place finders read an analysed sentence's word runs (src/nlp/words.ts) instead
// of tokenising its text again: the same tokens and the same spans, whatever the text holds.
import { describe, expect, it } from 'vitest';
import { findActors, loadActorDictionary } from '../actors/index.js';
import { tokenize, tokenizeRuns } from '../actors/tokens.js';
import { analyse } from '../nlp/analyse.js';
import { wordRuns } from '../nlp/words.js';
import { findPlaces } from '../places/index.js';
import { seededRandom } from '../random.js';

const dict = loadActorDictionary();

/** Every sentence of `text`: the finders' answers with runs equal those without. */
function expectSame(text: string): void {
  for (const s of analyse(text)) {
    const runs = wordRuns(s);
    expect(tokenizeRuns(s.text, runs), s.text).toEqual(tokenize(s.text));
    expect(findActors(dict, s.text, '2024-03-01', runs), s.text).toEqual(
      findActors(dict, s.text, '2024-03-01'),
    );
    expect(findPlaces(s.text, { runs }), s.text).toEqual(findPlaces(s.text));
    expect(findPlaces(s.text, { runs, contextual: false }), s.text).toEqual(
      findPlaces(s.text, { contextual: false }),
    );
  }
}

describe('the finders on word runs', () => {
  it.each([
    "Athens' foreign minister met the Philippines' envoy in Manila.",
    "Ghana's president and U.S. Secretary of State Antony Blinken spoke by phone on Monday.",
    'KIGALI, March 3 (Newsmill) - Rwandan troops arrived in Cabo Delgado province.',
    'The Kenya-based monitors said F-16 jets and Su-24s struck positions near Goma.',
    'Peru’s foreign ministry summoned Bolivia’s ambassador over remarks in La\u00a0Paz.',
    'Police in São Paulo detained 40 protesters; Brazil’s government did not comment.',
    '"We will respond," Turkish Defence Minister Hulusi Akar told reporters in Ankara.',
    'Both Koreas and the two Sudans sent envoys to Addis Ababa, Ethiopia.',
    'North and South Korea held talks at Panmunjom.',
    'Bosnian Serbs rallied in Banja Luka\tagainst the ruling.',
  ])('%s', (text) => expectSame(text));

  it('gives the same answers on texts made of awkward pieces', () => {
    // Words, possessives, dotted abbreviations, hyphens, quotes and spaces of every kind, joined
    // at random: any difference in how a run is cut would show here.
    const pieces = [
      'Kenya',
      'Nairobi',
      "Uganda's",
      'Kampala’s',
      "Lagos'",
      'U.N.',
      'U.S.-led',
      'troops',
      'the',
      'in',
      'near',
      'Addis',
      'Ababa',
      'Côte',
      "d'Ivoire",
      'MiG-29',
      '"',
      '(',
      ')',
      ',',
      '.',
      '--',
      '—',
      "'s",
      '’',
      '3,000',
      'Jan.',
      'region',
      'Foreign',
      'Minister',
    ];
    const gaps = [' ', ' ', ' ', '', '  ', '\t', '\u00a0', '\n'];
    const random = seededRandom(22);
    const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
    for (let n = 0; n < 150; n++) {
      let text = pick(pieces);
      for (let k = 0; k < 12; k++) text += pick(gaps) + pick(pieces);
      expectSame(text);
    }
  });
});

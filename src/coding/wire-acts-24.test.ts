// Ordinary wire phrasings of the types with the lowest recall on real text (issue 15,
// twenty-fourth session, trig24): ACCUSE, ASSAULT, SANCTION, SUPPORT and CONSULT told by verbs
// no pattern read. Invented sentences, with traps.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dtrig24', '2024-06-12');

describe('an alleged act told by a gerund the tagger reads as a noun (accused-gerunds.ts)', () => {
  it('codes the act alleged after "accused X of" as well as the accusation', () => {
    expect(code('Kabul accused Pakistan of firing rockets into Kunar province.')).toEqual(
      expect.arrayContaining(['ACCUSE AFG > PAK', 'ASSAULT PAK > AFG']),
    );
    expect(code('Baku accused Yerevan of firing on its posts near Lachin.')).toContain(
      'ASSAULT ARM > AZE',
    );
    expect(code('Moscow accused Kyiv of opening fire on the power plant.')).toContain(
      'ASSAULT UKR > RUS',
    );
    expect(
      code('Bamako accused Algiers on Monday of striking a Malian army convoy near Kidal.'),
    ).toContain('ASSAULT DZA > MLI');
  });

  it('reads "blamed X for" alike', () => {
    expect(code('Kigali blamed Kinshasa for firing shells into Rwanda.')).toContain(
      'ASSAULT COD > RWA',
    );
  });

  it('aims an act alleged by a reciprocal accusation at the other side', () => {
    expect(
      code('Thailand and Cambodia accused each other on Friday of opening fire first.'),
    ).toEqual(expect.arrayContaining(['ASSAULT THA > KHM', 'ASSAULT KHM > THA']));
    expect(
      code('Kyrgyzstan and Tajikistan blamed one another for shelling villages near Batken.'),
    ).toEqual(expect.arrayContaining(['ASSAULT KGZ > TJK', 'ASSAULT TJK > KGZ']));
  });

  it('leaves "-ing" nouns that follow no verb of blame, or have nothing after them', () => {
    expect(
      code('The court in Lagos sentenced the smugglers to death by firing squad.').join(),
    ).not.toContain('ASSAULT');
    expect(code('The union held a rally in Lagos for striking workers.').join()).not.toContain(
      'ASSAULT',
    );
    expect(
      code('The police, who had been accused of standing by for an hour, left the square.'),
    ).toEqual([]);
  });
});

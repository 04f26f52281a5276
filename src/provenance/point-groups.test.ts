// Thousands grouped with a point ("2.000", "10.000"), as Spanish, German, Italian, Portuguese,
// Turkish and Indonesian write them: in a text in another language they are the English text's
// "2,000" and "10,000", so a translation's numbers align with its original's (`text.ts`,
// `joinDigitGroups`). Invented texts.
import { describe, expect, it } from 'vitest';
import { checkPair } from './compare.js';
import { tokenize } from './text.js';
import { thesaurus } from './thesaurus.js';

const th = thesaurus();
const numbers = (text: string): string[] =>
  tokenize(text).flatMap((s) => s.tokens.flatMap((t) => (t.kind === 'num' ? [t.word] : [])));

describe('thousands grouped with a point', () => {
  it('are one number in a text in another language', () => {
    expect(
      numbers('Más de 2.000 personas murieron y otras 10.000 siguen desaparecidas en la ciudad.'),
    ).toEqual(numbers('More than 2,000 people died and 10,000 more are missing in the city.'));
  });

  it('are a decimal still in an English text', () => {
    expect(numbers('The index closed at 1.500 points on Monday.')).toContain('1.500');
  });
});

/** An invented English wire story on a flood, and its Spanish translation by a regional site. */
const english = [
  'DERNA, Libya (Wire) - More than 2,000 people were killed and 10,000 were missing in the eastern Libyan city of Derna after two dams burst on Sunday night, the Red Crescent said.',
  'Osama Hamad, the prime minister of the eastern administration, said 5,000 families had lost their homes in Derna, Bayda and Susa.',
  'The city of about 125,000 people was cut off from Benghazi, 250 km to the west, when the floods swept away the coastal road.',
  'Egypt and Turkey sent 3 planes with rescue teams to Benina airport, the government in Tripoli said.',
].join('\n');

const spanish = [
  'Más de 2.000 personas murieron y 10.000 desaparecieron en la ciudad libia de Derna tras el colapso de dos presas el domingo por la noche, según la Media Luna Roja.',
  'Osama Hamad, primer ministro de la administración del este, dijo que 5.000 familias perdieron sus casas en Derna, Bayda y Susa.',
  'La ciudad, de unos 125.000 habitantes, quedó aislada de Benghazi, a 250 km al oeste, cuando las aguas arrasaron la carretera costera.',
].join('\n');

describe('a translation writing thousands with a point', () => {
  it('keeps its original numbers in order and is linked as translated', () => {
    const { comparison: c, verdict } = checkPair(tokenize(spanish), tokenize(english), th);
    expect(c.numbersAligned).toBeGreaterThanOrEqual(4);
    expect(verdict).toMatchObject({ isCopy: true, link: 'translated' });
  });
});

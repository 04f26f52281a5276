// A desk's translation of a wire story (prov23, real set 18: an agency story on a plane crash and
// its Spanish, Icelandic, Italian and French versions): the other desk dates the day the English
// wire gives as a weekday ("dimanche 15 janvier"), writes in digits the number the English wire
// spells because it opens a sentence ("Thirty-one (bodies)..."), and leaves out a paragraph of
// another source's figures and the conversions in brackets. The translated rule reads the names
// and numbers in order (`translationAnchors`, text.ts; `judge`, compare.ts). Invented texts.
import { describe, expect, it } from 'vitest';
import { checkPair } from './compare.js';
import { parseCalendar } from './calendar.js';
import { pairedAnchors, tokenize, translationAnchors } from './text.js';
import { thesaurus } from './thesaurus.js';

const th = thesaurus();
const anchors = (text: string) => translationAnchors(tokenize(text));
/** The counts a text gives, its dates and spelled numbers left out. */
const numbers = (text: string): string[] =>
  anchors(text)
    .list.filter((a) => a.number && !a.date && !a.spelled)
    .map((a) => a.word);

describe('the numbers the translated rule reads', () => {
  it('leave out a day of the month beside a month name, in several languages', () => {
    expect(numbers('The ferry sank on January 15 with 140 people on board.')).toEqual(['14']);
    expect(numbers('Le ferry a coulé dimanche 15 janvier avec 140 personnes à bord.')).toEqual([
      '14',
    ]);
    expect(numbers('El ferry se hundió el 1 de enero con 140 personas a bordo.')).toEqual(['14']);
    expect(numbers('Паром затонул 15 января, на борту было 140 человек.')).toEqual(['14']);
    expect(numbers('Die Fähre sank am 15. Januar mit 140 Menschen an Bord.')).toEqual(['14']);
  });

  it('keep a count that stands beside no month name', () => {
    expect(numbers('Rescuers found 15 bodies on Sunday and 3 more in March.')).toEqual(['15', '3']);
  });

  it("leave a text's date out against a text that names the weekday only", () => {
    const [, french] = pairedAnchors(
      anchors('The ferry sank on Sunday with 140 people on board.'),
      anchors('Le ferry a coulé dimanche 15 janvier avec 140 personnes à bord.'),
    );
    expect(french.filter((w) => /^\d/.test(w))).toEqual(['14']);
  });

  it('keep a date against a text of another date, or of a month in an unknown language', () => {
    const french = anchors('Le ferry a coulé dimanche 15 janvier avec 140 personnes à bord.');
    const [, againstDate] = pairedAnchors(
      anchors('The ferry sank on Sunday, March 3, with 140 people on board.'),
      french,
    );
    expect(againstDate.filter((w) => /^\d/.test(w))).toEqual(['15', '14']);
    const [english] = pairedAnchors(
      anchors('The ferry sank on Sunday, January 15, with 140 people on board.'),
      anchors('Kalo ferry 15 mirusa 140 vito.'),
    );
    expect(english.filter((w) => /^\d/.test(w))).toEqual(['15', '14']);
  });

  it('read an English number of ten or more spelled out where the other text has its digits', () => {
    const english = anchors(
      'Thirty-one bodies were taken to hospitals, and five Indians were among them.',
    );
    expect(english.list.filter((a) => a.number)).toMatchObject([{ word: '31', spelled: true }]);
    const [withDigits] = pairedAnchors(
      english,
      anchors('Se llevaron 31 cuerpos a los hospitales.'),
    );
    expect(withDigits).toContain('31');
    const [withWords] = pairedAnchors(english, anchors('Se llevaron treinta y un cuerpos.'));
    expect(withWords).not.toContain('31');
  });
});

/** An invented English wire story on a ferry accident. */
const english = [
  'MERAN, Orlonia (Wire) - At least 58 people were confirmed dead on Sunday after a ferry carrying 140 passengers capsized on Lake Varsa, police said, the worst accident on the lake in two decades.',
  '"Twenty-six bodies have been taken to the hospital in Meran," police official Daro Keltan told reporters, adding that 32 others were still in the water near the pier.',
  'A navy spokesman said 17 divers had recovered 21 bodies and that 11 more had been seen near the wreck.',
  'The ferry, which sank 300 metres (1,000 feet) from the shore, was licensed for 95 passengers, operator Lakeline said.',
  'Lakeline spokesman Ivo Partan said 140 tickets had been sold and that 6 crew members were on board.',
  'Prime Minister Sela Varn ordered an inquiry and declared Monday a day of mourning.',
].join('\n');

/** The agency's Spanish desk: the date given, the opening number in digits, the navy's figures
 *  and the conversion left out. */
const spanish = [
  'Al menos 58 personas murieron el domingo 12 de marzo al volcar un ferry con 140 pasajeros en el lago Varsa, informó la policía, en el peor accidente en el lago en dos décadas.',
  '"Se han llevado 26 cuerpos al hospital de Meran", dijo a periodistas el oficial de policía Daro Keltan, quien añadió que otros 32 seguían en el agua cerca del muelle.',
  'El ferry, que se hundió a 300 metros de la orilla, tenía licencia para 95 pasajeros, según la operadora Lakeline.',
  'El portavoz de Lakeline, Ivo Partan, dijo que se vendieron 140 billetes y que 6 tripulantes iban a bordo.',
  'El primer ministro Sela Varn ordenó una investigación y declaró el lunes día de luto.',
].join('\n');

describe("a desk's translation that leaves a paragraph out", () => {
  it('is linked as translated, both ways', () => {
    for (const [a, b] of [
      [spanish, english],
      [english, spanish],
    ] as const) {
      const { comparison: c, verdict } = checkPair(tokenize(a), tokenize(b), th);
      expect(c.numbersAligned).toBeGreaterThanOrEqual(4);
      // The navy's figures and the conversion lie between aligned numbers: under four fifths.
      expect(c.numbersAligned).toBeLessThan(0.8 * c.numbersSpan);
      expect(verdict).toMatchObject({ isCopy: true, link: 'translated' });
    }
  });

  it('is not linked when its numbers are another report of the same accident', () => {
    // Independent: the same stock counts (dead, passengers, licence, crew) in one order, with
    // the Red Cross's figures between them and names of its own.
    const independent = [
      'Las autoridades de Orlonia confirmaron 58 muertos tras el naufragio de un ferry con 140 pasajeros en el lago Varsa.',
      'La Cruz Roja dijo que 44 personas fueron rescatadas, entre ellas 9 niños, y que 38 seguían desaparecidas.',
      'Según el alcalde de Meran, Tomas Ebren, el barco tenía licencia para 95 pasajeros y llevaba 6 tripulantes.',
      'Testigos como la pescadora Mila Torvan contaron que el ferry se inclinó tras una ola.',
      'El gobernador regional, Aldo Prest, pidió ayuda a la capital, Sorva.',
    ].join('\n');
    expect(checkPair(tokenize(independent), tokenize(english), th).verdict.isCopy).toBe(false);
  });

  it("is not linked when it is the next day's report, its counts renewed", () => {
    const nextDay = spanish
      .replace('Al menos 58', 'Al menos 64')
      .replace('llevado 26', 'llevado 30')
      .replace('otros 32', 'otros 34');
    expect(checkPair(tokenize(nextDay), tokenize(english), th).verdict.isCopy).toBe(false);
  });
});

/** An agency's first take, three sentences, and its French desk's version of it. */
const firstTake = [
  'Meran, Orlonia (Wire) - A ferry with 72 people on board capsized on Lake Varsa on Sunday, the operator Lakeline said.',
  '"There are 68 passengers on board and four crew members. We do not know yet if there are survivors," Lakeline spokesman Ivo Partan said.',
  'The ferry sank between the old and the new pier of Meran in central Orlonia.',
].join('\n');
const french = [
  'Un ferry avec 72 personnes à bord a chaviré sur le lac Varsa, dimanche 12 mars, selon la compagnie Lakeline.',
  '"Il y a 68 passagers à bord et quatre membres d\'équipage", a déclaré Ivo Partan, porte-parole de Lakeline, à Meran en Orlonie.',
  "Le ferry a coulé entre l'ancien et le nouveau quai de Meran, dans le centre de l'Orlonia.",
].join('\n');

describe("a first take's translation that dates the day", () => {
  it('is translated: the date does not stand between its two counts', () => {
    const { comparison: c, verdict } = checkPair(tokenize(french), tokenize(firstTake), th);
    expect([c.numbersAligned, c.numbersShort]).toEqual([2, 2]);
    expect(verdict).toMatchObject({ isCopy: true, link: 'translated' });
  });
});

describe('the calendar file', () => {
  it('names file, line and field of a bad line', () => {
    const bad =
      '// calendar\n{"id": "calendar-xx", "language": "xx", "months": ["Enero", "b", "c"], "weekdays": []}';
    expect(() => parseCalendar(bad, 'calendar.jsonl')).toThrow(/calendar\.jsonl:2: field "months/);
  });

  it('reads the lowercase names of every line', () => {
    const { months, weekdays } = parseCalendar(
      '{"id": "calendar-es", "language": "es", "months": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"], "weekdays": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]}',
      'calendar.jsonl',
    );
    expect(months.has('marzo') && weekdays.has('domingo')).toBe(true);
  });
});

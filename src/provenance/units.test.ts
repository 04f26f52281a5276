// One measure in two units, and one time in two spellings: copies of one wire story write
// "30 km" or "19 miles", "9:15 a.m." or "9.15am". Invented texts.
import { describe, expect, it } from 'vitest';
import { compareDocuments, judge } from './compare.js';
import { canonicalTimes, tokenize } from './text.js';
import { thesaurus } from './thesaurus.js';
import { fingerprint } from './link.js';
import {
  measuresOf,
  parseUnits,
  sameMeasure,
  signatureTokens,
  units,
  UnitsFileError,
} from './units.js';

const th = thesaurus();
const compare = (a: string, b: string) => compareDocuments(tokenize(a), tokenize(b), th);
const measures = (text: string) => measuresOf(tokenize(text).flatMap((s) => s.tokens));

describe('the units file', () => {
  it('reads every unit of the shipped file', () => {
    const table = units();
    expect(table.byFirst.get('km')!.map((u) => u.id)).toContain('len-km');
    expect(table.byFirst.get('miles')!.map((u) => u.words.join(' '))).toEqual([
      'miles per hour',
      'miles an hour',
      'miles',
    ]);
  });

  it('names the file, line and field of a bad line', () => {
    const good = '{"id": "len-km", "dimension": "length", "factor": 1000, "words": ["km"]}';
    expect(() => parseUnits(`${good}\n{"id": "len-x", "dimension": "length"}`, 'u.jsonl')).toThrow(
      /u\.jsonl:2: field "factor"/,
    );
    expect(() => parseUnits(`// note\n${good}\n${good}`, 'u.jsonl')).toThrow(
      /u\.jsonl:3: field "id": len-km is used twice/,
    );
    const twice = '{"id": "len-k", "dimension": "length", "factor": 1, "words": ["km"]}';
    expect(() => parseUnits(`${good}\n${twice}`, 'u.jsonl')).toThrow(UnitsFileError);
    expect(() => parseUnits('{"id": "Len km"', 'u.jsonl')).toThrow(/u\.jsonl:1: not valid JSON/);
  });
});

describe('measures', () => {
  it('reads a number with the unit after it, and a multiplier between them', () => {
    const m = measures(
      'The storm was 500 km (310 miles) away, winds of 120 km/h, 1.2 million acres.',
    );
    expect(m.map((x) => [x.key, x.unit])).toEqual([
      ['5', 'len-km'],
      ['31', 'len-mile'],
      ['12', 'speed-kph'],
      ['1.2', 'area-acre'],
    ]);
    expect(m[0]!.base).toBe(500_000);
    expect(m[3]!.base).toBeCloseTo(485_623, 0);
  });

  it('is one measure when the units convert within 10 %, in another unit only', () => {
    const [km, miles, more, sameUnit] = measures(
      'It is 500 km away, or 310 miles, not 400 miles, nor 510 km.',
    );
    expect(sameMeasure(km!, miles!)).toBe(true);
    expect(sameMeasure(km!, more!)).toBe(false);
    // The same unit with another number is a distance changed, not converted.
    expect(sameMeasure(km!, sameUnit!)).toBe(false);
    const [c, f, hot] = measures('It was 40C (104F) and then 110 F.');
    expect(sameMeasure(c!, f!)).toBe(true);
    expect(sameMeasure(c!, hot!)).toBe(false);
  });
});

describe('times', () => {
  it('writes one time in one form, on the 24-hour clock', () => {
    for (const t of ['11:47 p.m. on', '11:47pm on', '11.47pm on', '11:47 PM on', '11.47 p.m on'])
      expect(canonicalTimes(`It struck at ${t} Friday.`)).toBe('It struck at 23:47 on Friday.');
    expect(canonicalTimes('At 12.30 am and 8 am.')).toBe('At 0:30 and 8:00.');
    expect(canonicalTimes('At 12 noon, 2.5 m high, 13 pm')).toBe('At 12 noon, 2.5 m high, 13 pm');
  });

  it('keeps the dot of "p.m." that ends a sentence, not one before a weekday', () => {
    expect(canonicalTimes('It struck at 11:47 p.m. Rescuers came.')).toBe(
      'It struck at 23:47. Rescuers came.',
    );
    expect(canonicalTimes('It struck at 11:47 p.m. Friday, police said.')).toBe(
      'It struck at 23:47 Friday, police said.',
    );
    expect(tokenize('It struck at 11:47 p.m. Friday, police said.')).toHaveLength(1);
  });

  it('reads four digits with a zone as a time: "1100 GMT" is "11:00 GMT", not a count', () => {
    expect(canonicalTimes('at 11:00 am (1100 GMT) Monday')).toBe('at 11:00 (11:00 GMT) Monday');
    expect(canonicalTimes('by 0630 UTC.')).toBe('by 06:30 UTC.');
    // A count, and what is no time of day, stay as they are.
    expect(canonicalTimes('Some 1100 people came; 2460 GMT is no time, nor 1175 UTC.')).toBe(
      'Some 1100 people came; 2460 GMT is no time, nor 1175 UTC.',
    );
    const clock = tokenize('Ministers will meet at 1100 GMT on Monday.')[0]!.tokens.filter(
      (t) => t.kind === 'num' && /^\d/.test(t.word),
    );
    expect(clock.map((t) => t.clock)).toEqual([true, true]);
  });

  it('reads a number with a leading zero as the number: "05:00" is "5:00"', () => {
    const numbers = (text: string): string[] =>
      tokenize(text)[0]!
        .tokens.filter((t) => t.kind === 'num')
        .map((t) => t.word);
    expect(numbers('A curfew runs from 22:00 until 05:00 local time.')).toEqual(
      numbers('A curfew runs from 22:00 until 5:00 local time.'),
    );
    expect(numbers('The lot number was 007 and the share 0.5.')).toEqual(['7', '0.5']);
  });
});

describe('copies of one story in other units and time formats', () => {
  const story = (distance: string, time: string): string =>
    [
      `The quake struck at ${time} on Friday, ${distance} west of the capital Kathmandu, the National Earthquake Monitoring Centre said.`,
      'At least 140 people were killed in the districts of Jajarkot and Rukum West, officials said.',
      'Police said 85 people were injured and rescuers had reached 3 of the 4 villages cut off.',
      'Prime Minister Pushpa Kamal Dahal flew to Jajarkot on Saturday with a team of 16 doctors.',
      'The last large quake, in 2015, killed about 9,000 people in Nepal.',
    ].join(' ');

  it('finds no number changed between "500 km" and "about 310 miles", "11:47 p.m." and "11.47pm"', () => {
    const c = compare(story('500 km', '11:47 p.m.'), story('about 310 miles', '11.47pm'));
    expect(c.numbersDisagreeing).toBe(0);
    expect(c.numberConflicts).toBe(0);
    expect(judge(c)).toMatchObject({ isCopy: true, contradicts: false });
  });

  it('still finds a distance changed in one unit, or converted to another distance', () => {
    expect(
      compare(story('500 km', '11:47 p.m.'), story('650 km', '11:47 p.m.')).numbersDisagreeing,
    ).toBe(1);
    expect(
      compare(story('500 km', '11:47 p.m.'), story('420 miles', '11:47 p.m.')).numbersDisagreeing,
    ).toBe(1);
    expect(
      compare(story('500 km', '11:47 p.m.'), story('500 km', '10:47 p.m.')).numbersDisagreeing,
    ).toBe(1);
  });
});

describe('measures in a signature', () => {
  const words = (text: string) =>
    tokenize(text).flatMap((s) => signatureTokens(s.tokens).map((t) => t.word));

  it('writes one measure in one form whichever unit a copy gives it', () => {
    const km = words('The epicentre was about 500 km west of the capital, 2 km deep.');
    const miles = words('The epicentre was about 310 miles west of the capital, 1.2 miles deep.');
    expect(km).toContain('5e5l');
    expect(miles).toContain('5e5l');
    expect(km.filter((w) => /^\d/.test(w))).toEqual(miles.filter((w) => /^\d/.test(w)));
    const plain = tokenize('At least 42 workers died.')[0]!.tokens;
    expect(signatureTokens(plain)).toBe(plain);
  });

  it('gives a copy whose distances were converted the signature of its original', () => {
    const story = (a: string, b: string) =>
      `Nearly 700 people fled the village of Tamar, about ${a} from the crater, to a shelter, a resident said. ` +
      `Flares of lava reached ${b} from the crater, the geological agency said on Monday.`;
    expect(fingerprint(story('6 km', '2 km')).sig).toEqual(
      fingerprint(story('3.7 miles', '1.2 miles')).sig,
    );
  });

  it('leaves a text in another language as it is: its "mi" is a word of its own', () => {
    const foreign = (w: string) =>
      `Kuleba ${w} po 71 ${w} po retale sen ko. Ryabkov ${w} talopo 144 ${w} re sen ko vani.`;
    expect(fingerprint(foreign('mi')).sig).toEqual(fingerprint(foreign('mo')).sig);
  });
});

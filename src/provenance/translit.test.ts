// Names across scripts, and translated copies written in Cyrillic. Invented texts.
import { describe, expect, it } from 'vitest';
import { CALL_EN, CALL_RU, CALL_UK, OTHER_CALL_RU } from './cyrillic-fixtures.js';
import { addDocument, memoryDb } from './fixtures.js';
import { linkDocument } from './index.js';
import { anchorSequence, tokenize } from './text.js';
import {
  nameKey,
  namesAlike,
  parseRomanisation,
  romanise,
  stripEnding,
  TranslitFileError,
} from './translit.js';

describe('romanising Cyrillic names', () => {
  it('spells letters by BGN/PCGN, ye at the start of a word', () => {
    expect(romanise('лавров', 'ru')).toBe('lavrov');
    expect(romanise('евгений', 'ru')).toBe('yevgeniy');
    expect(romanise('щукин', 'ru')).toBe('shchukin');
    expect(romanise('гончаренко', 'uk')).toBe('honcharenko');
    expect(romanise('гончаренко', 'ru')).toBe('goncharenko');
  });

  it('strips case endings but keeps a stem of three letters', () => {
    expect(stripEnding('Лаврову')).toBe('лавров');
    expect(stripEnding('Зеленского')).toBe('зеленск');
    expect(stripEnding('США')).toBe('сша');
  });

  it.each([
    ['Лавров', 'Lavrov'],
    ['Лавровым', 'Lavrov'],
    ['Блинкена', 'Blinken'],
    ['Зеленский', 'Zelensky'],
    ['Зеленского', 'Zelenskiy'],
    ['Зеленскому', 'Zelenskyy'],
    ['Захарова', 'Zakharova'],
    ['Рябков', 'Riabkov'],
    ['Хмельницкий', 'Hmelnitsky'],
    ['Вашингтон', 'Washington'],
    ['Москве', 'Moscow'],
    ['США', 'U.S.'],
    ['Украины', 'Ukraine'],
  ])('%s ~ %s', (cyrillic, latin) => {
    expect(nameKey(cyrillic)).toBe(nameKey(latin));
  });

  it('reads a Ukrainian text with the Ukrainian letters', () => {
    expect(nameKey('Україна', 'uk')).toBe(nameKey('Ukraine'));
    expect(nameKey('Зеленський', 'uk')).toBe(nameKey('Zelenskyi'));
  });

  it('keeps other names apart, and lets a one-letter difference pass only where asked', () => {
    expect(nameKey('Лавров')).not.toBe(nameKey('Lavrenko'));
    expect(nameKey('Байден')).not.toBe(nameKey('Biden'));
    expect(namesAlike(nameKey('Байден'), nameKey('Biden'))).toBe(true);
    expect(namesAlike(nameKey('Лавров'), nameKey('Lavrenko'))).toBe(false);
    expect(namesAlike('kiev', 'kiv')).toBe(false); // short keys must be equal
  });

  it('reports a bad line of the table by file, line and field', () => {
    const good = '{"id": "ru-a", "kind": "letter", "system": "ru", "cyrillic": "а", "latin": "a"}';
    expect(() => parseRomanisation(`// comment\n${good}\n${good}\n`, 't.jsonl')).toThrow(
      't.jsonl:3: field "id": ru-a is used twice',
    );
    expect(() =>
      parseRomanisation('{"id": "ru-b", "kind": "letter", "system": "ru", "latin": "b"}', 't'),
    ).toThrow(TranslitFileError);
    expect(() =>
      parseRomanisation('{"id": "fold-x", "kind": "fold", "pattern": "(", "to": ""}', 't'),
    ).toThrow('t:1: field "pattern": not a valid regular expression');
  });
});

describe('Cyrillic texts as copy detection reads them', () => {
  it('reads "150 000" as one number in Cyrillic text, not in English', () => {
    const nums = (t: string): string[] =>
      tokenize(t).flatMap((s) => s.tokens.filter((x) => x.kind === 'num').map((x) => x.word));
    expect(nums('Лавров сказал, что 150 000 тонн зерна ждут.')).toEqual(['15']);
    expect(nums('Lavrov said that in 2022 150 ships waited.')).toEqual(['2022', '15']);
    expect(nums('Lavrov said 150\u00a0000 tonnes waited.')).toEqual(['15']);
  });

  it('takes a name at the start of a sentence for a name when the text declines it elsewhere', () => {
    const text = 'Лавров позвонил Блинкену в среду. Блинкен говорил с Лавровым. Звонок длился час.';
    expect(anchorSequence(tokenize(text))).toEqual(['lavrov', 'blinken', 'blinken', 'lavrov']);
  });

  it('writes the names of a Russian translation in the order of its original', () => {
    const ru = anchorSequence(tokenize(CALL_RU));
    const en = anchorSequence(tokenize(CALL_EN));
    for (const name of ['lavrov', 'blinken', 'zelensk', 'peskov', 'putin', 'moscov', 'vashington'])
      expect(ru, name).toContain(name);
    expect(ru.filter((w) => /^\d/.test(w))).toEqual(en.filter((w) => /^\d/.test(w)));
  });
});

describe('translated copies in Cyrillic', () => {
  it.each([
    ['Russian', CALL_RU],
    ['Ukrainian', CALL_UK],
  ])('links a %s translation of an English story as translated', async (_, text) => {
    const db = memoryDb();
    const original = addDocument(db, CALL_EN, { source: 'Northwire', published: '2023-03-03' });
    await linkDocument(db.provenance, original);
    const copy = addDocument(db, text, { source: 'Vestnik', published: '2023-03-03' });
    expect((await linkDocument(db.provenance, copy)).copyOf).toBe(original.id);
    expect((await db.describeDocument(copy.id))?.link).toBe('translated');
  });

  it('links them in either order of arrival', async () => {
    const db = memoryDb();
    const copy = addDocument(db, CALL_RU, { source: 'Vestnik', published: '2023-03-03' });
    await linkDocument(db.provenance, copy);
    const original = addDocument(db, CALL_EN, { source: 'Northwire', published: '2023-03-03' });
    expect((await linkDocument(db.provenance, original)).story).not.toBeNull();
    expect((await db.describeDocument(copy.id))?.link).toBe('translated');
  });

  it('keeps a Russian report of another call between the same people apart', async () => {
    const db = memoryDb();
    const original = addDocument(db, CALL_EN, { source: 'Northwire', published: '2023-03-03' });
    await linkDocument(db.provenance, original);
    const other = addDocument(db, OTHER_CALL_RU, { source: 'Vestnik', published: '2023-04-07' });
    const result = await linkDocument(db.provenance, other);
    expect(result.copyOf).toBeNull();
    expect(result.story).toBeNull();
  });
});

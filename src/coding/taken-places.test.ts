// Places taken in war (twentieth session, issue #15): a verb of taking whose object is a named
// place is ASSAULT on the place's side; with people or things as object it stays COERCE.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dtaken', '2024-03-12');

describe('a named place taken is fighting (pattern sense `placed`)', () => {
  it('"captured" or "seized" a named town is ASSAULT on its state', () => {
    expect(code('Russian troops seized Vovchansk after a week of fighting.')).toContain(
      'ASSAULT RUS > UKR',
    );
    expect(code('Ukrainian troops captured Sudzha on Tuesday, the general staff said.')).toContain(
      'ASSAULT UKR > RUS',
    );
    expect(code('Sudanese rebels captured Omdurman overnight.')).toContain('ASSAULT SDN > SDN');
    // A pattern reaching a settlement noun further on still has the place right after its verb.
    expect(code('Ukrainian forces captured Sudzha in the Kursk region.')).toContain(
      'ASSAULT UKR > RUS',
    );
  });

  it('people and things seized stay COERCE', () => {
    const soldiers = code('Russian troops captured two Ukrainian soldiers near Bakhmut.');
    expect(soldiers.some((a) => a.startsWith('ASSAULT'))).toBe(false);
    expect(code('Iran seized a British tanker in the Gulf on Friday.')).toContain(
      'COERCE IRN > GBR',
    );
    const assets = code("Ukraine seized Moscow's assets held by a bank in Kyiv.");
    expect(assets.some((a) => a.startsWith('ASSAULT'))).toBe(false);
    // A place naming what is seized ("Kherson grain") is no place taken.
    expect(code('Russian troops seized Kherson grain and shipped it abroad.')).toContain(
      'COERCE RUS > UKR',
    );
  });

  it('no act on a place: the imagination, the moment, a title won there', () => {
    const moment = code('France seized the moment to press Germany on energy.');
    expect(moment.some((a) => a.startsWith('COERCE'))).toBe(false);
    const traps = [
      'The exhibition captured the imagination of Paris last spring.',
      'The Kenyan runner captured the title in Paris on Sunday.',
      'The offensive took Kyiv by surprise, officials in Washington said.',
    ];
    for (const t of traps) expect(code(t).some((a) => a.startsWith('ASSAULT'))).toBe(false);
  });
});

// Acts the coder never found (fifteenth round, recall): ordinary wire phrasings, one class each,
// seen among the "no trigger" misses of the check sets and in stored wire news. Invented
// sentences.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataPath } from '../paths.js';
import { createCoder } from './index.js';

const coder = createCoder();
const code = (text: string, published = '2024-05-14') =>
  coder
    .code({ id: 'dnever', text, published })
    .mentions.map((m) => `${m.type} ${m.source.root} > ${m.target.root}`);

describe('penalties imposed by other verbs than "impose"', () => {
  it('tariffs or controls put, placed or levied on a state', () => {
    expect(code('Washington put tariffs of 50 percent on Brazilian beef on Friday.')).toContain(
      'SANCTION USA > BRA',
    );
    expect(code('Japan placed export controls on South Korean chip makers.')).toContain(
      'SANCTION JPN > KOR',
    );
    // Put or placed with no penalty is no sanction.
    expect(code('Japan placed a wreath at the memorial in Seoul.')).toEqual([]);
  });

  it('tariffs raised or doubled on a state', () => {
    expect(code('Canada doubled its duties on Chinese steel on Monday.')).toContain(
      'SANCTION CAN > CHN',
    );
    expect(code('Ottawa raised concerns about Chinese steel on Monday.')).not.toContain(
      'SANCTION CAN > CHN',
    );
  });

  it('a ban or embargo adopted or approved against a state', () => {
    expect(code('EU ministers adopted a ban on imports of Belarusian potash on Monday.')).toContain(
      'SANCTION EU > BLR',
    );
  });
});

describe('condemnations aimed back at an act told earlier in the sentence', () => {
  it('drills, exercises and barrages taken up by a definite noun point back to their doer', () => {
    expect(
      code(
        'Chinese and Russian warships began joint drills near Alaska on Monday, and Washington denounced the exercises as a provocation.',
      ),
    ).toContain('ACCUSE USA > CHN');
  });

  it('a government calling its opponents terrorists or thugs accuses them', () => {
    expect(code('President Ortega called the protesters terrorists on Monday.')).toContain(
      'ACCUSE NIC > NIC',
    );
    expect(code('President Ortega called the protesters terrorist gangs on Monday.')).toContain(
      'ACCUSE NIC > NIC',
    );
    // A label that condemns nothing is no accusation; nor is a place a side names ("struck what
    // Ankara called terrorist camps"), nor a sanction criticised under another name.
    expect(
      code('The U.S. imposed sanctions on Iran, and China criticised the tariffs.'),
    ).not.toContain('ACCUSE CHN > USA');
    expect(code('President Ortega called the protesters students on Monday.')).toEqual([]);
  });
});

describe('concessions and retreats told by "drop", "pause", "abandon"', () => {
  it('a leader dropping, pausing or shelving a bid or plan concedes', () => {
    expect(code("Peru's president dropped his bid for a second term on Sunday.")).toContain(
      'CONCEDE PER > PER',
    );
    expect(code('The Georgian government paused its plan to tax foreign grants.')).toContain(
      'CONCEDE GEO > GEO',
    );
    // Dropping anything else is no concession.
    expect(code("Peru's president dropped his foreign minister on Sunday.")).not.toContain(
      'CONCEDE PER > PER',
    );
  });

  it('forces abandoning a place in another state retreat from it; civilians leaving do not', () => {
    expect(code('Russian troops abandoned the town of Lyman on Saturday.')).toContain(
      'RETREAT RUS > UKR',
    );
    expect(code('Villagers abandoned the town of Lyman on Saturday.')).toEqual([]);
  });
});

describe('an act authorised is a permission given (PLOVER SUPPORT)', () => {
  it('"authorised X to ..." backs X, and the act authorised is its complement', () => {
    const acts = code(
      'The Security Council authorised Kenyan police to use force against the gangs in Haiti.',
    );
    expect(acts).toContain('SUPPORT UN > KEN');
    expect(acts.some((a) => a.startsWith('ASSAULT'))).toBe(false);
    // With no one authorised to act, no permission is coded.
    expect(code('The Security Council authorised a new mission in Haiti on Monday.')).not.toContain(
      'SUPPORT UN > HTI',
    );
  });
});

describe('a legislature suspended or dissolved, a membership applied for', () => {
  it('suspending or dissolving parliament coerces the state itself', () => {
    expect(code("Tunisia's president suspended parliament on Sunday.")).toEqual([
      'COERCE TUN > TUN',
    ]);
    expect(code('Parliament suspended its session for an hour on Sunday.')).toEqual([]);
  });

  it('an application to join handed in asks the body', () => {
    expect(code('Ukraine handed in its application to join the EU on Monday.')).toContain(
      'REQUEST UKR > EU',
    );
  });
});

describe('the hand-kept dictionary', () => {
  it('gives each id once (a later line with the same id silently replaces the earlier one)', () => {
    const lines = readFileSync(dataPath('patterns', 'events.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim().startsWith('{'));
    const ids = lines.map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

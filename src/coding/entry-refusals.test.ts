// Two classes of wire phrasing with no trigger (lead, twenty-fifth session), with their traps:
// a state refusing entry or passage (PLOVER manual, REJECT: a state barring a group from its
// territory is REJECT, expelling one is COERCE), and a veiled threat of a response ("all
// options", countermeasures announced). Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dentry', '2024-06-11');

describe('entry and passage refused', () => {
  it('codes a bar on entering a state, its ports or its territory as a refusal', () => {
    expect(
      code('Hungary barred two Ukrainian ministers from entering its territory on Monday.'),
    ).toEqual(['REJECT HUN > UKR']);
    expect(code('Chile banned Bolivian trucks from its ports on Tuesday.')).toContain(
      'REJECT CHL > BOL',
    );
  });

  it('codes people, craft or ships turned away or back at a border as a refusal', () => {
    expect(
      code('Latvia turned away hundreds of Russian tourists at its border crossings.'),
    ).toEqual(['REJECT LVA > RUS']);
    expect(code('Peru turned back two Venezuelan planes carrying deportees on Sunday.')).toEqual([
      'REJECT PER > VEN',
    ]);
  });

  it('codes passage not allowed as a refusal, and passage allowed as a concession', () => {
    expect(code('Egypt will not let the aid trucks cross into Gaza.')).toContain(
      'REJECT EGY > PSE',
    );
    expect(code('Jordan let the Syrian refugees return on Sunday.')).toContain('CONCEDE JOR > SYR');
  });

  it('leaves forces and attacks turned back, and craft turning back, alone', () => {
    expect(code('Ukrainian troops turned back the Russian offensive near Kharkiv.')).not.toContain(
      'REJECT UKR > RUS',
    );
    expect(code('The two Turkish planes turned back after a warning from Athens.')).toEqual([]);
  });

  it('keeps a bar on leaving coercion, and a bar from markets a sanction', () => {
    expect(code('North Korea barred Malaysian citizens from leaving the country.')).toEqual([
      'COERCE PRK > MYS',
    ]);
    expect(code('Chad banned Sudanese airlines from flying to Ndjamena.')).toContain(
      'SANCTION TCD > SDN',
    );
  });

  it('codes nothing new for passage allowed as the result of a reopening', () => {
    expect(
      code('Armenia and Georgia reopened a crossing on Friday, allowing lorries to pass.'),
    ).not.toContain('CONCEDE ARM > GEO');
  });
});

describe('threats of an unnamed response', () => {
  it('codes all options kept or exercised against someone as a threat', () => {
    expect(code('Seoul said it would keep all options on the table against North Korea.')).toEqual([
      'THREATEN KOR > PRK',
    ]);
    expect(
      code('Islamabad said it would exercise all possible options after India cut the water.'),
    ).toContain('THREATEN PAK > IND');
  });

  it('leaves options weighed for a budget alone', () => {
    expect(
      code("Kenya's finance ministry said it would use all options to fund the new schools."),
    ).not.toContain('THREATEN KEN > ');
  });

  it('codes countermeasures taken as a sanction and announced as a threat', () => {
    expect(
      code('The Chinese commerce ministry took countermeasures against US drone makers on Friday.'),
    ).toEqual(['SANCTION CHN > USA']);
    expect(code('Beijing said it would take countermeasures against Vilnius.')).toEqual([
      'THREATEN CHN > LTU',
    ]);
  });
});

// An armed group taken up by a common noun after "the" ("the group", "the movement", "the
// militant group", "the militants"): the armed group named last, in the sentence or before
// (twenty-second round, issue #15). Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dgrouprefs', '2024-06-18');

describe('"the group" and "the militants" after a named armed group', () => {
  it('makes the group the doer of a later clause', () => {
    expect(
      code("Hezbollah warned on Monday that the militant group would strike Israel's ports."),
    ).toContain('THREATEN LBN > ISR');
  });

  it('reads a sector noun of armed groups after "the" as the group named before', () => {
    expect(
      code('Al-Shabaab claimed the raid, and the militants killed nine Kenyan soldiers near Lamu.'),
    ).toContain('ASSAULT SOM > KEN');
  });

  it('reaches back to an earlier sentence', () => {
    expect(
      code(
        'Hezbollah fired rockets at Israel on Monday. The group accused Israel of shelling villages.',
      ),
    ).toContain('ACCUSE LBN > ISR');
  });
});

describe('traps', () => {
  it('leaves a group of another kind alone ("the group of experts")', () => {
    const coded = code(
      'Hezbollah fired rockets at Israel on Monday. The group of experts accused Iran of arming militias.',
    );
    expect(coded).not.toContain('ACCUSE LBN > IRN');
  });

  it('takes "the group" for a group of another kind named before it ("the tour group")', () => {
    const coded = code(
      'The Taliban claimed the raid on Friday. The tour group was shot at in Bamiyan, and the group accused the Taliban of killing two guides.',
    );
    expect(coded.filter((e) => e.startsWith('ACCUSE AFG'))).toEqual([]);
  });

  it('names no one when no armed group was named', () => {
    expect(code('The group fired rockets at Israel on Monday.')).toEqual([]);
  });

  it('takes no capitalised name for a reference ("the Group of Seven")', () => {
    const coded = code(
      'Hezbollah fired rockets at Israel, and the Group of Seven condemned the attack.',
    );
    expect(coded).not.toContain('ACCUSE LBN > LBN');
  });
});

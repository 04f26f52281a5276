// Acts named by a noun that the sentence lays on a doer (eighteenth round): accused of, blamed
// on, answered "in retaliation for". Invented sentences.
import { describe, expect, it } from 'vitest';
import { createCoder } from './index.js';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dlaid', '2024-05-14');

describe('an act one is accused of', () => {
  it('codes the act named after "of" as the accused\'s, on whom its phrase names', () => {
    expect(code('Ankara accused Damascus of a deadly attack on Turkish border posts.')).toEqual([
      'ACCUSE TUR > SYR',
      'ASSAULT SYR > TUR',
    ]);
  });

  it('aims it at the accuser when the phrase names no one', () => {
    expect(code('Manila accused Chinese forces of orchestrating the assault.')).toEqual([
      'ACCUSE PHL > CHN',
      'ASSAULT CHN > PHL',
    ]);
  });

  it('reads a verb of doing in "-ing" between "of" and the act', () => {
    expect(
      code('The Somali government accused Kenya of waging air strikes with foreign backing.'),
    ).toContain('ASSAULT KEN > SOM');
  });

  it('marks the act claimed', () => {
    const coder = createCoder();
    const out = coder.code({
      id: 'dlaid-claimed',
      text: 'Seoul accused Pyongyang of a cyber attack on its banks.',
      published: '2024-05-14',
    });
    const act = out.mentions.find((m) => m.type === 'ASSAULT');
    expect(act?.claimed).toBe(true);
  });

  it('leaves an act one is accused of planning', () => {
    expect(code('Washington and Paris accused Moscow of planning a false-flag attack.')).toEqual([
      'ACCUSE USA > RUS',
      'ACCUSE FRA > RUS',
    ]);
  });
});

describe('an act blamed on someone in the clause after it', () => {
  it('takes the one blamed for its doer, the one who blames for its target', () => {
    expect(
      code(
        'Ecuador closed its border after a bombing of a police station, an attack Quito blamed on Colombian rebels.',
      ),
    ).toContain('ASSAULT COL > ECU');
  });

  it('reads "which X has blamed on" and a group by where it is based', () => {
    expect(
      code(
        'Kenya sent troops after the raids on Lamu, which Nairobi has blamed on militants based in Somalia.',
      ),
    ).toContain('ASSAULT SOM > KEN');
  });

  it('leaves an act answered by the one who blames it, when no one struck is named', () => {
    expect(
      code(
        'The United States fired missiles at a Syrian air base in response to a gas attack that Washington blamed on Syrian forces.',
      ),
    ).not.toContain('ASSAULT SYR > USA');
  });
});

describe("an act answered by the sentence's act", () => {
  it('codes an owned act after "retaliating for", aimed at the one who answers', () => {
    expect(
      code(
        "Moscow expelled ten Estonian diplomats on Friday, retaliating for Tallinn's expulsions.",
      ),
    ).toContain('SANCTION EST > RUS');
  });

  it('reads the act after "the latest round of"', () => {
    expect(
      code(
        'China cut imports of Lithuanian rum in retaliation for the latest round of EU sanctions.',
      ),
    ).toContain('SANCTION EU > CHN');
  });

  it('takes the subject of a relative clause with no "that" for the doer', () => {
    expect(
      code(
        'Beijing halted talks with Canberra in retaliation for the sanctions Australia had imposed over Xinjiang.',
      ),
    ).toContain('SANCTION AUS > CHN');
  });

  it('reads "in response to" and whom the phrase names', () => {
    expect(
      code("Iran expelled two British diplomats in response to London's sanctions on its banks."),
    ).toContain('SANCTION GBR > IRN');
  });

  it('leaves an answered act whose doer is not named', () => {
    expect(code('Moscow expelled ten diplomats in retaliation for the sanctions.')).not.toContain(
      'SANCTION  > RUS',
    );
    expect(code('After the attack, Kenya closed the border.')).toEqual(['COERCE KEN > KEN']);
    expect(
      code('The minister warned of the risk of a Russian attack on the Baltic states.'),
    ).toEqual([]);
  });
});

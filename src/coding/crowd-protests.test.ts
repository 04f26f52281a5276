// The protest of a crowd a crackdown was aimed at (nineteenth round, issue #15). Invented
// sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dcrowdprotest', '2024-05-14');

describe('the protest of a crowd cracked down on', () => {
  it('codes the protest of the crowd fired on, against its own government', () => {
    const events = code(
      'Riot police in Harare fired tear gas at hundreds of students protesting against fee increases on Wednesday.',
    );
    expect(events).toContain('ASSAULT ZWE > ZWE');
    expect(events).toContain('PROTEST ZWE > ZWE');
  });

  it('reads a noun of protesters alone as the crowd', () => {
    expect(
      code('Police in Tbilisi used water cannon against thousands of protesters on Monday.'),
    ).toContain('PROTEST GEO > GEO');
  });

  it('aims the protest at the one named after "against"', () => {
    expect(
      code('Police in Manila fired water cannon at students protesting against China on Friday.'),
    ).toContain('PROTEST PHL > CHN');
  });

  it('codes no protest of a crowd that is not said to protest', () => {
    expect(code('Police fired tear gas at football fans outside the stadium in Cairo.')).toEqual([
      'ASSAULT EGY > EGY',
    ]);
    expect(code('Police fired tear gas at crowds in Nairobi on Tuesday.')).toEqual([
      'ASSAULT KEN > KEN',
    ]);
  });

  it("codes no protest when the force is another state's", () => {
    expect(code('French police fired tear gas at Algerian protesters in Paris.')).toEqual([
      'ASSAULT FRA > DZA',
    ]);
  });

  it('codes no protest with a killing of protesters', () => {
    expect(code('Security forces killed three protesters in Baghdad on Friday.')).toEqual([
      'ASSAULT IRQ > IRQ',
    ]);
  });

  it('adds nothing when the sentence codes the protest already', () => {
    const events = code(
      "Police in Lima fired rubber bullets at protesters who blocked a highway to Peru's capital.",
    );
    expect(events.filter((e) => e.startsWith('PROTEST'))).toHaveLength(1);
  });
});

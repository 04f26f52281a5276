// A vow of force is a threat, not a promise to cooperate (prec21): "vowed to retaliate",
// "promised to respond", seen in wire reports of leaders' answers to attacks. Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dvows', '2024-05-14');

describe('vows of force', () => {
  it('a vow or promise to retaliate or respond is THREATEN', () => {
    expect(code('The Houthi leader promised to respond to the American strikes.')).toEqual([
      'THREATEN YEM > USA',
    ]);
    expect(code('Pakistan vowed on Friday to retaliate against India.')).toEqual([
      'THREATEN PAK > IND',
    ]);
    expect(code('Biden vowed that the United States would respond.')).toEqual(['THREATEN USA > ']);
  });

  it('a vow to cooperate stays AGREE', () => {
    expect(code('Ethiopia pledged on Monday to cooperate with the African Union.')).toContain(
      'AGREE ETH > AU',
    );
    // Answering a request is no force.
    expect(
      code('Kenya promised to respond quickly to the request for aid from Somalia.').some((e) =>
        e.startsWith('THREATEN'),
      ),
    ).toBe(false);
  });

  it("a vow that the other side will suffer is a threat to it, 'that' said or not", () => {
    expect(code('Islamabad vowed that India would pay for the raid.')).toEqual([
      'THREATEN PAK > IND',
    ]);
    expect(code('Netanyahu vowed Hamas would pay a heavy price for the attack.')).toEqual([
      'THREATEN ISR > PSE',
    ]);
    expect(code('Khamenei vowed that Israel would regret the strike.')).toEqual([
      'THREATEN IRN > ISR',
    ]);
    expect(
      code('Pakistan vowed that India would face the consequences of any aggression.'),
    ).toEqual(['THREATEN PAK > IND']);
    expect(code('Moscow vowed to make Kyiv pay.')).toEqual(['THREATEN RUS > UKR']);
  });

  it('paying debts, facing elections or facing no consequences is no threat', () => {
    const threat = (s: string): boolean => code(s).some((e) => e.startsWith('THREATEN'));
    expect(threat('Kenya pledged that it would pay its debts to China.')).toBe(false);
    expect(threat('Erdogan vowed that Turkey would face the elections with confidence.')).toBe(
      false,
    );
    expect(threat('Ruto promised that Kenya would face no consequences.')).toBe(false);
    expect(threat('Mexico pledged that it would pay a visit to Cuba next month.')).toBe(false);
  });
});

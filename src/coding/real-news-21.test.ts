// Classes of wire phrasing the twenty-first round's real-news sample (news21, its tuning half)
// showed failing, each seen again in further stored reports before it was added. Invented
// sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('news21', '2024-07-10');

describe('a bloc or alliance named by its membership ("the 27-nation bloc")', () => {
  it('reads the EU and NATO epithets as the organisation', () => {
    expect(code('The 27-nation bloc imposed sanctions on three Iranian generals.')).toEqual([
      'SANCTION EU > IRN',
    ]);
    expect(
      code('The 32-member alliance agreed to send more air defence systems to Ukraine.'),
    ).toEqual(['AGREE NATO > UKR']);
  });

  it('leaves a count of nations that names no bloc alone', () => {
    expect(code('A 27-nation survey found rising support for Ukraine.')).toEqual([]);
  });
});

describe('a passive of a verb whose participle is its lemma ("was hit by")', () => {
  it('codes the agent after "by" as the doer and the subject as the one struck', () => {
    expect(code('Kyiv was hit by Russian missiles on Sunday.')).toEqual(['ASSAULT RUS > UKR']);
    expect(code('The market was hit by Russian missiles on Sunday.')).toEqual(['ASSAULT RUS > ']);
  });

  it('keeps the active verb active', () => {
    expect(code('Ukraine hit a Russian ship near Sevastopol.')).toEqual(['ASSAULT UKR > RUS']);
  });
});

describe('two states joined by a hyphen before a military act ("US-British strikes")', () => {
  it('codes the act for both states', () => {
    expect(code('US-British strikes hit Houthi targets in Yemen on Monday.')).toEqual([
      'ASSAULT GBR > YEM',
      'ASSAULT USA > YEM',
    ]);
  });

  it('leaves a pair before talks, no military act, to the talks', () => {
    expect(code('Russia-Ukraine talks resumed in Istanbul.')).toEqual([]);
  });
});

// Classes of wire phrasing the nineteenth round's real-news sample (news19) showed failing, each
// checked against further stored reports before it was added. Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('news19', '2024-03-05');

describe('a truce violated, breached or broken', () => {
  it('codes the side breaking a ceasefire as attacking (CAMEO 196, PLOVER ASSAULT)', () => {
    expect(
      code('Pakistani troops breached the ceasefire on Sunday by shelling Indian posts in Poonch.'),
    ).toEqual(['ASSAULT PAK > IND']);
    expect(
      code('Azerbaijani forces violated the ceasefire overnight, firing on Armenian positions.'),
    ).toEqual(['ASSAULT AZE > ARM']);
    expect(code('Israel said Hamas had broken the truce by firing rockets at Sderot.')).toContain(
      'ASSAULT PSE > ISR',
    );
  });

  it('was a rejection before: no truce violated is coded as one', () => {
    const events = code('Azerbaijani forces violated the ceasefire near the village of Sotk.');
    expect(events.filter((e) => e.startsWith('REJECT'))).toEqual([]);
  });

  it('leaves airspace violated a show of force and other agreements a rejection', () => {
    expect(code('Russia violated Estonian airspace with three fighter jets on Friday.')).toEqual([
      'MOBILIZE RUS > EST',
    ]);
    expect(code('Russia violated the grain agreement with Ukraine, Kyiv said.')).not.toContain(
      'ASSAULT RUS > UKR',
    );
  });
});

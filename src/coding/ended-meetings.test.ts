// A meeting ended or resumed by a verb in a clause of time ("an hour after Guterres had finished
// talks with Zelensky"): held, and its doer is that clause's subject, not the main clause's
// (eighteenth round). Invented sentences, with the states named given by hand.
import { describe, expect, it } from 'vitest';
import { analyse } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';
import { statesNamed } from './state-mentions.test-util.js';
import { meetingInAdjunct } from './meetings.js';

/** The meeting's parties as "SOURCES > TARGETS", or null. */
function meeting(text: string, roots: Record<string, string>): string | null {
  const tokens = analyse(text)[0]!.tokens;
  const mentions = statesNamed(tokens, roots);
  const noun = tokens.findIndex((t) => t.lower === 'talks');
  const met = meetingInAdjunct(tokens, mentions, noun);
  if (!met) return null;
  const roots_ = (ms: ActorMention[]): string => ms.map((m) => m.actor.root).join(',');
  return `${roots_(met.sources)} > ${roots_(met.targets)}`;
}

describe('meetings ended or resumed', () => {
  it("takes the subject of the clause of time, not the main clause's", () => {
    expect(
      meeting(
        'Shells hit Odesa on Friday, an hour after Guterres had finished talks with Zelensky.',
        {
          Odesa: 'UKR',
          Guterres: 'UN',
          Zelensky: 'UKR',
        },
      ),
    ).toBe('UN > UKR');
  });

  it('reads "resumed talks with" as held', () => {
    expect(
      meeting('Egypt resumed talks with Ethiopia on Monday.', { Egypt: 'EGY', Ethiopia: 'ETH' }),
    ).toBe('EGY > ETH');
  });

  it('leaves talks promised in the infinitive ("agreed to resume talks")', () => {
    expect(
      meeting('Egypt agreed to resume talks with Ethiopia on Monday.', {
        Egypt: 'EGY',
        Ethiopia: 'ETH',
      }),
    ).toBeNull();
  });

  it('still leaves talks that were only sought', () => {
    expect(
      meeting('Egypt sought talks with Ethiopia on Monday.', { Egypt: 'EGY', Ethiopia: 'ETH' }),
    ).toBeNull();
  });
});

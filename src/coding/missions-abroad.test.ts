// Crowds at a foreign embassy are the host's people (or unknown), never the owner's
// (missions-abroad.ts). Invented sentences of several crises.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';
import { analyse } from '../nlp/analyse.js';
import { missionAbroad } from './missions-abroad.js';
import type { ActorMention } from './mentions.js';

const code = sentenceCoder('dmis', '2025-02-04');

/** A bare mention over tokens `first`..`last` of root `root`, for the word test. */
function mention(first: number, last: number, root: string): ActorMention {
  return {
    first,
    last,
    actor: { root, sector: '', text: '' },
    kind: 'state',
    pronoun: false,
    adjectiveOnly: true,
    plural: false,
    locative: false,
  } as ActorMention;
}

describe('missionAbroad', () => {
  const tokens = (text: string) => analyse(text)[0]!.tokens;

  it('reads the owner before the post, after "of", and before an owner\'s "\'s"', () => {
    expect(missionAbroad(tokens('Crowds stormed the Swedish embassy.'), mention(3, 3, 'SWE'))).toBe(
      true,
    );
    expect(
      missionAbroad(tokens('Crowds stormed the embassies of Rwanda.'), mention(5, 5, 'RWA')),
    ).toBe(true);
    expect(
      missionAbroad(tokens("Crowds stormed Rwanda's embassy in Kinshasa."), mention(2, 2, 'RWA')),
    ).toBe(true);
  });

  it('leaves a state named for itself', () => {
    expect(
      missionAbroad(tokens('Crowds marched against the Swedish government.'), mention(4, 4, 'SWE')),
    ).toBe(false);
  });
});

describe('crowds at an embassy', () => {
  it('places the crowd where the embassy stands', () => {
    expect(
      code('Hundreds of protesters stormed the Swedish embassy in Baghdad on Thursday.'),
    ).toEqual(['PROTEST IRQ > SWE']);
    expect(
      code(
        'Protesters angry at the war attacked the embassies of Rwanda and Belgium in Kinshasa on Tuesday.',
      ),
    ).toEqual(['PROTEST COD > RWA', 'PROTEST COD > BEL']);
  });

  it('gives the owner no crowd of its own when no place is named', () => {
    const owners = (text: string): string[] => code(text).filter((e) => / (\w+) > \1$/.test(e));
    expect(owners('Protesters attacked the French embassy in the city on Tuesday.')).toEqual([]);
    expect(owners('Protesters burned tires in front of the U.S. embassy on Tuesday.')).toEqual([]);
    expect(owners('Angry crowds attacked the Turkish embassy on Sunday.')).toEqual([]);
  });

  it('still lends a crowd the country of a government it protests against', () => {
    expect(
      code('Thousands of protesters marched against the Serbian government on Saturday.'),
    ).toContain('PROTEST SRB > SRB');
  });
});

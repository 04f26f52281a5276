// An act named by the noun heading the subject of a clause reported by a verb of saying
// ("saying Moscow's invasion of Ukraine had made the pact untenable"): the clause's verb asserts
// it, as the sentence's first verb does for a noun opening the sentence (eighteenth round).
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { analyse } from '../nlp/analyse.js';
import { statesNamed } from './state-mentions.test-util.js';
import { nominalRoles } from './nominal.js';

/** The roles of the first token spelt `noun`, with the states named by the words given. */
function rolesOf(text: string, noun: string, states: Record<string, string>) {
  const tokens = analyse(text)[0]!.tokens;
  const mentions = statesNamed(tokens, states);
  const anchor = tokens.findIndex((t) => t.lower === noun);
  const roles = nominalRoles(tokens, mentions, anchor, anchor);
  return (
    roles && {
      sources: roles.sources.map((m) => m.actor.root),
      targets: roles.targets.map((m) => m.actor.root),
    }
  );
}

describe('acts named by the subject of a reported clause', () => {
  it('reads the subject after a participle of saying', () => {
    expect(
      rolesOf(
        "Finland closed its border, saying Moscow's invasion of Ukraine had made it necessary.",
        'invasion',
        {
          Finland: 'FIN',
          Moscow: 'RUS',
          Ukraine: 'UKR',
        },
      ),
    ).toEqual({ sources: ['RUS'], targets: ['UKR'] });
  });

  it('reads it after "said that"', () => {
    expect(
      rolesOf(
        "Kyiv said that Moscow's bombardment of Kherson had killed five people.",
        'bombardment',
        {
          Kyiv: 'UKR',
          Moscow: 'RUS',
          Kherson: 'UKR',
        },
      ),
    ).toEqual({ sources: ['RUS'], targets: ['UKR'] });
  });

  it('does not take the speaker for the doer', () => {
    expect(
      rolesOf('Kyiv said the bombardment of Kherson had killed five people.', 'bombardment', {
        Kyiv: 'UKR',
        Kherson: 'UKR',
      })?.sources,
    ).toEqual([]);
  });

  it('leaves a noun after another verb, or under a modal', () => {
    expect(
      rolesOf("Finland condemned Moscow's invasion of Ukraine.", 'invasion', {
        Finland: 'FIN',
        Moscow: 'RUS',
        Ukraine: 'UKR',
      }),
    ).toBeNull();
    expect(
      rolesOf('Latvia said a Russian invasion of Estonia would trigger sanctions.', 'invasion', {
        Latvia: 'LVA',
        Russian: 'RUS',
        Estonia: 'EST',
      }),
    ).toBeNull();
  });
});

// A named person's following acting by force ("supporters of the cleric X stormed ...", "X's
// supporters stormed ...") is a crowd, whose force PLOVER codes PROTEST (fifteenth round, late).
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { analyse } from '../nlp/analyse.js';
import { personsFollowing } from './frames.js';
import { sentenceCoder } from './sentence-coder.test-util.js';
import type { ActorMention } from './mentions.js';

const code = sentenceCoder('follow', '2024-05-20');

/** A person's mention over tokens `first`..`last` of `text`. */
function following(text: string, first: number, last: number, pronoun = false): boolean {
  const tokens = analyse(text)[0]!.tokens;
  const m = { kind: 'person', first, last, pronoun } as ActorMention;
  return personsFollowing(tokens, m);
}

describe("a person's following acting by force", () => {
  it('is a crowd when told by a plural noun before "of" the person', () => {
    const out = code(
      'On Tuesday, supporters of the cleric Moqtada al-Sadr stormed the parliament in Baghdad.',
    );
    expect(out).toContain('PROTEST IRQ > IRQ');
    expect(out.some((o) => o.startsWith('ASSAULT'))).toBe(false);
  });

  it('is a crowd when told after the possessive, and at the start of a sentence', () => {
    expect(
      code("Moqtada al-Sadr's supporters stormed the parliament in Baghdad on Tuesday."),
    ).toEqual(['PROTEST IRQ > IRQ']);
    expect(
      code(
        "Supporters of the opposition leader Raila Odinga stormed the electoral commission's offices in Nairobi on Tuesday.",
      ),
    ).toEqual(['PROTEST KEN > KEN']);
  });

  it('leaves armed followings and the person alone as they were', () => {
    // Word classes `forces` and `insurgent-words`: "militiamen of", "rebels of" attack.
    expect(following('Militiamen of the warlord Abdi Farah stormed a base.', 3, 5)).toBe(false);
    expect(following('Rebels of the warlord Abdi Farah stormed a base.', 3, 5)).toBe(false);
    expect(following('Supporters of the warlord Abdi Farah stormed a base.', 3, 5)).toBe(true);
    expect(following("Abdi Farah's supporters stormed a base.", 0, 1)).toBe(true);
    expect(following('His supporters stormed a base.', 0, 0, true)).toBe(true);
    // No plural noun: the person acts ("Abdi Farah stormed out"), and "the head of" is one man.
    expect(following('Abdi Farah stormed a base.', 0, 1)).toBe(false);
    expect(following('The head of the warlord Abdi Farah stormed a base.', 4, 6)).toBe(false);
  });

  it('asks for a person: a body named after "of" is left to the other rules', () => {
    const tokens = analyse('Supporters of the party stormed a base.')[0]!.tokens;
    const m = { kind: 'organisation', first: 3, last: 3, pronoun: false } as ActorMention;
    expect(personsFollowing(tokens, m)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { analyse } from '../../nlp/analyse.js';
import { candidateFeatures, isCandidate, type MentionSpan } from './features.js';

const CLASSES: Record<string, string[]> = { decry: ['s:1', 'x:32'], condemn: ['s:1', 'x:32'] };
const classesOf = (lemma: string): string[] => CLASSES[lemma] ?? [];

/** The tokens of an invented sentence and a mention over the words given, by their text. */
function sentence(text: string, actors: Record<string, string>) {
  const tokens = analyse(text)[0]!.tokens;
  const mentions: MentionSpan[] = Object.entries(actors).map(([word, root]) => {
    const k = tokens.findIndex((t) => t.text === word);
    return { first: k, last: k, actor: { root }, locative: false };
  });
  const at = (word: string): number => tokens.findIndex((t) => t.text === word);
  return { tokens, mentions, at };
}

describe('candidateFeatures', () => {
  it('reads lemma, subject, actor object and WordNet classes of an act between two actors', () => {
    const s = sentence('Ruritania decried Elbonia over the border raid.', {
      Ruritania: 'RUR',
      Elbonia: 'ELB',
    });
    const f = candidateFeatures(s.tokens, s.at('decried'), s.mentions, classesOf);
    expect(f).toEqual(
      expect.arrayContaining([
        'l:decry',
        'subj:actor',
        'lo:decry_ACTOR',
        'oa:direct',
        'c:s:1',
        'ca:x:32',
      ]),
    );
    expect(f).not.toContain('passive');
  });

  it('reads the particle, the preposition before the actor, and negation', () => {
    const s = sentence('Ruritania did not crack down on Elbonia.', {
      Ruritania: 'RUR',
      Elbonia: 'ELB',
    });
    const f = candidateFeatures(s.tokens, s.at('crack'), s.mentions, classesOf);
    expect(f).toEqual(expect.arrayContaining(['lp:crack_down', 'oa:on', 'neg']));
  });

  it('marks a passive verb and an object that is a thing, not an actor', () => {
    const s = sentence('The new talks were postponed by Ruritania.', { Ruritania: 'RUR' });
    const f = candidateFeatures(s.tokens, s.at('postponed'), s.mentions, classesOf);
    expect(f).toContain('passive');
    expect(f).toContain('subj:none');
    const t = sentence('Ruritania signed the treaty.', { Ruritania: 'RUR' });
    expect(candidateFeatures(t.tokens, t.at('signed'), t.mentions, classesOf)).toContain(
      'lo:sign_treaty',
    );
  });

  it('asks only about verbs outside actor names', () => {
    const s = sentence('Ruritania decried the move.', { Ruritania: 'RUR' });
    expect(isCandidate(s.tokens, s.at('decried'), s.mentions)).toBe(true);
    expect(isCandidate(s.tokens, s.at('move'), s.mentions)).toBe(false);
    expect(isCandidate(s.tokens, s.at('Ruritania'), s.mentions)).toBe(false);
  });
});

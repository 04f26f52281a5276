// A side saying another broke an agreement, a law or its word (issue 15, twenty-second session):
// an accusation by the speaker against the one said to have broken it (patterns
// accuse.say-violated, accuse.say-have-violated). Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dviol', '2024-04-08');

describe('a claim that another side broke an agreement', () => {
  it('codes the speaker accusing the one named as breaking it', () => {
    expect(code('Hungary said Slovakia had violated the agreement.')).toEqual(['ACCUSE HUN > SVK']);
    expect(code('Chile insisted Bolivia breached the treaty on Monday.')).toContain(
      'ACCUSE CHL > BOL',
    );
  });

  it('aims at the doer of an earlier act the clause names again', () => {
    expect(
      code(
        'Slovakia handed over four jets to Ukraine on Thursday, and the Russian ambassador said the transfer broke the end-user terms.',
      ),
    ).toContain('ACCUSE RUS > SVK');
  });

  it('leaves a promise not to break it, a signing and a truce broken as they were', () => {
    expect(code('Hungary said it would not violate the agreement.').join()).not.toContain('ACCUSE');
    expect(code('Hungary said Slovakia had signed the agreement.').join()).not.toContain('ACCUSE');
    expect(code('Azerbaijan said Armenian forces had violated the ceasefire overnight.')).toContain(
      'ASSAULT ARM > AZE',
    );
    // No one named as breaking it: no accusation.
    expect(code('China said the drills violated two border agreements.')).toEqual([]);
  });
});

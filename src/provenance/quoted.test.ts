import { describe, expect, it } from 'vitest';
import { quotedSentences } from './quoted.js';
import { tokenize } from './text.js';

describe('quotedSentences', () => {
  it('marks sentences mostly inside double quotes, a quote running over sentences too', () => {
    expect(
      quotedSentences([
        'The mayor spoke at noon.',
        '“The water rose too fast.',
        'We had no time to warn anyone,” she said.',
        'Crews worked through the night.',
      ]),
    ).toEqual([false, true, true, false]);
  });

  it('leaves a sentence with a short quote in it to the reporter', () => {
    expect(
      quotedSentences(['Officials called the crossing “uncontrolled” and said it had no lights.']),
    ).toEqual([false]);
  });

  it('reads straight quotes by their state, and a sentence opening with one opens a quote', () => {
    expect(
      quotedSentences([
        '"Seats were coming apart," said a passenger who boarded at the station.',
        '"Bags were going everywhere and people were shouting.',
        'Then it stopped."',
        'Rescuers arrived within 20 minutes.',
      ]),
    ).toEqual([false, true, true, false]);
  });

  it('is what tokenize gives each sentence', () => {
    const sentences = tokenize(
      'Police closed the road. "We will reopen it tomorrow," a police officer told reporters on Sunday evening. "Stay away from the river until then."',
    );
    expect(sentences.map((s) => s.quoted)).toEqual([false, false, true]);
  });
});

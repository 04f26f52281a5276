import { describe, expect, it } from 'vitest';
import { quotedSentences } from './quoted.js';
import { splitSentences, tokenize } from './text.js';

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

  // A quote that closes with its sentence's stop ('...the dead."') in the middle of a paragraph:
  // the closing mark went to no sentence (the split cut it off), the quote stayed open and every
  // later sentence of the paragraph read as quoted (twenty-fifth round; real set 17's early
  // version of a running story had nine sentences of its own read as a quote).
  it('closes a quote that ends with its sentence, mid-paragraph (straight and curly)', () => {
    for (const [open, close] of [
      ['"', '"'],
      ['“', '”'],
    ])
      expect(
        tokenize(
          `A rescuer told Radio Tarsk: ${open}It is very bad inside. There are bodies on the ground.${close} The governor ordered an inquiry on Sunday. Crews worked through the night at the port.`,
        ).map((s) => s.quoted),
      ).toEqual([false, true, false, false]);
  });

  it('keeps the closing marks with the sentence they close', () => {
    expect(
      splitSentences('He said: "We will stay." The talks ended (in Dravon.) Then it rained.'),
    ).toEqual(['He said: "We will stay."', 'The talks ended (in Dravon.)', 'Then it rained.']);
  });
});

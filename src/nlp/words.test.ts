import { describe, expect, it } from 'vitest';
import { analyse, type Token } from './analyse.js';
import { runsOf, scannedRuns, wordRuns } from './words.js';

/** The runs of the text's one sentence as [run text, plain word or null]. */
function runs(text: string): Array<[string, string | null]> {
  const [s] = analyse(text);
  return wordRuns(s!).map((r) => [s!.text.slice(r.start, r.end), r.word?.text ?? null]);
}

const token = (text: string, start: number): Token => ({
  text,
  lower: text.toLowerCase(),
  lemma: text.toLowerCase(),
  pos: 'X',
  start,
  end: start + text.length,
});

describe('wordRuns', () => {
  it('gives a plain word its bridge token and leaves punctuation to the finders', () => {
    expect(runs("Ghana's envoy met U.S. officials in Accra, on Monday.")).toEqual([
      ["Ghana's", null],
      ['envoy', 'envoy'],
      ['met', 'met'],
      ['U.S.', null],
      ['officials', 'officials'],
      ['in', 'in'],
      ['Accra,', null],
      ['on', 'on'],
      ['Monday.', null],
    ]);
  });

  it('keeps accents, curly apostrophes, hyphens and no-break spaces inside a run', () => {
    expect(runs('Peru’s Kuczyński-led\u00a0cabinet met in Bogotá')).toEqual([
      ['Peru’s', null],
      ['Kuczyński-led\u00a0cabinet', null],
      ['met', 'met'],
      ['in', 'in'],
      ['Bogotá', null],
    ]);
  });

  it('splits at tabs and line ends as at spaces', () => {
    expect(runs('Troops\tcrossed  the\nriver').map(([text]) => text)).toEqual([
      'Troops',
      'crossed',
      'the',
      'river',
    ]);
  });

  it('is made once per sentence', () => {
    const [s] = analyse('Envoys met in Lome.');
    expect(wordRuns(s!)).toBe(wordRuns(s!));
  });

  it('reads the text itself where the tokens leave a character out', () => {
    // A token the tagger normalised is kept at its expected offset: its run is no plain word.
    const text = 'Talks in Oslo ended';
    const tokens = [token('Talks', 0), token('in', 6), token('Oslo', 9), token('ended', 14)];
    const skipped = [tokens[0]!, tokens[1]!, tokens[3]!];
    expect(runsOf(text, skipped, 0)).toEqual(scannedRuns(text, skipped, 0));
    expect(runsOf(text, skipped, 0).map((r) => [r.start, r.end, r.word?.text ?? null])).toEqual([
      [0, 5, 'Talks'],
      [6, 8, 'in'],
      [9, 13, null],
      [14, 19, 'ended'],
    ]);
    const altered = [tokens[0]!, tokens[1]!, token('Oslq', 9), tokens[3]!];
    expect(runsOf(text, altered, 0)[2]!.word).toBeNull();
    // Offsets of a sentence in a longer document.
    const shifted = tokens.map((t) => token(t.text, t.start + 100));
    expect(runsOf(text, shifted, 100)).toEqual(scannedRuns(text, shifted, 100));
    expect(runsOf(text, shifted, 100).every((r) => r.word !== null)).toBe(true);
  });
});

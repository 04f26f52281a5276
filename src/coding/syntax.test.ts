// The coder's parses: one per sentence, and a sentence met again word for word and tag for tag
// (a wire story's sentence in another outlet's copy) gets the parse it got before.
import { describe, expect, it } from 'vitest';
import { analyse, type Token } from '../nlp/analyse.js';
import { parse } from '../nlp/parse/index.js';
import { parserInput, sentenceParses } from './syntax.js';

const tokensOf = (text: string): Token[] => analyse(text)[0]!.tokens;

describe('sentenceParses', () => {
  it('parses a sentence as the parser does', () => {
    const parseOf = sentenceParses();
    for (const text of [
      'The ministry condemned the shelling of the port by rebel forces.',
      'Protesters rallied outside the embassy, demanding the envoy leave.',
    ]) {
      const tokens = tokensOf(text);
      expect(parseOf(tokens)).toEqual(parse(parserInput(tokens)));
    }
  });

  it('gives a sentence met again in another document the parse it got before', () => {
    const parseOf = sentenceParses();
    const text = 'Rebels seized the airport after two days of fighting, officials said.';
    const first = parseOf(tokensOf(text));
    parseOf(tokensOf('Talks between the two governments resumed on Monday.'));
    // Analysed again: new token objects, the same words and tags.
    expect(parseOf(tokensOf(text))).toBe(first);
  });

  it('parses anew when the tags differ, though the words are the same', () => {
    const parseOf = sentenceParses();
    const tokens = tokensOf('Police fire tear gas at the crowd.');
    const first = parseOf(tokens);
    const retagged = tokens.map((t) =>
      t.lower === 'fire' ? { ...t, pos: t.pos === 'VERB' ? 'NOUN' : 'VERB' } : t,
    );
    const second = parseOf(retagged);
    expect(second).not.toBe(first);
    expect(second).toEqual(parse(parserInput(retagged)));
  });

  it('tells apart sentences whose words run together differently', () => {
    const parseOf = sentenceParses();
    const tokens = tokensOf('Troops left the town.');
    // One word standing for the first two words and the first's tag: written one after another
    // without their lengths, the two sentences' words and tags would read the same.
    const [a, b] = [tokens[0]!, tokens[1]!];
    const joined = { ...b, text: `${a.text}${a.pos} ${b.text}` };
    const split = parseOf(tokens);
    expect(parseOf([joined, ...tokens.slice(2)])).not.toBe(split);
  });

  it('keeps the last sentences parsed only', () => {
    const parseOf = sentenceParses(2);
    const texts = [
      'Army units shelled the village overnight.',
      'The president met the visiting envoy.',
      'Workers went on strike at the refinery.',
    ];
    const first = parseOf(tokensOf(texts[0]!));
    parseOf(tokensOf(texts[1]!));
    parseOf(tokensOf(texts[2]!));
    const again = parseOf(tokensOf(texts[0]!));
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    // The most recently used are kept: the third sentence is still there.
    const third = parseOf(tokensOf(texts[2]!));
    expect(parseOf(tokensOf(texts[2]!))).toBe(third);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConllu } from './conllu.js';

const fixture = readFileSync(new URL('./fixtures/invented.conllu', import.meta.url), 'utf8');

describe('parseConllu', () => {
  it('reads words, tags, heads and relations', () => {
    const sentences = parseConllu(fixture, 'invented.conllu');
    expect(sentences).toHaveLength(20);
    const [first] = sentences;
    expect(first).toMatchObject({
      id: 'fixture-01',
      text: 'Russia attacked Ukraine.',
      words: ['Russia', 'attacked', 'Ukraine', '.'],
      upos: ['PROPN', 'VERB', 'PROPN', 'PUNCT'],
      heads: [2, 0, 2, 2],
      deprels: ['nsubj', 'root', 'obj', 'punct'],
    });
  });

  it('gives each word its span in the text, the words of a contraction sharing one', () => {
    const s = parseConllu(fixture).find((x) => x.id === 'fixture-10')!;
    expect(s.words).toEqual(['Israel', 'did', "n't", 'respond', '.']);
    expect(s.spans.map(([a, b]) => s.text.slice(a, b))).toEqual([
      'Israel',
      "didn't",
      "didn't",
      'respond',
      '.',
    ]);
  });

  it('skips empty nodes and rebuilds a missing text from SpaceAfter', () => {
    const text = [
      '1\tHi\t_\tINTJ\t_\t_\t0\troot\t_\tSpaceAfter=No',
      '1.1\tx\t_\tX\t_\t_\t_\t_\t_\t_',
      '2\t!\t_\tPUNCT\t_\t_\t1\tpunct\t_\t_',
      '',
    ].join('\n');
    const [s] = parseConllu(text);
    expect(s!.words).toEqual(['Hi', '!']);
    expect(s!.text).toBe('Hi!');
    expect(s!.id).toBe('line 1');
  });

  it('names the file and line of a malformed row', () => {
    expect(() => parseConllu('1\tHi\tINTJ\n', 'bad.conllu')).toThrow(
      'bad.conllu:1: expected 10 tab-separated columns, found 3',
    );
    expect(() => parseConllu('# c\n1\tHi\t_\tINTJ\t_\t_\tx\troot\t_\t_\n', 'bad.conllu')).toThrow(
      'bad.conllu:2: head "x" is not a number',
    );
    expect(() => parseConllu('2\tHi\t_\tINTJ\t_\t_\t0\troot\t_\t_\n', 'bad.conllu')).toThrow(
      'bad.conllu:1: word id "2" out of sequence',
    );
  });
});

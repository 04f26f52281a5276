import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse.js';
import { defaultParserLoadMs, parse, Roles } from './index.js';

// The committed model on invented sentences, tagged by wink as Spiral tags news.
function read(text: string, verb: string) {
  const [s] = analyse(text);
  const words = s!.tokens.map((t) => t.text);
  const tags = s!.tokens.map((t) => t.pos);
  const p = parse({ words, tags });
  const r = new Roles({ words, tags }, p).of(words.indexOf(verb));
  const names = (list: Array<{ index: number }>): string[] => list.map((a) => words[a.index]!);
  return { words, p, r, names };
}

describe('the committed parser model', () => {
  it('loads on first use, not on import', () => {
    expect(defaultParserLoadMs()).toBeNull();
    parse({ words: ['Hello', '.'], tags: ['INTJ', 'PUNCT'] });
    expect(defaultParserLoadMs()).toBeGreaterThan(0);
  });

  it('gives a tree: one root, every other word a head inside the sentence', () => {
    const { p, words } = read(
      'Ukrainian forces shelled the outskirts of Donetsk on Tuesday.',
      'shelled',
    );
    expect(p.head.filter((h) => h === -1)).toHaveLength(1);
    expect(p.head[words.indexOf('shelled')]).toBe(-1);
    expect(p.deprel[words.indexOf('shelled')]).toBe('root');
    for (const h of p.head) expect(h).toBeLessThan(words.length);
  });

  it('finds subject, object and a dated oblique', () => {
    const { r, names, words } = read('Russia attacked Ukraine on Thursday.', 'attacked');
    expect(names(r.subjects)).toEqual(['Russia']);
    expect(names(r.objects)).toEqual(['Ukraine']);
    expect(r.obliques.map((o) => [words[o.index], o.prep])).toEqual([['Thursday', 'on']]);
  });

  it('gives every coordinated subject', () => {
    const { r, names } = read('Egypt and Jordan condemned the decision.', 'condemned');
    expect(names(r.subjects)).toEqual(['Egypt', 'Jordan']);
    expect(names(r.objects)).toEqual(['decision']);
  });

  it('shares a subject across coordinated verbs', () => {
    const { r, names } = read(
      'The rebels captured the airport and killed three soldiers.',
      'killed',
    );
    expect(names(r.subjects)).toEqual(['rebels']);
    expect(names(r.objects)).toEqual(['soldiers']);
  });

  it('reads a passive with its agent', () => {
    const { r, names } = read('Dozens of protesters were arrested by police in Minsk.', 'arrested');
    expect(names(r.passiveSubjects)).toEqual(['Dozens']);
    expect(names(r.agents)).toEqual(['police']);
  });

  it('gives an infinitive the subject of the verb that controls it', () => {
    const { r, names } = read('China agreed to resume talks with Taiwan.', 'resume');
    expect(names(r.subjects)).toEqual(['China']);
    expect(names(r.objects)).toEqual(['talks']);
  });
});

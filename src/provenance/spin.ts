// Spin score without an original: content farms' synonym swaps leave odd collocations ("drive
// posture", "news convention"). A bigram is counted as residue when it is not a known collocation
// but swapping one of its words for a WordNet synonym makes it one. The score is the share of
// collocation sites in the text that look mangled.
import { readFileSync } from 'node:fs';
import { dataPath } from '../paths.js';
import type { Thesaurus } from './thesaurus.js';
import type { TextSentence } from './text.js';

let curated: Set<string> | null = null;

/** The hand-made list in `data/thesaurus/collocations.txt`, in lemma form. */
export function curatedCollocations(): ReadonlySet<string> {
  if (!curated) {
    curated = new Set();
    try {
      for (const line of readFileSync(dataPath('thesaurus', 'collocations.txt'), 'utf8').split(
        '\n',
      )) {
        const entry = line.trim().toLowerCase();
        if (entry && !entry.startsWith('#') && entry.split(' ').length === 2) curated.add(entry);
      }
    } catch {
      // Without the file only WordNet's own collocations are used.
    }
  }
  return curated;
}

export interface CollocationSpin {
  /** Known collocations found intact. */
  intact: number;
  /** Bigrams that become a known collocation after one synonym swap. */
  residue: number;
  /** residue / (intact + residue + 4): a few sites are weak evidence, so the score is damped; in [0,1]. */
  spin: number;
  examples: string[];
}

export function collocationSpin(sentences: TextSentence[], thesaurus: Thesaurus): CollocationSpin {
  const known = (a: string, b: string): boolean => {
    const key = `${a} ${b}`;
    return thesaurus.collocations.has(key) || curatedCollocations().has(key);
  };
  const base = (w: string): string[] => {
    const forms = thesaurus.lemmaForms(w);
    return forms.length > 0 ? forms : [w];
  };
  let intact = 0;
  let residue = 0;
  const examples: string[] = [];
  for (const s of sentences) {
    for (let i = 1; i < s.tokens.length; i++) {
      const x = s.tokens[i - 1]!;
      const y = s.tokens[i]!;
      if (x.kind !== 'content' || y.kind !== 'content') continue;
      const xs = base(x.word);
      const ys = base(y.word);
      if (xs.some((a) => ys.some((b) => known(a, b)))) {
        intact++;
        continue;
      }
      const swappedFirst = thesaurus.synonymsOf(x.word).some((a) => ys.some((b) => known(a, b)));
      const swappedSecond =
        !swappedFirst && thesaurus.synonymsOf(y.word).some((b) => xs.some((a) => known(a, b)));
      if (swappedFirst || swappedSecond) {
        residue++;
        if (examples.length < 5) examples.push(`${x.word} ${y.word}`);
      }
    }
  }
  return { intact, residue, spin: residue / (intact + residue + 4), examples };
}

// Spin score without an original: content farms' synonym swaps leave odd collocations ("drive
// posture", "news convention"). A bigram is counted as residue when it is not a known collocation
// but swapping one of its words for a WordNet synonym makes it one. The score is the share of
// collocation sites in the text that look mangled.
import { readFileSync } from 'node:fs';
import { dataPath } from '../paths.js';
import type { Thesaurus } from './thesaurus.js';
import { memoPerOwner } from '../memo.js';
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

type Site = 'intact' | 'residue' | 'none';

/**
 * What each bigram of words was found to be, per thesaurus: news repeats its word pairs, and the
 * synonym lookups behind an answer are the costly part.
 */
const sites = memoPerOwner<Thesaurus, Site>(200_000);

export function collocationSpin(sentences: TextSentence[], thesaurus: Thesaurus): CollocationSpin {
  const known = (a: string, b: string): boolean => {
    const key = `${a} ${b}`;
    return thesaurus.collocations.has(key) || curatedCollocations().has(key);
  };
  const base = (w: string): string[] => {
    const forms = thesaurus.lemmaForms(w);
    return forms.length > 0 ? forms : [w];
  };
  /** A known collocation; one after a synonym swap (residue of spinning); or neither. */
  const classify = (x: string, y: string): Site => {
    const xs = base(x);
    const ys = base(y);
    if (xs.some((a) => ys.some((b) => known(a, b)))) return 'intact';
    const swappedFirst = thesaurus.synonymsOf(x).some((a) => ys.some((b) => known(a, b)));
    const swappedSecond =
      !swappedFirst && thesaurus.synonymsOf(y).some((b) => xs.some((a) => known(a, b)));
    return swappedFirst || swappedSecond ? 'residue' : 'none';
  };
  let intact = 0;
  let residue = 0;
  const examples: string[] = [];
  for (const s of sentences) {
    for (let i = 1; i < s.tokens.length; i++) {
      const x = s.tokens[i - 1]!;
      const y = s.tokens[i]!;
      if (x.kind !== 'content' || y.kind !== 'content') continue;
      const key = `${x.word} ${y.word}`;
      const site = sites(thesaurus, key, () => classify(x.word, y.word));
      if (site === 'intact') intact++;
      else if (site === 'residue') {
        residue++;
        if (examples.length < 5) examples.push(key);
      }
    }
  }
  return { intact, residue, spin: residue / (intact + residue + 4), examples };
}

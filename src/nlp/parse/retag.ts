// Re-tagging a treebank with the tags Spiral has at run time. The parser reads wink-nlp's POS tags
// when it codes news, so it is trained on wink's tags for the treebank's own text, not on the
// treebank's hand-checked tags: the weights then expect wink's habits (and mistakes). wink
// tokenises the text its own way, so each treebank word takes the tag of the wink token over it.
import { analyse } from '../analyse.js';
import type { TreebankSentence } from './conllu.js';

export interface Retagged {
  tags: string[];
  /** Words that no wink token covered, which kept the treebank's tag. */
  unaligned: number;
}

export function retag(sentence: TreebankSentence): Retagged {
  const tokens = analyse(sentence.text).flatMap((s) => s.tokens);
  const tags: string[] = [];
  let unaligned = 0;
  let t = 0;
  for (let i = 0; i < sentence.words.length; i++) {
    const [start, end] = sentence.spans[i]!;
    // Words of one contraction ("do" + "n't" over "don't") share a span: take the wink tokens
    // inside it in order, one per word, when wink split it the same way.
    let sameSpan = 0;
    while (i - sameSpan - 1 >= 0 && sentence.spans[i - sameSpan - 1]![0] === start) sameSpan++;
    while (t < tokens.length && tokens[t]!.end <= start) t++;
    const inside: number[] = [];
    for (let k = t; k < tokens.length && tokens[k]!.start < end; k++) inside.push(k);
    let pick: number | undefined;
    if (inside.length > sameSpan && sameSpan > 0) pick = inside[sameSpan];
    else pick = inside.find((k) => tokens[k]!.pos !== 'PUNCT') ?? inside[0];
    if (pick === undefined) {
      tags.push(sentence.upos[i]!);
      unaligned++;
    } else tags.push(tokens[pick]!.pos);
  }
  return { tags, unaligned };
}

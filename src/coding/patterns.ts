// The verb/phrase dictionary: loading, validation and compilation for matching.
// Patterns are data (data/patterns/*.jsonl, documented in docs/coding.md); users add their own
// files with `--dictionary FILE`.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PLOVER_TYPES, type PloverType } from '../records.js';
import { dataPath } from '../paths.js';
import { TYPE_DEFAULTS } from './defaults.js';
import { builtInWordClasses, expandWordClasses, type WordClasses } from './word-classes.js';

/** A pattern's other sense, taken when its object is of one kind (`bare`, `placed`). */
const OtherSense = z.object({
  type: z.enum(PLOVER_TYPES),
  cameo: z.string().regex(/^\d{0,4}$/),
  mode: z.string().default(''),
});
type OtherSense = z.infer<typeof OtherSense>;

const PatternLine = z.object({
  id: z.string().min(1),
  /** PLOVER type; null for patterns that only play a role (a denial cancels what it governs). */
  type: z.enum(PLOVER_TYPES).nullable().optional(),
  cameo: z
    .string()
    .regex(/^\d{0,4}$/)
    .default(''),
  intensity: z.number().min(-10).max(10).optional(),
  mode: z.string().default(''),
  /**
   * Lemmas separated by spaces; `a|b` alternatives; `*` a gap of up to four words; `a_b` a
   * multiword alternative; `@name` the words of a class (data/patterns/classes.json).
   */
  match: z.string().min(1).optional(),
  /** Removes the pattern of this id loaded before (an imported one that codes wrongly). */
  disabled: z.boolean().default(false),
  /**
   * `verb` (default): the first word must be used as a verb. `any`: any part of speech. `noun`:
   * an act named by a noun heading the sentence's subject ("An attack by X on Y killed ..."),
   * its roles taken from the noun phrase's possessive and prepositions (src/coding/nominal.ts).
   */
  pos: z.enum(['verb', 'any', 'noun']).default('verb'),
  /** Type when the pattern is negated ("will not accept" is a REJECT, not a negated AGREE). */
  negatedType: z.enum(PLOVER_TYPES).optional(),
  /**
   * `event` (default); `denial` cancels the triggers in its clause; `order` ("ordered", "told")
   * codes nothing itself, but the one it orders, named by a sector alone, acts for the orderer;
   * `sense` names another sense of an act verb ("hit back at", "a charm offensive", "meet the
   * conditions"): it codes nothing and, as a longer hand-kept match, keeps the act's pattern off
   * its words.
   */
  role: z.enum(['event', 'denial', 'order', 'sense']).default('event'),
  /**
   * `false`: a present participle opening a clause after a comma ("reopened two crossings,
   * allowing families to cross") tells the result of the act before it, and codes nothing.
   */
  result: z.boolean().default(true),
  /**
   * What happens to an act in this pattern's infinitive complement: `absorb` (default: "agreed to
   * withdraw" is one AGREE), `negate` ("refused to withdraw" is a REJECT and a negated RETREAT),
   * `keep` (both coded as they are), `yield` (before an infinitive the pattern is only an attempt
   * and codes nothing of its own: "sought to mediate" is the mediation, "sought help" a request),
   * `cede` (as `absorb`, but before an act of force, bare or after "to", the pattern codes nothing
   * and the act is kept: "helped intercept the drones" is the interception; forceful-help.ts).
   */
  complement: z.enum(['absorb', 'negate', 'keep', 'yield', 'cede']).default('absorb'),
  /**
   * Where the target is: `object` (default: the verb's object or the first actor after it) or
   * `with` (only an actor after "with"/"to": in "discussed Ukraine with Lavrov" Ukraine is a topic)
   * or `from` (the actor after "from" is the doer and the subject the one acted on: "received a
   * call from Tebboune") or `place` (a state or a place of one right after the verb, else no act:
   * "troops entered Somalia", not "entered talks") or `between` (the parties named after the
   * pattern's closing "between" act on each other, the first on the rest: "fighting erupted
   * between the army and the rebels") or `subject` (the subject is the one acted on, the doer the
   * one after "from" or "by", else unknown: "Asmara came under rocket fire from Tigray") or
   * `speaker` (the one who says it is the doer, the first other party named after the verb of
   * saying the target: "Iran said the United States would pay a price", src/coding/speaker.ts).
   */
  target: z
    .enum(['object', 'with', 'from', 'place', 'between', 'subject', 'speaker'])
    .default('object'),
  /** Keep the type when announced ("will resign" is RETREAT), instead of AGREE/THREATEN. */
  keepFuture: z.boolean().default(false),
  /** An event only with a partner ("spoke with Lavrov", "A and B spoke"), not alone ("spoke on TV"). */
  partner: z.boolean().default(false),
  /**
   * The type when the act is done together: by a compound subject of several states or "with" a
   * partner ("China and Russia held naval drills" is COOPERATE, "China held drills" MOBILIZE).
   */
  jointType: z.enum(PLOVER_TYPES).optional(),
  /**
   * `any` (default) or `none`: the verb's sense that takes no direct object is the act
   * ("demonstrated outside parliament" is a protest; "demonstrated its resolve", "demonstrated a
   * missile" or "demonstrated that ..." is showing something, no act of this type).
   */
  object: z.enum(['any', 'none']).default('any'),
  /**
   * A warning: a threat only when aimed at someone named, when it says what the warner will do,
   * sets a condition or names a repercussion; a warning of a situation ("warned that millions
   * faced famine") codes nothing (src/coding/warnings.ts).
   */
  warning: z.boolean().default(false),
  /**
   * Sectors the doer must have for the act ("entered eastern Congo" is a military move when
   * troops or rebels enter, not when refugees or talks do): `["MIL", "REB"]`.
   */
  doers: z.array(z.string().regex(/^[A-Z]{3}$/)).optional(),
  /**
   * An act each member of a compound subject does to the others, as with "each other": "Armenia
   * and Azerbaijan traded accusations" is an accusation each way.
   */
  reciprocal: z.boolean().default(false),
  /**
   * The sense when the object is one person and nothing is asked of him (no "to" infinitive,
   * "for" or "that" after it): "called on President Kovind" is a visit (CONSULT 042), "called
   * on Kovind to resign" the pattern's own type (src/coding/bare-objects.ts).
   */
  bare: OtherSense.optional(),
  /**
   * The sense when the verb's object is a named place or a settlement: "captured Bakhmut",
   * "seized the town of ..." is taking ground in war (ASSAULT), "captured two soldiers" or
   * "seized a tanker" the pattern's own type (src/coding/taken-places.ts).
   */
  placed: OtherSense.optional(),
});

export type PatternDefinition = z.infer<typeof PatternLine> & {
  /** Read from an imported file (`*.imported.jsonl`): a hand-kept match at the same words wins. */
  imported?: boolean;
};

export interface PatternStep {
  /** Alternatives; each alternative is one or more words (split from `a_b`). */
  alternatives: string[][];
  /** Whether up to four words may come between the previous step and this one. */
  gapBefore: boolean;
}

export interface CompiledPattern {
  id: string;
  type: PloverType | null;
  cameo: string;
  intensity: number;
  mode: string;
  verbAnchor: boolean;
  /** The act is a noun; its roles are in its noun phrase (`pos: "noun"`). */
  nominal: boolean;
  negatedType: PloverType | null;
  role: 'event' | 'denial' | 'order' | 'sense';
  /** A result participle (", allowing ...") codes this act (`result`, default true). */
  asResult: boolean;
  complement: 'absorb' | 'negate' | 'keep' | 'yield' | 'cede';
  target: 'object' | 'with' | 'from' | 'place' | 'between' | 'subject' | 'speaker';
  keepFuture: boolean;
  partner: boolean;
  jointType: PloverType | null;
  /** Only the verb's sense with no direct object codes (`object: "none"`). */
  intransitive: boolean;
  /** A warning, a threat only when it threatens (`warning: true`, src/coding/warnings.ts). */
  warning: boolean;
  /** Sectors the doer must have (`doers`), or null for any doer. */
  doers: ReadonlySet<string> | null;
  /** Each member of a compound subject acts on the others (`reciprocal: true`). */
  reciprocal: boolean;
  /** The sense when one person is the object and asked nothing (`bare`), or null. */
  bare: OtherSense | null;
  /** The sense when the object is a named place or a settlement (`placed`), or null. */
  placed: OtherSense | null;
  /** From an imported dictionary: tried only where no hand-kept pattern matches. */
  imported: boolean;
  steps: PatternStep[];
  /**
   * For each step after the first, the words one of which must be in the sentence for the
   * pattern to match there (the first word of each alternative): a cheap test before the search.
   */
  cues: string[][];
  /** Number of words the pattern names: longer patterns win over shorter ones. */
  weight: number;
}

export interface PatternIndex {
  /** Patterns by the first word of their first step, longest first. */
  byAnchor: Map<string, CompiledPattern[]>;
  size: number;
  /**
   * Imported lines by their first words, not yet parsed: `expandAnchor` validates and compiles
   * them the first time a text has the word (thousands of imported patterns, most never met).
   */
  pending: Map<string, PendingPattern[]>;
  /** Ids given by hand-kept or user lines: an imported line of that id is never built. */
  replaced: Set<string>;
  /** Ids switched off by a `disabled` line: also keeps the learned model's `learned.*` ids off. */
  disabled: Set<string>;
}

export interface PendingPattern {
  file: string;
  line: number;
  text: string;
  done: boolean;
}

export class DictionaryError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = 'DictionaryError';
  }
}

/**
 * The token sequences one alternative stands for: `a_b` is two words, and a hyphenated word is
 * either its parts around a hyphen token (the tokenizer splits "sit-in" and "cease-fire" so) or
 * one token (it keeps prefixed words whole: "re-established", "re-opened").
 */
function wordsOf(alt: string): string[][] {
  const words = alt.split('_');
  const split = words.flatMap((w) =>
    w.length > 2 && /^[^-].*[^-]$/.test(w) && w.includes('-')
      ? w.split('-').flatMap((part, i) => (i === 0 ? [part] : ['-', part]))
      : [w],
  );
  return split.length === words.length ? [words] : [split, words];
}

export function compilePattern(def: PatternDefinition): CompiledPattern {
  const steps: PatternStep[] = [];
  let gap = false;
  for (const word of (def.match ?? '').trim().split(/\s+/)) {
    if (word === '*') {
      gap = true;
      continue;
    }
    const alternatives = word.toLowerCase().split('|').filter(Boolean).flatMap(wordsOf);
    steps.push({ alternatives, gapBefore: gap && steps.length > 0 });
    gap = false;
  }
  const type = def.type ?? null;
  const defaults = type ? TYPE_DEFAULTS[type] : { cameo: '', intensity: 0 };
  return {
    id: def.id,
    type,
    cameo: def.cameo || defaults.cameo,
    intensity: def.intensity ?? defaults.intensity,
    mode: def.mode,
    verbAnchor: def.pos === 'verb',
    nominal: def.pos === 'noun',
    negatedType: def.negatedType ?? null,
    role: def.role,
    asResult: def.result,
    complement: def.complement,
    target: def.target,
    keepFuture: def.keepFuture,
    partner: def.partner,
    jointType: def.jointType ?? null,
    intransitive: def.object === 'none',
    warning: def.warning,
    doers: def.doers ? new Set(def.doers) : null,
    reciprocal: def.reciprocal,
    bare: def.bare ?? null,
    placed: def.placed ?? null,
    imported: def.imported ?? false,
    steps,
    cues: steps.slice(1).map((st) => [...new Set(st.alternatives.map((a) => a[0]!))]),
    weight: steps.reduce((n, s) => n + Math.max(...s.alternatives.map((a) => a.length)), 0),
  };
}

/** Parses one line of a JSONL dictionary (null for a blank or comment line). */
export function parsePatternLine(
  raw: string,
  file: string,
  lineNo: number,
  imported = false,
): PatternDefinition | null {
  const line = raw.trim();
  if (!line || line.startsWith('//') || line.startsWith('#')) return null;
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    throw new DictionaryError(file, lineNo, 'not valid JSON');
  }
  const parsed = PatternLine.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DictionaryError(file, lineNo, `field "${issue.path.join('.')}": ${issue.message}`);
  }
  if (parsed.data.disabled) return { ...parsed.data, imported };
  if (!parsed.data.match) {
    throw new DictionaryError(file, lineNo, 'field "match": required unless "disabled" is true');
  }
  if (parsed.data.role === 'event' && !parsed.data.type) {
    throw new DictionaryError(file, lineNo, 'field "type": an event pattern needs a PLOVER type');
  }
  let classes: WordClasses;
  try {
    classes = builtInWordClasses();
  } catch (err) {
    throw new DictionaryError(file, lineNo, (err as Error).message);
  }
  const match = expandWordClasses(parsed.data.match, classes);
  if (typeof match !== 'string')
    throw new DictionaryError(file, lineNo, `field "match": ${match.error}`);
  const def = { ...parsed.data, match };
  return imported ? { ...def, imported } : def;
}

/** Parses one JSONL dictionary text; errors name the file and line. */
export function parsePatternFile(
  text: string,
  file: string,
  imported = false,
): PatternDefinition[] {
  const out: PatternDefinition[] = [];
  text.split('\n').forEach((raw, i) => {
    const def = parsePatternLine(raw, file, i + 1, imported);
    if (def) out.push(def);
  });
  return out;
}

export function buildIndex(defs: PatternDefinition[]): PatternIndex {
  // A later definition with the same id replaces an earlier one, so a user file can override.
  // A `disabled` line removes the id loaded before it.
  const byId = new Map<string, CompiledPattern>();
  for (const def of defs) {
    if (def.disabled) byId.delete(def.id);
    else byId.set(def.id, compilePattern(def));
  }
  const byAnchor = new Map<string, CompiledPattern[]>();
  for (const pattern of byId.values()) {
    for (const alt of pattern.steps[0]?.alternatives ?? []) {
      const anchor = alt[0]!;
      const list = byAnchor.get(anchor) ?? [];
      list.push(pattern);
      byAnchor.set(anchor, list);
    }
  }
  // Hand-kept patterns before imported ones, each longest first: see findTriggers.
  for (const list of byAnchor.values()) list.sort(byPriority);
  const replaced = new Set(defs.filter((d) => !d.imported).map((d) => d.id));
  const disabled = new Set(defs.filter((d) => d.disabled).map((d) => d.id));
  return { byAnchor, size: byId.size, pending: new Map(), replaced, disabled };
}

function byPriority(a: CompiledPattern, b: CompiledPattern): number {
  return Number(a.imported) - Number(b.imported) || b.weight - a.weight;
}

/** The first words a pattern line's `match` can begin with (written plainly by the converter). */
function anchorsOfLine(text: string): string[] {
  const match = /"match":"([^"\\]*)"/.exec(text)?.[1];
  if (match === undefined) return [];
  const first = match.trim().split(/\s+/)[0] ?? '';
  return [
    ...new Set(
      first
        .toLowerCase()
        .split('|')
        .flatMap((alt) => wordsOf(alt).map((words) => words[0]!)),
    ),
  ].filter(Boolean);
}

/** Files imported lines under their first words, to be built when a text first has the word. */
export function addPendingPatterns(index: PatternIndex, text: string, file: string): void {
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim() || raw.startsWith('#') || raw.startsWith('//')) return;
    const entry: PendingPattern = { file, line: i + 1, text: raw, done: false };
    const anchors = anchorsOfLine(raw);
    // A line the quick reading cannot place is parsed now, so its error shows at once.
    if (anchors.length === 0) parsePatternLine(raw, file, i + 1, true);
    for (const a of anchors) {
      const list = index.pending.get(a) ?? [];
      list.push(entry);
      index.pending.set(a, list);
    }
  });
}

/**
 * Builds the imported patterns waiting under `word`: each line is validated (errors name file
 * and line), left out when a hand-kept or user line has its id, and put under all its anchors.
 */
export function expandAnchor(index: PatternIndex, word: string): void {
  const lines = index.pending.get(word);
  if (!lines) return;
  index.pending.delete(word);
  const touched = new Set<CompiledPattern[]>();
  for (const entry of lines) {
    if (entry.done) continue;
    entry.done = true;
    const def = parsePatternLine(entry.text, entry.file, entry.line, true);
    if (!def || def.disabled || index.replaced.has(def.id)) continue;
    const pattern = compilePattern(def);
    index.size++;
    for (const alt of pattern.steps[0]?.alternatives ?? []) {
      let list = index.byAnchor.get(alt[0]!);
      if (!list) index.byAnchor.set(alt[0]!, (list = []));
      list.push(pattern);
      touched.add(list);
    }
  }
  for (const list of touched) list.sort(byPriority);
}

/** Imported dictionaries end in this; every other `data/patterns/*.jsonl` is hand-kept. */
export const IMPORTED_SUFFIX = '.imported.jsonl';

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new DictionaryError(
      file,
      0,
      `cannot read dictionary (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
}

function readPatternFile(file: string, imported: boolean): PatternDefinition[] {
  return parsePatternFile(readText(file), file, imported);
}

export interface LoadPatternOptions {
  /** Whether the imported dictionaries are loaded (default true). */
  imported?: boolean;
}

/**
 * The built-in dictionary plus the user's files: hand-kept files, then the user's (a later line
 * with the same id replaces an earlier one), then the imported files, whose lines wait until a
 * text has their first word; a hand-kept or user line with an imported id replaces or disables it.
 */
export function loadPatterns(
  extraFiles: string[] = [],
  options: LoadPatternOptions = {},
): PatternIndex {
  const dir = dataPath('patterns');
  const all = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  const imported = (options.imported ?? true) ? all.filter((f) => f.endsWith(IMPORTED_SUFFIX)) : [];
  const handKept = all.filter((f) => !f.endsWith(IMPORTED_SUFFIX));
  const index = buildIndex([
    ...handKept.flatMap((f) => readPatternFile(path.join(dir, f), false)),
    ...extraFiles.flatMap((f) => readPatternFile(f, false)),
  ]);
  for (const f of imported) {
    const file = path.join(dir, f);
    addPendingPatterns(index, readText(file), file);
  }
  return index;
}

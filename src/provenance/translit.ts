// Names across scripts: a translated copy in Russian or Ukrainian writes "Лавров", "Блинкена",
// "Зеленский" where its English original writes "Lavrov", "Blinken", "Zelensky". Copy detection
// compares names by a key: Cyrillic names lose their case ending and are romanised (BGN/PCGN),
// then Latin and romanised names alike are folded so that the usual spellings of one name agree
// (y/i, ya/ia, kh/h, final -iy/-y); a few places have an English name of their own (exonyms:
// Москва is Moscow). The letters, folds, endings and exonyms are data
// (`data/translit/cyrillic.jsonl`, sources named there), validated when read.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { dataPath } from '../paths.js';
import { idLines } from './id-lines.js';

const Letter = z
  .object({
    id: z.string().regex(/^(ru|uk)-[a-z-]+$/, 'ids look like "ru-zhe"'),
    kind: z.literal('letter'),
    system: z.enum(['ru', 'uk']),
    cyrillic: z.string().regex(/^\p{Script=Cyrillic}$/u, 'one lowercase Cyrillic letter'),
    latin: z.string().min(1),
    initial: z.string().min(1).optional(),
  })
  .strict();
const Fold = z
  .object({
    id: z.string().regex(/^fold-[a-z-]+$/, 'ids look like "fold-kh-h"'),
    kind: z.literal('fold'),
    pattern: z.string().min(1),
    to: z.string(),
    example: z.string().optional(),
  })
  .strict();
const Ending = z
  .object({
    id: z.string().regex(/^end-[a-z-]+$/, 'ids look like "end-ogo"'),
    kind: z.literal('ending'),
    cyrillic: z.string().regex(/^\p{Script=Cyrillic}+$/u, 'lowercase Cyrillic letters'),
  })
  .strict();
const Exonym = z
  .object({
    id: z.string().regex(/^exo-[a-z-]+$/, 'ids look like "exo-moscow"'),
    kind: z.literal('exonym'),
    stems: z
      .array(z.string().regex(/^\p{Script=Cyrillic}+$/u, 'lowercase Cyrillic letters'))
      .min(1),
    latin: z.string().min(1),
    forms: z.string().optional(),
  })
  .strict();
const Line = z.discriminatedUnion('kind', [Letter, Fold, Ending, Exonym]);

export interface Romanisation {
  /** Per system: letter → spelling, and the spelling at a word's start or after a vowel. */
  letters: Record<'ru' | 'uk', Map<string, { latin: string; initial?: string }>>;
  folds: Array<{ id: string; pattern: RegExp; to: string }>;
  /** Case endings, longest first. */
  endings: string[];
  /** Cyrillic stem → the English name (Москв- → Moscow). */
  exonyms: Map<string, string>;
}

export class TranslitFileError extends Error {
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'TranslitFileError';
  }
}

/** Parses the romanisation file; errors name the file, line and field. */
export function parseRomanisation(text: string, file: string): Romanisation {
  const out: Romanisation = {
    letters: { ru: new Map(), uk: new Map() },
    folds: [],
    endings: [],
    exonyms: new Map(),
  };
  for (const { value: d, line } of idLines(text, file, Line, TranslitFileError)) {
    if (d.kind === 'letter') {
      if (d.cyrillic !== d.cyrillic.toLowerCase())
        throw new TranslitFileError(file, line, 'field "cyrillic": write the lowercase letter');
      out.letters[d.system].set(d.cyrillic, {
        latin: d.latin,
        ...(d.initial ? { initial: d.initial } : {}),
      });
    } else if (d.kind === 'fold') {
      let pattern: RegExp;
      try {
        pattern = new RegExp(d.pattern, 'g');
      } catch {
        throw new TranslitFileError(file, line, 'field "pattern": not a valid regular expression');
      }
      out.folds.push({ id: d.id, pattern, to: d.to });
    } else if (d.kind === 'ending') out.endings.push(d.cyrillic);
    else for (const stem of d.stems) out.exonyms.set(stem, d.latin);
  }
  out.endings.sort((a, b) => b.length - a.length);
  return out;
}

let cached: Romanisation | null = null;

export function romanisation(): Romanisation {
  if (!cached) {
    const file = dataPath('translit', 'cyrillic.jsonl');
    cached = parseRomanisation(readFileSync(file, 'utf8'), file);
  }
  return cached;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Letters only Ukrainian writes: a text holding one is romanised with the Ukrainian table. */
const UKRAINIAN = /[іїєґ]/iu;
const VOWELS = new Set('аеёиоуыэюяіїє');

export const hasCyrillic = (word: string): boolean => CYRILLIC.test(word);
export const looksUkrainian = (text: string): boolean => UKRAINIAN.test(text);

/** Romanises a lowercase Cyrillic word letter by letter; other characters are kept. */
export function romanise(word: string, system: 'ru' | 'uk', table = romanisation()): string {
  const letters = table.letters[system];
  let out = '';
  let previous = '';
  for (const ch of word.toLowerCase()) {
    const entry = letters.get(ch) ?? table.letters[system === 'ru' ? 'uk' : 'ru'].get(ch);
    if (!entry) out += ch;
    else {
      const initial = previous === '' || VOWELS.has(previous) || 'йъь'.includes(previous);
      out += initial && entry.initial ? entry.initial : entry.latin;
    }
    previous = ch;
  }
  return out;
}

/** A Cyrillic name without its case ending ("Лаврову" → "лавров"), a stem of 3 letters or more. */
export function stripEnding(word: string, table = romanisation()): string {
  const lower = word.toLowerCase();
  for (const e of table.endings)
    if (lower.endsWith(e) && lower.length - e.length >= 3) return lower.slice(0, -e.length);
  return lower;
}

/** Folds a Latin name (lowercase) so that its usual spellings agree. */
export function foldLatin(name: string, table = romanisation()): string {
  let s = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\p{M}ʹʺ'’`.]/gu, '');
  for (const f of table.folds) s = s.replace(f.pattern, f.to);
  return s;
}

// Names recur across a corpus: their keys are remembered (a bounded cache, memory stays flat).
const keys = new Map<string, string>();
const KEYS_LIMIT = 50_000;

/**
 * The key copy detection compares names by: "Lavrov", "Лавров", "Лаврову" → "lavrov";
 * "Zelensky", "Zelenskiy", "Зеленский", "Зеленского" → "zelensk". `system` says how to read
 * Cyrillic (Russian unless the text is Ukrainian).
 */
export function nameKey(word: string, system: 'ru' | 'uk' = 'ru'): string {
  const memo = `${system}:${word}`;
  const known = keys.get(memo);
  if (known !== undefined) return known;
  const table = romanisation();
  let latin = word;
  if (hasCyrillic(word)) {
    const stem = stripEnding(word, table);
    latin = table.exonyms.get(stem) ?? romanise(stem, system, table);
  }
  const key = foldLatin(latin, table);
  if (keys.size >= KEYS_LIMIT) keys.clear();
  keys.set(memo, key);
  return key;
}

/**
 * Two name keys that differ by one letter (both of five letters or more, same first letter):
 * "baiden" (Байден) ~ "biden", "ukrain" ~ "ucrain". Only the translated-pair check uses it; the
 * LSH signature needs equal keys.
 */
export function namesAlike(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5 || a[0] !== b[0] || Math.abs(a.length - b.length) > 1)
    return false;
  return withinOneEdit(a, b);
}

function withinOneEdit(a: string, b: string): boolean {
  if (a.length > b.length) [a, b] = [b, a];
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.slice(i) === b.slice(i + 1);
}

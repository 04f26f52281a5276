// Word classes: named sets of nouns that many patterns share ("@held-persons": prisoners,
// hostages, nationals, pilots ...). A pattern names the class once ("free * @held-persons")
// instead of repeating its own list, so every verb of a kind accepts every word of the class:
// coverage grows by class, not by the sentence that happened to need one more word.
// The classes are data: data/patterns/classes.json, validated when first used.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { dataPath } from '../paths.js';

const WORD = /^\p{Ll}[\p{Ll}'-]*(?:_\p{Ll}[\p{Ll}'-]*)*$/u;

const ClassesFile = z.object({
  version: z.literal(1),
  classes: z.record(
    z.string().regex(/^[a-z][a-z-]*$/, 'class names are lower-case words joined by -'),
    z.object({
      about: z.string().min(1),
      words: z
        .array(z.string().regex(WORD, 'a word is lower-case letters, multiword joined by _'))
        .min(1),
    }),
  ),
});

export type WordClasses = ReadonlyMap<string, readonly string[]>;

export class WordClassError extends Error {}

/** Reads and validates a classes file; errors name the file and the field. */
export function loadWordClasses(file: string): WordClasses {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new WordClassError(`${file}: cannot read word classes (${(err as Error).message})`);
  }
  const parsed = ClassesFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new WordClassError(`${file}: field "${issue.path.join('.')}": ${issue.message}`);
  }
  return new Map(Object.entries(parsed.data.classes).map(([name, c]) => [name, c.words]));
}

let builtIn: WordClasses | null = null;

/** The committed classes (data/patterns/classes.json), read once. */
export function builtInWordClasses(): WordClasses {
  builtIn ??= loadWordClasses(dataPath('patterns', 'classes.json'));
  return builtIn;
}

const wordSets = new Map<string, ReadonlySet<string>>();

/**
 * One committed class as a set of its words, for code that tests a token against a class rather
 * than matching a pattern; read once per class. An unknown name is an error, as in
 * `classAlternation`: a misspelt class must not read as an empty one.
 */
export function classWords(name: string): ReadonlySet<string> {
  let words = wordSets.get(name);
  if (!words) {
    const list = builtInWordClasses().get(name);
    if (!list)
      throw new WordClassError(`no such word class "${name}" (data/patterns/classes.json)`);
    words = new Set(list);
    wordSets.set(name, words);
  }
  return words;
}

/**
 * One committed class as a regular expression source matching any of its words whole
 * (`\b(?:w1|w2)\b`, a multiword word with its `_` read as a space), for code that looks for a
 * class in raw text rather than in a pattern: the class stays the one list both read.
 */
export function classAlternation(name: string): string {
  const words = builtInWordClasses().get(name);
  if (!words) throw new WordClassError(`no such word class "${name}" (data/patterns/classes.json)`);
  // Longest first, so "recorded" is tried before "record".
  const alts = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/_/g, '\\s+'));
  return `\\b(?:${alts.join('|')})\\b`;
}

/**
 * A pattern's `match` with each `@class` alternative replaced by the class's words. A class may
 * not open a pattern (its first word is the verb the pattern is found by). Returns an error
 * message for an unknown class or a class in the first step.
 */
export function expandWordClasses(match: string, classes: WordClasses): string | { error: string } {
  if (!match.includes('@')) return match;
  const steps = match.trim().split(/\s+/);
  let first = true;
  const out: string[] = [];
  for (const step of steps) {
    if (step === '*') {
      out.push(step);
      continue;
    }
    const alternatives: string[] = [];
    for (const alt of step.split('|')) {
      if (!alt.startsWith('@')) {
        alternatives.push(alt);
        continue;
      }
      if (first) return { error: `"${alt}": a word class cannot open a pattern` };
      const words = classes.get(alt.slice(1));
      if (!words) return { error: `"${alt}": no such word class (data/patterns/classes.json)` };
      alternatives.push(...words);
    }
    out.push([...new Set(alternatives)].join('|'));
    first = false;
  }
  return out.join(' ');
}

// Measures in one unit and another: one copy of a wire story keeps "500 km" where another keeps
// "300 miles", "200 kph" where another keeps "124 mph". Two numbers whose units convert within
// 10 % are one measure, not a contradiction. The units and their factors are data
// (`data/units/units.jsonl`, one unit a line with an id), validated when read.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { dataPath } from '../paths.js';
import { idLines } from './id-lines.js';
import type { Token } from './text.js';

const Line = z
  .object({
    id: z.string().regex(/^[a-z]+-[a-z]+$/, 'ids look like "len-km"'),
    dimension: z.enum(['length', 'mass', 'speed', 'temperature', 'area', 'multiplier']),
    factor: z.number().positive(),
    offset: z.number().optional(),
    words: z.array(z.string().regex(/^[a-z]+( [a-z]+)*$/, 'lowercase words')).min(1),
  })
  .strict();

export interface Unit {
  id: string;
  dimension: string;
  factor: number;
  offset: number;
  /** The unit's tokens, one spelling ("km h", "miles per hour"). */
  words: string[];
}

export interface Units {
  /** First word of a spelling → its units with their spellings, longest first. */
  byFirst: Map<string, Unit[]>;
}

export class UnitsFileError extends Error {
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'UnitsFileError';
  }
}

/** Parses the units file; errors name the file, line and field. */
export function parseUnits(text: string, file: string): Units {
  const byFirst = new Map<string, Unit[]>();
  const spellings = new Set<string>();
  for (const { value: d, line } of idLines(text, file, Line, UnitsFileError)) {
    for (const spelling of d.words) {
      // One spelling, one unit: "pound" cannot be a mass here and a currency there.
      if (spellings.has(spelling))
        throw new UnitsFileError(file, line, `field "words": "${spelling}" is used twice`);
      spellings.add(spelling);
      const words = spelling.split(' ');
      let list = byFirst.get(words[0]!);
      if (!list) byFirst.set(words[0]!, (list = []));
      list.push({
        id: d.id,
        dimension: d.dimension,
        factor: d.factor,
        offset: d.offset ?? 0,
        words,
      });
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst };
}

let cached: Units | null = null;

export function units(): Units {
  if (!cached) {
    const file = dataPath('units', 'units.jsonl');
    cached = parseUnits(readFileSync(file, 'utf8'), file);
  }
  return cached;
}

/** A number with its unit: `key` is the number's token word (what the number check compares). */
export interface Measure {
  key: string;
  unit: string;
  dimension: string;
  /** The quantity in the dimension's base unit. */
  base: number;
  /** Where the number is among the sentence's tokens. */
  at: number;
}

function unitAt(tokens: readonly Token[], i: number, table: Units): Unit | null {
  const first = tokens[i]?.word;
  if (first === undefined) return null;
  for (const unit of table.byFirst.get(first) ?? [])
    if (unit.words.every((w, k) => tokens[i + k]?.word === w)) return unit;
  return null;
}

/** The numbers of a sentence followed by a unit ("500 km", "1.2 million acres", "40C"). */
export function measuresOf(tokens: readonly Token[], table: Units = units()): Measure[] {
  const out: Measure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'num' || t.value === undefined) continue;
    let value = t.value;
    let at = i + 1;
    const multiplier = unitAt(tokens, at, table);
    if (multiplier?.dimension === 'multiplier') {
      value *= multiplier.factor;
      at += multiplier.words.length;
    }
    const unit = unitAt(tokens, at, table);
    if (!unit || unit.dimension === 'multiplier') continue;
    out.push({
      key: t.word,
      unit: unit.id,
      dimension: unit.dimension,
      base: value * unit.factor + unit.offset,
      at: i,
    });
  }
  return out;
}

/** How far two conversions may differ: copies round ("500 km (300 miles)" is 311 miles). */
const TOLERANCE = 0.1;

/** One measure written in two units: same dimension, another unit (the same unit with another
 *  number is another measure: a toll or a distance updated), within 10 % (temperatures: a
 *  degree Celsius). */
export function sameMeasure(a: Measure, b: Measure): boolean {
  if (a.dimension !== b.dimension || a.unit === b.unit) return false;
  const diff = Math.abs(a.base - b.base);
  // A temperature within a degree: 10 % of 40 degrees Celsius would let 110 F be 40C.
  if (a.dimension === 'temperature') return diff <= 1;
  return diff <= TOLERANCE * Math.max(Math.abs(a.base), Math.abs(b.base));
}

/**
 * A sentence's tokens as a signature writes them: each number followed by a unit written as its
 * quantity in the dimension's base unit, to one significant figure, followed by the
 * dimension's initial ("2 km", "1.2 miles" and "2,000 metres" are all "2e3l"). One copy keeps "500 km"
 * where another keeps "310 miles"; written as they stand, the two share no number, and a
 * copy whose every distance was converted (a British outlet's edit of an American agency's
 * story) shared too few names and numbers with the others to be found. One figure loses a
 * distinction the fine check still makes (the numbers themselves are compared there).
 * The same array when the sentence has no measure.
 */
export function signatureTokens(tokens: Token[], table: Units = units()): Token[] {
  if (!tokens.some((t) => t.kind === 'num')) return tokens;
  const measures = measuresOf(tokens, table);
  if (measures.length === 0) return tokens;
  const out = tokens.slice();
  for (const m of measures) {
    const rounded = Number(m.base.toPrecision(1)).toExponential(0).replace('+', '');
    // Digits first: the signature reads a token that starts with one as a number.
    out[m.at] = { ...out[m.at]!, word: `${rounded}${m.dimension[0]}` };
  }
  return out;
}

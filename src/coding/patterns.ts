// The verb/phrase dictionary: loading, validation and compilation for matching.
// Patterns are data (data/patterns/*.jsonl, documented in docs/coding.md); users add their own
// files with `--dictionary FILE`.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PLOVER_TYPES, type PloverType } from '../records.js';
import { dataPath } from '../paths.js';
import { TYPE_DEFAULTS } from './defaults.js';

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
  /** Lemmas separated by spaces; `a|b` alternatives; `*` a gap of up to four words; `a_b` a multiword alternative. */
  match: z.string().min(1).optional(),
  /** Removes the pattern of this id loaded before (an imported one that codes wrongly). */
  disabled: z.boolean().default(false),
  /** `verb` (default): the first word must be used as a verb. `any`: any part of speech. */
  pos: z.enum(['verb', 'any']).default('verb'),
  /** Type when the pattern is negated ("will not accept" is a REJECT, not a negated AGREE). */
  negatedType: z.enum(PLOVER_TYPES).optional(),
  role: z.enum(['event', 'denial']).default('event'),
  /**
   * What happens to an act in this pattern's infinitive complement: `absorb` (default: "agreed to
   * withdraw" is one AGREE), `negate` ("refused to withdraw" is a REJECT and a negated RETREAT),
   * `keep` (both coded as they are).
   */
  complement: z.enum(['absorb', 'negate', 'keep']).default('absorb'),
  /**
   * Where the target is: `object` (default: the verb's object or the first actor after it) or
   * `with` (only an actor after "with"/"to": in "discussed Ukraine with Lavrov" Ukraine is a topic).
   */
  target: z.enum(['object', 'with']).default('object'),
  /** Keep the type when announced ("will resign" is RETREAT), instead of AGREE/THREATEN. */
  keepFuture: z.boolean().default(false),
  /** An event only with a partner ("spoke with Lavrov", "A and B spoke"), not alone ("spoke on TV"). */
  partner: z.boolean().default(false),
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
  negatedType: PloverType | null;
  role: 'event' | 'denial';
  complement: 'absorb' | 'negate' | 'keep';
  target: 'object' | 'with';
  keepFuture: boolean;
  partner: boolean;
  /** From an imported dictionary: tried only where no hand-kept pattern matches. */
  imported: boolean;
  steps: PatternStep[];
  /** Number of words the pattern names: longer patterns win over shorter ones. */
  weight: number;
}

export interface PatternIndex {
  /** Patterns by the first word of their first step, longest first. */
  byAnchor: Map<string, CompiledPattern[]>;
  size: number;
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

export function compilePattern(def: PatternDefinition): CompiledPattern {
  const steps: PatternStep[] = [];
  let gap = false;
  for (const word of (def.match ?? '').trim().split(/\s+/)) {
    if (word === '*') {
      gap = true;
      continue;
    }
    const alternatives = word
      .toLowerCase()
      .split('|')
      .filter(Boolean)
      .map((alt) => alt.split('_'));
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
    negatedType: def.negatedType ?? null,
    role: def.role,
    complement: def.complement,
    target: def.target,
    keepFuture: def.keepFuture,
    partner: def.partner,
    imported: def.imported ?? false,
    steps,
    weight: steps.reduce((n, s) => n + Math.max(...s.alternatives.map((a) => a.length)), 0),
  };
}

/** Parses one JSONL dictionary text; errors name the file and line. */
export function parsePatternFile(
  text: string,
  file: string,
  imported = false,
): PatternDefinition[] {
  const out: PatternDefinition[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('//') || line.startsWith('#')) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new DictionaryError(file, i + 1, 'not valid JSON');
    }
    const parsed = PatternLine.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new DictionaryError(file, i + 1, `field "${issue.path.join('.')}": ${issue.message}`);
    }
    if (parsed.data.disabled) {
      out.push({ ...parsed.data, imported });
      return;
    }
    if (!parsed.data.match) {
      throw new DictionaryError(file, i + 1, 'field "match": required unless "disabled" is true');
    }
    if (parsed.data.role === 'event' && !parsed.data.type) {
      throw new DictionaryError(file, i + 1, 'field "type": an event pattern needs a PLOVER type');
    }
    out.push(imported ? { ...parsed.data, imported } : parsed.data);
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
  for (const list of byAnchor.values())
    list.sort((a, b) => Number(a.imported) - Number(b.imported) || b.weight - a.weight);
  return { byAnchor, size: byId.size };
}

/** Imported dictionaries end in this; every other `data/patterns/*.jsonl` is hand-kept. */
export const IMPORTED_SUFFIX = '.imported.jsonl';

function readPatternFile(file: string, imported: boolean): PatternDefinition[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new DictionaryError(
      file,
      0,
      `cannot read dictionary (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  return parsePatternFile(text, file, imported);
}

export interface LoadPatternOptions {
  /** Whether the imported dictionaries are loaded (default true). */
  imported?: boolean;
}

/**
 * The built-in dictionary plus the user's files. Imported files load first, so a hand-kept or
 * user line with the same id replaces or disables an imported pattern; then the hand-kept
 * files, then the user's.
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
  const defs: PatternDefinition[] = [
    ...imported.flatMap((f) => readPatternFile(path.join(dir, f), true)),
    ...handKept.flatMap((f) => readPatternFile(path.join(dir, f), false)),
    ...extraFiles.flatMap((f) => readPatternFile(f, false)),
  ];
  return buildIndex(defs);
}

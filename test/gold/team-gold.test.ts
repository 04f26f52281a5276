// Structure and coverage checks for the team gold set. The scorer that runs the pipeline against
// it lives elsewhere; this file only guards the file itself, so that a bad edit fails fast with
// the line number and field at fault.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PLOVER_TYPES, type PloverType } from '../../src/records.js';

interface GoldEvent {
  source: string;
  target: string;
  type: PloverType;
  negated: boolean;
  source_sector: string;
  target_sector: string;
  conditional: boolean;
  future: boolean;
  claimed: boolean;
  symmetric: boolean;
  date?: string;
}

interface GoldLine {
  id: string;
  date: string | null;
  text: string;
  events: GoldEvent[];
  tags: string[];
}

const GOLD_PATH = fileURLToPath(new URL('./team-gold.jsonl', import.meta.url));
const DATE = /^\d{4}-\d{2}-\d{2}$/;
// Root codes: ISO alpha-3 (upper case, 3 letters) or one of the organisations the team codes.
const ORGANISATIONS = new Set(
  'UN EU NATO OSCE IAEA AU ASEAN APEC ICRC ILO IMF WHO WTO ICC LAS CSTO SCO G7 G20 OPEC'.split(' '),
);
const SECTORS = new Set('GOV MIL DIP REB CVL OPP COP LEG JUD MED JRN BUS REF SPY'.split(' '));
const FLAGS = ['negated', 'conditional', 'future', 'claimed', 'symmetric'] as const;
const EVENT_KEYS = new Set([
  'source',
  'target',
  'type',
  'source_sector',
  'target_sector',
  'date',
  ...FLAGS,
]);

function isRoot(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) || ORGANISATIONS.has(code);
}

/** Every problem in one line, as `line N field: message` strings (empty when the line is fine). */
function problemsOf(raw: string, lineNo: number): string[] {
  const at = (field: string, message: string) => `line ${lineNo} ${field}: ${message}`;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [at('-', 'not valid JSON')];
  }
  const line = value as Partial<GoldLine>;
  const problems: string[] = [];
  if (typeof line.id !== 'string' || !/^t\d{3,}$/.test(line.id))
    problems.push(at('id', 'must look like t001'));
  if (line.date !== null && (typeof line.date !== 'string' || !DATE.test(line.date)))
    problems.push(at('date', 'must be YYYY-MM-DD or null'));
  if (typeof line.text !== 'string' || line.text.trim() === '')
    problems.push(at('text', 'must be non-empty'));
  if (!Array.isArray(line.tags) || line.tags.some((t) => typeof t !== 'string'))
    problems.push(at('tags', 'must be an array of strings'));
  if (!Array.isArray(line.events)) return [...problems, at('events', 'must be an array')];
  line.events.forEach((e, i) => {
    const f = (name: string) => `events[${i}].${name}`;
    for (const key of Object.keys(e))
      if (!EVENT_KEYS.has(key)) problems.push(at(f(key), 'unknown field'));
    if (!PLOVER_TYPES.includes(e.type))
      problems.push(at(f('type'), `unknown PLOVER type ${String(e.type)}`));
    if (e.source !== '' && !isRoot(e.source))
      problems.push(at(f('source'), `bad actor code ${e.source}`));
    if (e.target !== '' && !isRoot(e.target))
      problems.push(at(f('target'), `bad actor code ${e.target}`));
    for (const side of ['source_sector', 'target_sector'] as const)
      if (e[side] !== '' && !SECTORS.has(e[side]))
        problems.push(at(f(side), `unknown sector ${e[side]}`));
    if (e.target === '' && e.target_sector !== '')
      problems.push(at(f('target_sector'), 'sector without a target'));
    for (const flag of FLAGS)
      if (typeof e[flag] !== 'boolean') problems.push(at(f(flag), 'must be boolean'));
    if (e.date !== undefined && !DATE.test(e.date))
      problems.push(at(f('date'), 'must be YYYY-MM-DD'));
  });
  return problems;
}

const rawLines = readFileSync(GOLD_PATH, 'utf8').split('\n');
const nonEmpty = rawLines
  .map((raw, i) => ({ raw, lineNo: i + 1 }))
  .filter(({ raw }) => raw.trim() !== '');

describe('team gold set: structure', () => {
  it('every line parses and every field is valid', () => {
    const problems = nonEmpty.flatMap(({ raw, lineNo }) => problemsOf(raw, lineNo));
    expect(problems).toEqual([]);
  });

  it('has unique ids', () => {
    const ids = nonEmpty.map(({ raw }) => (JSON.parse(raw) as GoldLine).id);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated).toEqual([]);
  });

  it('has no duplicated text', () => {
    const texts = nonEmpty.map(({ raw }) => (JSON.parse(raw) as GoldLine).text);
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
  });
});

describe('team gold set: coverage', () => {
  const lines = nonEmpty.map(({ raw }) => JSON.parse(raw) as GoldLine);
  const count = (pred: (l: GoldLine) => boolean) => lines.filter(pred).length;
  const hasEvent = (pred: (e: GoldEvent) => boolean) => (l: GoldLine) => l.events.some(pred);

  it('has at least 220 lines', () => {
    expect(lines.length).toBeGreaterThanOrEqual(220);
  });

  it.each(PLOVER_TYPES.map((t) => [t]))('has at least 8 asserted positives of %s', (type) => {
    expect(count(hasEvent((e) => e.type === type && !e.negated))).toBeGreaterThanOrEqual(8);
  });

  it('covers the modality flags', () => {
    expect(count(hasEvent((e) => e.negated))).toBeGreaterThanOrEqual(20);
    expect(count(hasEvent((e) => e.conditional))).toBeGreaterThanOrEqual(12);
    expect(count(hasEvent((e) => e.future))).toBeGreaterThanOrEqual(12);
    expect(count(hasEvent((e) => e.claimed))).toBeGreaterThanOrEqual(8);
    expect(count(hasEvent((e) => e.symmetric))).toBeGreaterThanOrEqual(8);
  });

  it('has at least 25 precision traps (no events)', () => {
    expect(count((l) => l.events.length === 0)).toBeGreaterThanOrEqual(25);
  });

  it('covers the phenomena named in the tags', () => {
    const tagged = (tag: string) => count((l) => l.tags.includes(tag));
    for (const tag of [
      'reported-speech',
      'accusation',
      'denial',
      'quote',
      'relay',
      'coreference',
      'historic',
    ])
      expect(tagged(tag), tag).toBeGreaterThanOrEqual(5);
    expect(tagged('no-date')).toBeGreaterThanOrEqual(8);
    expect(count(hasEvent((e) => e.date !== undefined))).toBeGreaterThanOrEqual(8);
  });

  it('tags every line with the types and flags of its events', () => {
    const missing = lines.flatMap((l) =>
      l.events.flatMap((e) => {
        const want = [
          e.type,
          ...(e.negated ? ['negation'] : []),
          ...(e.conditional ? ['conditional'] : []),
        ];
        return want.filter((t) => !l.tags.includes(t)).map((t) => `${l.id}: ${t}`);
      }),
    );
    expect(missing).toEqual([]);
  });
});

// `npm run eval -- GOLD.jsonl [--format json] [--errors] [--causes] [--halves] [--no-imported] [--no-parser] [--no-learned] [--learned-model FILE] [--dictionary FILE]`
import { Command } from 'commander';
import { createCoder } from '../coding/index.js';
import { causeLabel, MISS_CAUSES, type Drop } from './causes.js';
import { readGold, GoldFileError, type GoldItem } from './gold.js';
import { splitHalves } from './halves.js';
import { codeGold, goldIdOf } from './run.js';
import { score, type PredictedEvent, type Scores } from './score.js';
import { parseArguments, runWhenInvoked } from '../cli/run-main.js';

const pct = (x: number | null): string =>
  x === null ? '   n/a' : (x * 100).toFixed(1).padStart(6);

export function formatTable(file: string, s: Scores): string {
  const lines: string[] = [];
  lines.push(`gold: ${file} (${s.items} items)`);
  lines.push(
    `overall   precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`,
  );
  lines.push(
    `negation accuracy ${pct(s.negation_accuracy)}   sector accuracy ${pct(s.sector_accuracy)}   all stated flags right ${pct(s.flag_accuracy)}`,
  );
  for (const [flag, c] of Object.entries(s.flags)) {
    if (c.total) lines.push(`  ${flag.padEnd(11)} ${c.right}/${c.total} right`);
  }
  lines.push('');
  lines.push('type        precision  recall      F1  support');
  for (const [type, t] of Object.entries(s.per_type)) {
    lines.push(
      `${type.padEnd(10)} ${pct(t.precision)}   ${pct(t.recall)}  ${pct(t.f1)}  ${String(t.support).padStart(7)}`,
    );
  }
  lines.push('');
  lines.push(`misses by cause: ${formatCauseCounts(s.causes)}`);
  const reasons = Object.entries(s.drop_reasons).sort(([, a], [, b]) => b - a);
  if (reasons.length > 0) {
    lines.push(
      `  dropped, by the step that let the trigger go: ${reasons.map(([r, n]) => `${causeLabel(r)} ${n}`).join(', ')}`,
    );
  }
  return lines.join('\n');
}

const formatCauseCounts = (counts: Scores['causes']): string =>
  MISS_CAUSES.filter((c) => counts[c] > 0)
    .map((c) => `${causeLabel(c)} ${counts[c]}`)
    .join(', ') || 'none';

/** Misses per gold type and cause: where phrasings, roles or actors are what is lacking. */
export function formatCauses(s: Scores): string {
  const head = MISS_CAUSES.map((c) => causeLabel(c).padStart(15)).join('');
  const rows = Object.entries(s.causes_by_type).map(
    ([type, counts]) =>
      type.padEnd(10) + MISS_CAUSES.map((c) => String(counts[c]).padStart(15)).join(''),
  );
  return ['misses      ' + head.trimStart(), ...rows].join('\n');
}

/** One line per half: the figures that show whether tuning on A carried over to B. */
export function formatHalves(halves: Record<'A' | 'B', Scores>): string {
  const gap = Math.abs(halves.A.f1 - halves.B.f1);
  return [
    ...(['A', 'B'] as const).map((h) => {
      const s = halves[h];
      return `half ${h} (${h === 'A' ? 'tuning' : 'check '}, ${String(s.items).padStart(3)} items)  precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
    }),
    `F1 gap between the halves ${pct(gap)}`,
  ].join('\n');
}

/** Scores of each half of the gold file (halves by id, see halves.ts). */
export function scoreHalves(
  gold: GoldItem[],
  predictions: Map<string, PredictedEvent[]>,
  drops: ReadonlyMap<string, readonly Drop[]> = new Map(),
): Record<'A' | 'B', Scores> {
  const { A, B } = splitHalves(gold);
  return { A: score(A, predictions, drops), B: score(B, predictions, drops) };
}

export function formatErrors(s: Scores): string {
  return s.errors
    .map((e) => {
      if (e.kind === 'wrong_flags') {
        return `FLAGS ${e.id}: ${e.event}, the gold says ${e.flags!.join(', ')}\n   ${e.text}`;
      }
      const head = e.kind === 'false_positive' ? 'FP' : 'FN';
      const why = e.dropped ? `: ${e.dropped.join(', ')}` : '';
      const cause = e.cause ? ` [${causeLabel(e.cause)}${why}]` : '';
      return `${head} ${e.id}: ${e.event}${cause}\n   ${e.text}\n   expected: ${e.expected.join('; ') || '(nothing)'}\n   coded:    ${e.predicted.join('; ') || '(nothing)'}`;
    })
    .join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const program = new Command('spiral-eval')
    .description('Score the event coder on a gold file (JSON Lines; see README "Gold files").')
    .argument('<gold>', 'gold file')
    .option('--format <format>', 'table or json', 'table')
    .option(
      '--errors',
      'list every false positive and false negative with its sentence, and every match with a wrong flag',
    )
    .option('--dictionary <file...>', 'extra pattern files')
    .option('--causes', 'count the misses per type by cause (no trigger, wrong target, ...)')
    .option('--halves', 'also score the two halves of the file (split by id: A tunes, B checks)')
    .option('--no-imported', 'leave out the imported PETRARCH2/Phoenix dictionaries')
    .option('--no-parser', 'roles from word distance alone, without the dependency parse')
    .option('--no-learned', 'leave out the learned trigger model (patterns alone)')
    .option('--learned-model <file>', 'another weights file for the learned trigger model');
  const exit = parseArguments(program, argv);
  if (exit !== null) return exit;
  const opts = program.opts<{
    format: string;
    errors?: boolean;
    causes?: boolean;
    halves?: boolean;
    imported: boolean;
    parser: boolean;
    learned: boolean;
    learnedModel?: string;
    dictionary?: string[];
  }>();
  const file = program.args[0]!;
  if (!['table', 'json'].includes(opts.format)) {
    process.stderr.write(`spiral-eval: --format must be table or json, not "${opts.format}"\n`);
    return 2;
  }
  try {
    const gold = readGold(file);
    const drops = new Map<string, Drop[]>();
    const coder = createCoder({
      dictionaries: opts.dictionary ?? [],
      imported: opts.imported,
      parser: opts.parser,
      learned: opts.learned,
      ...(opts.learnedModel ? { learnedModel: opts.learnedModel } : {}),
      onDrop: (d) => {
        const id = goldIdOf(d.docId);
        const list = drops.get(id) ?? [];
        list.push({ type: d.type, reason: d.reason });
        drops.set(id, list);
      },
    });
    const predictions = codeGold(gold, coder);
    const scores = score(gold, predictions, drops);
    const halves = opts.halves ? scoreHalves(gold, predictions, drops) : null;
    if (opts.format === 'json') {
      const { errors, ...rest } = scores;
      const out: Record<string, unknown> = opts.errors ? { ...rest, errors } : rest;
      if (halves) {
        out.halves = Object.fromEntries(
          Object.entries(halves).map(([h, s]) => {
            const { errors: halfErrors, ...figures } = s;
            return [h, opts.errors ? { ...figures, errors: halfErrors } : figures];
          }),
        );
      }
      process.stdout.write(JSON.stringify(out) + '\n');
    } else {
      process.stdout.write(formatTable(file, scores) + '\n');
      if (opts.causes) process.stdout.write('\n' + formatCauses(scores) + '\n');
      if (halves) process.stdout.write('\n' + formatHalves(halves) + '\n');
      if (opts.errors) process.stdout.write('\n' + formatErrors(scores) + '\n');
    }
    return 0;
  } catch (err) {
    if (
      err instanceof GoldFileError ||
      (err instanceof Error && ['DictionaryError', 'ModelFileError'].includes(err.name))
    ) {
      process.stderr.write(`spiral-eval: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

runWhenInvoked(import.meta.url, 'spiral-eval', main);

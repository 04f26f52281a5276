// `npm run train:triggers -- GOLD... [--out FILE] [--threshold P] [--hold-out GOLD... --cv-dir DIR]`
// Trains the learned trigger model on team-written gold files (never on the PLOVER dev gold: it
// is the held-out measure) and writes its weights (default data/learned/triggers.json). With
// --hold-out, also writes one model per held-out file, trained on all the others, to --cv-dir:
// leave-one-set-out cross-validation, scored with `spiral-eval FILE --learned-model MODEL`.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { readGold, GoldFileError } from '../../eval/gold.js';
import { parseArguments, runWhenInvoked } from '../../cli/run-main.js';
import { PLOVER_TYPES } from '../../records.js';
import { collectExamples } from './collect.js';
import { emptyCounts } from './labels.js';
import { DEFAULT_MODEL_FILE, NONE } from './model.js';
import { toWeightsFile, train, TRAIN_DEFAULTS, type Example } from './train.js';
import { wordnetVerbClasses } from './wordnet-classes.js';

export const LABELS: readonly string[] = [NONE, ...PLOVER_TYPES];

export async function main(argv: string[]): Promise<number> {
  const program = new Command('spiral-train-triggers')
    .description('Train the learned trigger model on gold files (JSON Lines).')
    .argument('<gold...>', 'gold files to train on')
    .option('--out <file>', 'weights file to write', DEFAULT_MODEL_FILE)
    .option('--threshold <p>', 'probability a proposed trigger must reach', '0.5')
    .option('--min-weight <w>', 'drop weights of smaller magnitude', '0.05')
    .option('--epochs <n>', 'passes over the examples', String(TRAIN_DEFAULTS.epochs))
    .option('--seed <n>', 'shuffle seed', String(TRAIN_DEFAULTS.seed))
    .option(
      '--unanchored-only',
      "train only on verbs no pattern's trigger took (as asked at ingest)",
    )
    .option('--hold-out <file...>', 'also train one model without each of these files')
    .option('--cv-dir <dir>', 'where the held-out models go', 'cv-models');
  const exit = parseArguments(program, argv);
  if (exit !== null) return exit;
  const opts = program.opts<{
    out: string;
    threshold: string;
    minWeight: string;
    epochs: string;
    seed: string;
    holdOut?: string[];
    cvDir: string;
    unanchoredOnly?: boolean;
  }>();
  const files = program.args;
  const options = { ...TRAIN_DEFAULTS, epochs: Number(opts.epochs), seed: Number(opts.seed) };
  const lemmaClasses = wordnetVerbClasses();
  const classesOf = (lemma: string): readonly string[] => lemmaClasses.get(lemma) ?? [];
  const counts = emptyCounts();
  const byFile = new Map<string, Example[]>();
  try {
    for (const file of files) {
      const examples = collectExamples(readGold(file), classesOf, counts).flat();
      byFile.set(file, opts.unanchoredOnly ? examples.filter((e) => !e.anchored) : examples);
    }
  } catch (err) {
    if (err instanceof GoldFileError) {
      process.stderr.write(`spiral-train-triggers: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
  const all = [...byFile.values()].flat();
  const positives = all.filter((e) => e.label !== NONE).length;
  process.stdout.write(
    `gold events ${counts.goldEvents}: labelled by the pattern that coded them ${counts.byPattern}, ` +
      `by the verb whose arguments hold their parties ${counts.byArguments}, unlabelled ${counts.unlabelled}\n` +
      `examples ${all.length} (acts ${positives}, NONE ${all.length - positives})\n`,
  );
  const write = (examples: Example[], trainedOn: string[], out: string): void => {
    const weights = train(examples, LABELS, options);
    const file = toWeightsFile(weights, LABELS, {
      trainedOn: trainedOn.map((f) => path.basename(f)),
      threshold: Number(opts.threshold),
      minWeight: Number(opts.minWeight),
      lemmaClasses,
    });
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(file) + '\n');
    process.stdout.write(
      `wrote ${out}: ${file.features.split('\n').length} features, ${file.classNames.split('\n').length} WordNet classes\n`,
    );
  };
  for (const held of opts.holdOut ?? []) {
    const rest = files.filter((f) => f !== held);
    const name = path.basename(held, '.jsonl');
    write(
      rest.flatMap((f) => byFile.get(f)!),
      rest,
      path.join(opts.cvDir, `without-${name}.json`),
    );
  }
  write(all, files, opts.out);
  return 0;
}

runWhenInvoked(import.meta.url, 'spiral-train-triggers', main);

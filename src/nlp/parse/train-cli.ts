// `npm run train:parser -- TREEBANK [--epochs N] [--out FILE] [--gold-tags] [--min-weight W]`
// TREEBANK is a UD folder (its *-train.conllu is read, and *-dev.conllu scored after each epoch)
// or a single CoNLL-U file. Writes the model (default data/parser/en-ewt.bin.gz).
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { ConlluError } from './conllu.js';
import { attachmentScores } from './evaluate.js';
import { pruneWeights, serialiseModel } from './model.js';
import { Parser } from './parser.js';
import { toModel, train } from './train.js';
import { readTreebank, splitFile, TreebankError, winkTags } from './treebank.js';
import { dataPath } from '../../paths.js';
import { parseArguments, runWhenInvoked } from '../../cli/run-main.js';

export async function main(argv: string[]): Promise<number> {
  const program = new Command('spiral-train-parser')
    .description('Train the dependency parser on a Universal Dependencies treebank.')
    .argument('<treebank>', 'UD folder (with *-train.conllu) or a CoNLL-U file')
    .option('--epochs <n>', 'passes over the training trees', '10')
    .option('--out <file>', 'model file to write', dataPath('parser', 'en-ewt.bin.gz'))
    .option('--gold-tags', "train on the treebank's own tags instead of wink's")
    .option('--min-weight <w>', 'drop averaged weights at or below this magnitude', '2')
    .option('--max-mb <mb>', 'raise the pruning threshold until the file is this small', '9.5')
    .option('--seed <n>', 'shuffle seed', '1');
  const exit = parseArguments(program, argv);
  if (exit !== null) return exit;
  const opts = program.opts<{
    epochs: string;
    out: string;
    goldTags?: boolean;
    minWeight: string;
    maxMb: string;
    seed: string;
  }>();
  const epochs = Number(opts.epochs);
  const minWeight = Number(opts.minWeight);
  const seed = Number(opts.seed);
  const maxBytes = Number(opts.maxMb) * 1e6;
  if (!(maxBytes > 0)) return usage(`--max-mb must be a positive number`);
  if (!Number.isInteger(epochs) || epochs < 1) return usage(`--epochs must be a positive integer`);
  if (!(minWeight >= 0)) return usage(`--min-weight must be a number >= 0`);
  if (!Number.isInteger(seed)) return usage(`--seed must be an integer`);
  try {
    const root = program.args[0]!;
    const trainFile = splitFile(root, 'train');
    if (!trainFile) throw new TreebankError(`${root}: no *-train.conllu in this folder`);
    const devFile = trainFile === root ? null : splitFile(root, 'dev');
    const log = (s: string): boolean => process.stderr.write(s + '\n');
    const t0 = performance.now();
    const trees = readTreebank(trainFile);
    const dev = devFile ? readTreebank(devFile) : [];
    const tagOf = (set: typeof trees): string[][] => {
      if (opts.goldTags) return set.map((s) => s.upos);
      const { tags, unaligned } = winkTags(set);
      log(
        `  re-tagged ${set.length} sentences with wink (${unaligned} words unaligned kept their tag)`,
      );
      return tags;
    };
    const trainTags = tagOf(trees);
    const devTags = tagOf(dev);
    log(
      `read ${trees.length} training trees from ${trainFile} in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    const sentences = trees.map((s, i) => ({ ...s, tags: trainTags[i]! }));
    let t1 = performance.now();
    const result = train(sentences, {
      epochs,
      seed,
      minWeight,
      onEpoch: (epoch, accuracy) => {
        const secs = ((performance.now() - t1) / 1000).toFixed(1);
        log(`epoch ${epoch}: moves right ${(accuracy * 100).toFixed(2)} % (${secs} s)`);
        t1 = performance.now();
      },
    });
    log(
      `lifted ${result.projectivised.words} words in ${result.projectivised.sentences} non-projective trees`,
    );
    const meta = {
      treebank: path.basename(path.resolve(root)),
      trainFile: path.basename(trainFile),
      sentences: trees.length,
      epochs,
      tags: opts.goldTags ? 'treebank UPOS' : 'wink-nlp',
      minWeight,
      seed,
      licence: 'CC BY-SA 4.0 (derived from Universal Dependencies English EWT)',
    };
    // The committed model must stay small: prune harder until the file fits.
    let threshold = minWeight;
    let weights = result.weights;
    let bytes = serialiseModel({ labels: result.labels, meta: { ...meta, minWeight } }, weights);
    while (bytes.length > maxBytes) {
      threshold = threshold > 0 ? threshold * 1.5 : 0.05;
      weights = pruneWeights(result.weights, threshold);
      bytes = serialiseModel(
        { labels: result.labels, meta: { ...meta, minWeight: threshold } },
        weights,
      );
      log(`  pruned at |w| <= ${threshold.toFixed(3)}: ${(bytes.length / 1e6).toFixed(2)} MB`);
    }
    const model = toModel({ ...result, weights }, meta);
    if (dev.length) {
      const parser = new Parser(model);
      const parses = dev.map((s, i) => parser.parse({ words: s.words, tags: devTags[i]! }));
      const sc = attachmentScores(dev, parses);
      log(
        `dev: UAS ${(sc.uas * 100).toFixed(2)}  LAS ${(sc.las * 100).toFixed(2)}  (${sc.words} words)`,
      );
    }
    mkdirSync(path.dirname(opts.out), { recursive: true });
    writeFileSync(opts.out, bytes);
    log(
      `wrote ${opts.out}: ${(bytes.length / 1e6).toFixed(2)} MB, ${weights.keys.length} features, ${weights.moves.length} weights`,
    );
    return 0;
  } catch (err) {
    if (err instanceof ConlluError || err instanceof TreebankError) {
      process.stderr.write(`spiral-train-parser: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

function usage(message: string): number {
  process.stderr.write(`spiral-train-parser: ${message}\n`);
  return 2;
}

runWhenInvoked(import.meta.url, 'spiral-train-parser', main);

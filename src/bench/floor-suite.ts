// The floor every ingest figure is held against: wink-nlp's own pass (sentences, tokens, POS,
// lemmas) over the same texts, with nothing of Spiral's. Timed in the same run as the ingest, so
// the ratio between them is what the machine's load cannot move much.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import winkNLP, { type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { BenchContext, BenchFigure, BenchSuite } from './suites.js';

async function* texts(corpus: string): AsyncGenerator<string> {
  const lines = createInterface({ input: createReadStream(corpus), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim()) yield (JSON.parse(line) as { text: string }).text;
  }
}

/** CPU seconds (user and system, every thread of the process) since `from`. */
export function cpuSecondsSince(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1e6;
}

/**
 * Wall and CPU seconds for wink-nlp's sentence, token, POS and lemma pass over every text of the
 * corpus.
 */
export async function winkFloorSeconds(corpus: string): Promise<{ wall: number; cpu: number }> {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  // Read the texts first: the floor is the NLP pass, not the file reading.
  const all: string[] = [];
  for await (const text of texts(corpus)) all.push(text);
  const started = process.hrtime.bigint();
  const cpuFrom = process.cpuUsage();
  let sink = 0;
  for (const text of all) {
    const doc = nlp.readDoc(text);
    const tokens = doc.tokens();
    sink += (tokens.out(its.pos) as string[]).length;
    sink += (tokens.out(its.lemma as Parameters<ItemToken['out']>[0]) as unknown as string[])
      .length;
    sink += doc.sentences().out(its.span).length;
  }
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = cpuSecondsSince(cpuFrom);
  if (sink < 0) throw new Error('unreachable'); // keeps the work from being optimised away
  return { wall, cpu };
}

export const floorSuite: BenchSuite = {
  name: 'floor',
  async run(context: BenchContext): Promise<BenchFigure[]> {
    const { wall, cpu } = await winkFloorSeconds(context.corpus);
    return [
      { name: 'wink floor', value: context.corpusBytes / 1e6 / wall, unit: 'MB/s' },
      { name: 'wink floor CPU', value: cpu, unit: 's' },
    ];
  },
};

/**
 * Ratios between figures of one run: how many times the floor's time an ingest takes (issue
 * target: at most 4x for what `spiral ingest` runs, `ingest+code+provenance`), by the wall clock
 * and by CPU time. On a machine other work shares, the wall clock counts the time each waited
 * for a core, and the two wall ratios of one run moved by half from run to run; the CPU ratio
 * counts only the work done (the process's every thread, as V8 collects and compiles on threads
 * of its own).
 */
export function floorRatios(figures: readonly BenchFigure[]): BenchFigure[] {
  const floor = figures.find((f) => f.name === 'wink floor')?.value;
  if (!floor) return [];
  const floorCpu = figures.find((f) => f.name === 'wink floor CPU')?.value;
  const wall = figures
    .filter((f) => f.unit === 'MB/s' && f.name.startsWith('ingest+code'))
    .map((f) => ({ name: `${f.name} time / wink floor`, value: floor / f.value, unit: 'x' }));
  const cpu = floorCpu
    ? figures
        .filter((f) => f.unit === 's' && f.name.startsWith('ingest+code') && f.name.includes('CPU'))
        .map((f) => ({ name: `${f.name} / wink floor CPU`, value: f.value / floorCpu, unit: 'x' }))
    : [];
  return [...wall, ...cpu];
}

// `node dist/provenance/measure-cli.js ORIGINAL COPY [ORIGINAL COPY ...]`: what each copy changed
// of its original (see measure.ts), one line per pair and the pooled rates.
// `--generated N [--seed S]` measures N farm-spun copies made by the generator instead, to check
// it against the ranges measured on real pairs.
import { readFileSync } from 'node:fs';
import { seededRandom } from '../random.js';
import { measureSpin, poolStats, type SpinStats } from './measure.js';
import { realisticOriginals } from './evaluate.js';
import { drawRates, farmSpin, MEASURED_RANGES } from './realistic.js';
import { thesaurus } from './thesaurus.js';

const pct = (x: number): string => `${(100 * x).toFixed(0)}%`;

function line(name: string, s: SpinStats): string {
  return [
    name,
    `tokens ${s.originalTokens}→${s.copyTokens} (×${s.lengthRatio.toFixed(2)})`,
    `shared ${pct(s.shared)}`,
    `content replaced ${pct(s.contentReplaced)}`,
    `function replaced ${pct(s.functionReplaced)}`,
    `names+numbers kept ${pct(s.anchorsKept)}`,
  ].join('  ');
}

function summary(all: SpinStats[]): string[] {
  const pooled = poolStats(all);
  const range = (f: (s: SpinStats) => number): string => {
    const v = all.map(f).sort((a, b) => a - b);
    return `${pct(v[0] ?? 0)}–${pct(v[v.length - 1] ?? 0)}`;
  };
  return [
    `pairs: ${all.length}`,
    `shared tokens: ${range((s) => s.shared)} (held-out ${MEASURED_RANGES.shared.map(pct).join('–')})`,
    `content replaced: pooled ${pct(pooled.contentReplaced)}, ${range((s) => s.contentReplaced)} (held-out ${MEASURED_RANGES.contentReplaced.map(pct).join('–')})`,
    `function replaced: pooled ${pct(pooled.functionReplaced)}, ${range((s) => s.functionReplaced)} (held-out ${MEASURED_RANGES.functionReplaced.map(pct).join('–')})`,
    `names+numbers kept: pooled ${pct(pooled.anchorsKept)}, ${range((s) => s.anchorsKept)} (held-out ${MEASURED_RANGES.anchorsKept.map(pct).join('–')})`,
  ];
}

function main(args: string[]): number {
  const usage = (why: string): number => {
    process.stderr.write(
      `measure: E_USAGE: ${why}; usage: ORIGINAL COPY [ORIGINAL COPY ...] | --generated N [--seed S]\n`,
    );
    return 2;
  };
  const at = args.indexOf('--generated');
  const out: string[] = [];
  const all: SpinStats[] = [];
  if (at >= 0) {
    const n = Number(args[at + 1]);
    const seedAt = args.indexOf('--seed');
    const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : 1;
    if (!Number.isInteger(n) || n <= 0 || !Number.isInteger(seed))
      return usage('--generated takes a positive whole number');
    const r = seededRandom(seed);
    const th = thesaurus();
    for (const [i, o] of realisticOriginals(r, n).entries()) {
      const s = measureSpin(o.text, farmSpin(o.text, drawRates(r), r, th));
      all.push(s);
      if (i < 10) out.push(line(`generated ${i}`, s));
    }
  } else {
    if (args.length === 0 || args.length % 2 !== 0)
      return usage('give pairs of files, original first');
    for (let i = 0; i < args.length; i += 2) {
      let original: string;
      let copy: string;
      try {
        original = readFileSync(args[i]!, 'utf8');
        copy = readFileSync(args[i + 1]!, 'utf8');
      } catch (err) {
        process.stderr.write(`measure: E_READ: ${(err as Error).message}\n`);
        return 1;
      }
      const s = measureSpin(original, copy);
      all.push(s);
      out.push(line(`${args[i]} → ${args[i + 1]}`, s));
    }
  }
  process.stdout.write(`${[...out, ...summary(all)].join('\n')}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));

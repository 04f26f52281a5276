// `npm run eval:provenance`: precision and recall of copy links on a generated corpus.
// Options: --format text|json, --seed N, --generated N (generated originals, default 120),
// --misses (a table of the realistic copies that missed their original, by stage and kind),
// --updates (also later versions of each story with its toll risen: the `update` kind),
// --rewrites (also a rewrite of each story, reworded sentence by sentence: the `rewrite` kind),
// --digests (also a digest of each story, a few of its sentences kept whole: the `digest` kind),
// --captions (also a captioned teaser of each generated story, its lede kept whole under a photo
// caption: the `captioned` kind), --clips (also a clipped excerpt of each story, one or two of its
// sentences in a text of the site's own: the `clipped` kind), --shared-ledes (the negatives as before the eighteenth round:
// stories of their own that may open with a sentence an original opens with).
import { evaluate } from './evaluate.js';
import { missTable } from './misses.js';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args: string[]): Promise<number> {
  const format = option(args, '--format') ?? 'text';
  const seed = Number(option(args, '--seed') ?? 1);
  const generated = Number(option(args, '--generated') ?? 120);
  if (
    !['text', 'json'].includes(format) ||
    !Number.isInteger(seed) ||
    !Number.isInteger(generated) ||
    generated < 0
  ) {
    process.stderr.write(
      'eval:provenance: E_USAGE: options are --format text|json, --seed N, --generated N, --misses, --updates, --rewrites, --digests, --captions, --clips, --shared-ledes\n',
    );
    return 2;
  }
  const misses = args.includes('--misses');
  const updates = args.includes('--updates');
  const rewrites = args.includes('--rewrites');
  const digests = args.includes('--digests');
  const captions = args.includes('--captions');
  const clips = args.includes('--clips');
  const sharedLedes = args.includes('--shared-ledes');
  const result = await evaluate({
    seed,
    generated,
    misses,
    updates,
    rewrites,
    digests,
    captions,
    clips,
    sharedLedes,
  });
  if (format === 'json') {
    process.stdout.write(
      `${JSON.stringify(Object.fromEntries(result.figures.map((f) => [f.name, round(f.value)])), null, 2)}\n`,
    );
  } else {
    for (const f of result.figures) process.stdout.write(`${f.name}: ${round(f.value)}\n`);
  }
  if (result.misses) process.stdout.write(`\n${missTable(result.misses)}\n`);
  return 0;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

process.exitCode = await main(process.argv.slice(2));

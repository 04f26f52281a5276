import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main as evaluate } from './eval-cli.js';
import { main as prune } from './prune-cli.js';
import { main as trainCli } from './train-cli.js';

const fixture = new URL('./fixtures/invented.conllu', import.meta.url).pathname;
const dir = mkdtempSync(path.join(tmpdir(), 'spiral-parser-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a command's main(), returning its exit code and what it wrote. */
async function run(main: (argv: string[]) => Promise<number>, argv: string[]) {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    return { code: await main(argv), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('parser commands', () => {
  const model = path.join(dir, 'tiny.bin.gz');

  it('trains on a CoNLL-U file, scores the model and prunes it', async () => {
    const trained = await run(trainCli, [
      fixture,
      '--epochs',
      '10',
      '--gold-tags',
      '--min-weight',
      '0',
      '--out',
      model,
    ]);
    expect(trained.err).toContain('epoch 10');
    expect(trained.code).toBe(0);
    expect(statSync(model).size).toBeGreaterThan(0);

    const scored = await run(evaluate, [
      fixture,
      '--model',
      model,
      '--gold-tags',
      '--format',
      'json',
    ]);
    expect(scored.code).toBe(0);
    const r = JSON.parse(scored.out);
    expect(r).toMatchObject({ sentences: 20, tags: 'treebank', tag_accuracy: 1 });
    expect(r.uas).toBeGreaterThan(0.9);
    expect(r.sentences_per_s).toBeGreaterThan(0);

    const small = path.join(dir, 'small.bin.gz');
    const pruned = await run(prune, [model, '--min-weight', '0.5', '--out', small]);
    expect(pruned.code).toBe(0);
    expect(statSync(small).size).toBeLessThan(statSync(model).size);
  });

  it('names the file and line of a bad treebank (exit 1) and rejects bad options (exit 2)', async () => {
    const bad = await run(evaluate, [path.join(dir, 'missing.conllu'), '--model', model]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/missing\.conllu: no such file or folder/);
    const broken = path.join(dir, 'broken.conllu');
    writeFileSync(broken, '# text = Hi\n1\tHi\tINTJ\n');
    const malformed = await run(trainCli, [broken, '--out', path.join(dir, 'x.bin.gz')]);
    expect(malformed.code).toBe(1);
    expect(malformed.err).toContain('broken.conllu:2: expected 10 tab-separated columns, found 3');
    expect((await run(trainCli, [fixture, '--epochs', '0'])).code).toBe(2);
    expect((await run(evaluate, [fixture, '--format', 'xml'])).code).toBe(2);
  });
});

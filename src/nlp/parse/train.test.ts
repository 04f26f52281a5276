import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConllu } from './conllu.js';
import { attachmentScores } from './evaluate.js';
import { deserialiseModel, pruneWeights, serialiseModel } from './model.js';
import { Parser } from './parser.js';
import { labelSet, toModel, train } from './train.js';

const trees = parseConllu(
  readFileSync(new URL('./fixtures/invented.conllu', import.meta.url), 'utf8'),
);
const sentences = trees.map((t) => ({ ...t, tags: t.upos }));

describe('train', () => {
  const result = train(sentences, { epochs: 15, seed: 3 });
  const parser = new Parser(toModel(result));
  const parses = sentences.map((s) => parser.parse(s));

  it('learns the trees it was trained on', () => {
    // A perceptron that updates nothing, or updates the wrong way, scores far below this.
    expect(attachmentScores(trees, parses).las).toBeGreaterThan(0.95);
  });

  it('gives every word one head and exactly one word the root', () => {
    for (const p of parses) {
      expect(p.head.filter((h) => h === -1)).toHaveLength(1);
      p.head.forEach((h, i) => expect(h).not.toBe(i));
    }
  });

  it('is deterministic for a seed and shuffles differently for another', () => {
    const again = train(sentences, { epochs: 15, seed: 3 });
    expect(Array.from(again.weights.weights)).toEqual(Array.from(result.weights.weights));
    const other = train(sentences, { epochs: 15, seed: 4 });
    expect(Array.from(other.weights.weights)).not.toEqual(Array.from(result.weights.weights));
  });

  it('orders labels by frequency', () => {
    const labels = labelSet(sentences);
    // nsubj and punct come in every sentence, obl:agent in one.
    expect(labels.slice(0, 2).sort()).toEqual(['nsubj', 'punct']);
    expect(labels).toContain('obl:agent');
    expect(labels.indexOf('obl:agent')).toBeGreaterThan(labels.indexOf('obj'));
    expect(result.labels).toEqual(labels);
  });

  it('parses the same after a round trip through the model file', () => {
    const bytes = serialiseModel({ labels: result.labels, meta: { note: 'test' } }, result.weights);
    const model = deserialiseModel(bytes, 'test');
    expect(model.meta).toEqual({ note: 'test' });
    const reread = new Parser(model);
    // 16-bit weights can only flip a near tie; on these sentences nothing changes.
    expect(sentences.map((s) => reread.parse(s))).toEqual(parses);
  });

  it('prunes small weights and keeps the rest', () => {
    const pruned = pruneWeights(result.weights, 0.5);
    expect(pruned.moves.length).toBeLessThan(result.weights.moves.length);
    expect(pruned.weights.every((w) => Math.abs(w) > 0.5)).toBe(true);
    const total = Array.from(pruned.counts).reduce((a, b) => a + b, 0);
    expect(total).toBe(pruned.moves.length);
  });

  it('rejects a file that is not a model', () => {
    expect(() => deserialiseModel(Buffer.from('hello'), 'x.bin.gz')).toThrow(
      'x.bin.gz: not a gzip file',
    );
  });
});

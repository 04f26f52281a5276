import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDocuments, writeCorpus } from './generate.js';

function take(seed: number, n: number) {
  const docs = generateDocuments(seed);
  return Array.from({ length: n }, () => docs.next().value!);
}

describe('bench generator', () => {
  it('makes distinct news-like documents of 2-6 KB', () => {
    const docs = take(7, 300);
    for (const doc of docs) {
      expect(doc.text.length).toBeGreaterThanOrEqual(2000);
      expect(doc.text.length).toBeLessThan(7000);
      expect(doc.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(doc.source).not.toBe('');
    }
    expect(new Set(docs.map((d) => d.text)).size).toBe(docs.length);
  });

  it('is deterministic for a seed', () => {
    expect(take(3, 5)).toEqual(take(3, 5));
    expect(take(3, 1)[0]!.text).not.toBe(take(4, 1)[0]!.text);
  });

  it('writes JSON Lines up to a size', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'spiral-gen-'));
    try {
      const file = path.join(dir, 'corpus.jsonl');
      const result = await writeCorpus(file, { bytes: 100_000, seed: 1 });
      const lines = readFileSync(file, 'utf8').trim().split('\n');
      expect(lines).toHaveLength(result.documents);
      expect(result.bytes).toBeGreaterThanOrEqual(100_000);
      expect(JSON.parse(lines[0]!)).toHaveProperty('text');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

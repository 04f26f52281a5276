// A reader that throws (a bug, or input nothing bounded yet) costs that one document, not the run.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_MAX_BYTES, readInputs, type IngestItem } from './index.js';

vi.mock('./html.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('./html.js')>();
  return {
    ...real,
    readHtml: (html: string) => {
      if (html.includes('BOOM')) throw new RangeError('Maximum call stack size exceeded');
      return real.readHtml(html);
    },
  };
});

const dir = mkdtempSync(path.join(os.tmpdir(), 'spiral-read-failed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a reader that throws', () => {
  it('is READ_FAILED for that file or record, and the others are read', async () => {
    writeFileSync(path.join(dir, 'a.html'), '<p>BOOM</p>');
    writeFileSync(
      path.join(dir, 'b.jsonl'),
      [
        JSON.stringify({ html: '<p>BOOM</p>' }),
        JSON.stringify({ html: '<p>The convoy reached the city on Thursday.</p>' }),
      ].join('\n'),
    );
    writeFileSync(path.join(dir, 'c.txt'), 'Talks resumed on Monday.');
    const items: IngestItem[] = [];
    for await (const item of readInputs([dir], { maxBytes: DEFAULT_MAX_BYTES })) items.push(item);
    expect(
      items.map((i) =>
        i.kind === 'document'
          ? `doc ${path.basename(i.doc.path)}`
          : `${i.error.code} ${path.basename(i.error.path)}${i.error.line ? `:${i.error.line}` : ''} ${i.error.message}`,
      ),
    ).toEqual([
      'READ_FAILED a.html could not read this document: Maximum call stack size exceeded',
      'READ_FAILED b.jsonl:1 could not read this document: Maximum call stack size exceeded',
      'doc b.jsonl#2',
      'doc c.txt',
    ]);
  });
});

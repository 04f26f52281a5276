import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BoundedReader } from './bounded-read.test-util.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'spiral-bounded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A stand-in reader: a file whose name ends in ".hang" spins forever, synchronously, as a
// backtracking pattern would; any other file gives one document.
const standIn = path.join(dir, 'stand-in.mjs');
writeFileSync(
  standIn,
  `export async function* readInputs(files) {
    if (files[0].endsWith('.hang')) for (;;);
    yield { kind: 'document', doc: { path: files[0], text: 'read' } };
  }`,
);

describe('BoundedReader', () => {
  it('fails a read that hangs synchronously, keeps its input, and reads on afterwards', async () => {
    const reader = new BoundedReader(500, 1024, standIn);
    const stuck = path.join(dir, 'page.hang');
    writeFileSync(stuck, 'hostile input');
    const started = performance.now();
    const error = await reader.read(stuck).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(error?.message).toMatch(/took over 500 ms; the input is kept at /);
    const kept = /kept at (.+)$/.exec(error!.message)![1]!;
    expect(readFileSync(kept, 'utf8')).toBe('hostile input');
    rmSync(path.dirname(kept), { recursive: true, force: true });

    const fine = path.join(dir, 'page.txt');
    writeFileSync(fine, 'x');
    expect(await reader.read(fine)).toEqual([
      { kind: 'document', doc: { path: fine, text: 'read' } },
    ]);
    await reader.close();
  });

  it('says what to do when the built reader is missing', () => {
    expect(() => new BoundedReader(500, 1024, path.join(dir, 'absent.js'))).toThrow(/build first/);
  });
});

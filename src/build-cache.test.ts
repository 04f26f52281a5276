// An image is read back only for the inputs it was built from; anything else builds anew.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { base64ToBuffer, bytesToBase64, cachedBuild, imageFile, keyOf } from './build-cache.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function counted(dir: string, inputs: string[]) {
  let builds = 0;
  let reads = 0;
  const value = cachedBuild({
    name: 'words',
    inputs,
    dir,
    build: () => {
      builds++;
      return inputs.map((s) => s.toUpperCase());
    },
    toImage: (words) => words.join(','),
    fromImage: (image: string) => {
      reads++;
      return image.split(',');
    },
  });
  return { value, builds, reads };
}

describe('cachedBuild', () => {
  it('builds once, then reads the image while the inputs are the same', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'spiral-cache-'));
    dirs.push(dir);
    expect(counted(dir, ['tarn', 'fell'])).toEqual({
      value: ['TARN', 'FELL'],
      builds: 1,
      reads: 0,
    });
    expect(counted(dir, ['tarn', 'fell'])).toEqual({
      value: ['TARN', 'FELL'],
      builds: 0,
      reads: 1,
    });
    // Changed inputs are built again, and their image replaces the old one.
    expect(counted(dir, ['tarn', 'beck'])).toEqual({
      value: ['TARN', 'BECK'],
      builds: 1,
      reads: 0,
    });
    expect(counted(dir, ['tarn', 'beck'])).toEqual({
      value: ['TARN', 'BECK'],
      builds: 0,
      reads: 1,
    });
  });

  it('builds again over an image cut short', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'spiral-cache-'));
    dirs.push(dir);
    counted(dir, ['gill']);
    const file = imageFile({ name: 'words', dir });
    writeFileSync(file, readFileSync(file).subarray(0, 70));
    expect(counted(dir, ['gill'])).toEqual({ value: ['GILL'], builds: 1, reads: 0 });
    expect(counted(dir, ['gill']).reads).toBe(1);
  });

  it('hands fromImage what a JSON image would have held', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'spiral-cache-'));
    dirs.push(dir);
    const read: unknown[] = [];
    const spec = {
      name: 'plain',
      inputs: ['scree'],
      dir,
      build: () => 0,
      toImage: () => ({ gone: undefined, holes: [undefined, 1], zero: -0, text: 'Þórsmörk' }),
      fromImage: (image: unknown) => {
        read.push(image);
        return 1;
      },
    };
    expect(cachedBuild(spec)).toBe(0);
    expect(cachedBuild(spec)).toBe(1);
    expect(read).toEqual([{ holes: [null, 1], zero: 0, text: 'Þórsmörk' }]);
    expect(Object.is((read[0] as { zero: number }).zero, 0)).toBe(true);
    expect('gone' in (read[0] as object)).toBe(false);
  });

  it('keys inputs by their bytes and their boundaries', () => {
    expect(keyOf(['ab', 'c'])).not.toBe(keyOf(['a', 'bc']));
    expect(keyOf(['ab', 'c'])).toBe(keyOf([Buffer.from('ab'), 'c']));
  });

  it('keeps typed arrays exact', () => {
    const values = Float64Array.from([0.1, -33.25, 1e300, Number.MIN_VALUE]);
    expect(new Float64Array(base64ToBuffer(bytesToBase64(values)))).toEqual(values);
    const view = new Int32Array(Int32Array.from([1, -2, 3, 4]).buffer, 4, 2);
    expect(Array.from(new Int32Array(base64ToBuffer(bytesToBase64(view))))).toEqual([-2, 3]);
  });
});

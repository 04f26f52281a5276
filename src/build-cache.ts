// Tables that every process builds the same way from the same files (the gazetteer's name
// index): built once, written as a compact image under dist/cache/, and read back by every later
// process and worker thread instead of built again. The image is keyed by a hash of the input
// files and of the modules that build it, so an edit of either builds it anew: a stale image can
// never answer for changed data or code.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { packageRoot } from './paths.js';

/** Where images are kept: beside the build, never in the source tree or the data. */
export const CACHE_DIR = path.join(packageRoot, 'dist', 'cache');

export interface BuildCacheSpec<T, I> {
  /** File name of the image (without extension). */
  name: string;
  /** Everything the built value depends on: the input files' bytes and the building modules. */
  inputs: ReadonlyArray<string | Uint8Array>;
  build(): T;
  /** The value as JSON-ready data, or null when it cannot be written (it is then not cached). */
  toImage(value: T): I | null;
  fromImage(image: I): T;
  /** Folder of the image; CACHE_DIR unless a test says. */
  dir?: string;
}

// An image file is its key (64 hex digits) and a line break, then the image in V8's
// serialisation format. Every process and coding thread reads the gazetteer's and the actors'
// images at start: as JSON, decoding the 4 MB of UTF-8 text and parsing it took 100-145 ms a
// read (gazetteer) and 27-50 ms (actors), in V8's format 40-70 ms and 7-20 ms (four reads each,
// loaded machine). The key comes first, so that a stale image is rejected unread.
const KEY_BYTES = 64;

/**
 * The source of modules by path from `moduleUrl` (an import.meta.url), without extension: the
 * building code is part of an image's key.
 */
export function moduleSources(moduleUrl: string, names: readonly string[]): Buffer[] {
  const file = fileURLToPath(moduleUrl);
  // The same code runs as dist/*.js or, under the tests, as src/*.ts.
  const ext = path.extname(file);
  return names.map((name) => readFileSync(path.join(path.dirname(file), `${name}${ext}`)));
}

/**
 * The image's name for the code at `moduleUrl`: the tests run the TypeScript sources and the CLI
 * the build, whose keys differ; one name each keeps them from replacing each other's image.
 */
export function imageName(name: string, moduleUrl: string): string {
  return `${name}.${path.extname(fileURLToPath(moduleUrl)).slice(1)}`;
}

export function keyOf(inputs: ReadonlyArray<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const input of inputs) {
    // Each input's length first: two inputs cannot run into one another.
    hash.update(`${typeof input === 'string' ? Buffer.byteLength(input) : input.length}:`);
    hash.update(input);
  }
  return hash.digest('hex');
}

/** Where the image of `spec` is kept. */
export function imageFile(spec: Pick<BuildCacheSpec<unknown, unknown>, 'name' | 'dir'>): string {
  return path.join(spec.dir ?? CACHE_DIR, `${spec.name}.v8`);
}

/** The value from its image when one of this key exists, else built (and its image written). */
export function cachedBuild<T, I>(spec: BuildCacheSpec<T, I>): T {
  const key = keyOf(spec.inputs);
  const file = imageFile(spec);
  try {
    const bytes = readFileSync(file);
    if (bytes.toString('latin1', 0, KEY_BYTES + 1) === `${key}\n`) {
      return spec.fromImage(deserialize(bytes.subarray(KEY_BYTES + 1)) as I);
    }
  } catch {
    // No image yet, or one cut short or unreadable (or written by another Node): built below.
  }
  const value = spec.build();
  try {
    const image = spec.toImage(value);
    if (image !== null) {
      mkdirSync(path.dirname(file), { recursive: true });
      // Written aside and renamed: a process starting meanwhile reads the old image or the new.
      const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      // Through JSON first: what `fromImage` reads back is what a JSON image gave it (no
      // undefined, no -0), whatever `toImage` returned.
      const plain = JSON.parse(JSON.stringify(image)) as I;
      writeFileSync(tmp, Buffer.concat([Buffer.from(`${key}\n`, 'latin1'), serialize(plain)]));
      renameSync(tmp, file);
    }
  } catch {
    // A read-only install works as before: it builds the value in every process.
  }
  return value;
}

/** A typed array's bytes as base64 (images are read on the machine that wrote them). */
export function bytesToBase64(array: ArrayBufferView): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

/** An aligned copy of base64 bytes, for a typed array. */
export function base64ToBuffer(text: string): ArrayBuffer {
  const bytes = Buffer.from(text, 'base64');
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

// Reading files through `readInputs` on a worker thread with a time bound, for the fuzz tests.
// A reader that hangs synchronously (a backtracking pattern, an unbounded parse) blocks the
// thread it runs on: a timer there can never fire, and the test run stalls instead of failing.
// Here the test thread only waits, so its timer fires, the worker is terminated and the read
// fails with the input kept on disk to reproduce it. The worker runs the built code (`dist/`),
// which `npm test` builds first.
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { IngestItem } from './types.js';

const BUILT_INGEST = fileURLToPath(new URL('../../dist/ingest/index.js', import.meta.url));

// CommonJS, as `eval: true` workers are; the module under test is loaded once per worker.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { pathToFileURL } = require('node:url');
const loaded = import(pathToFileURL(workerData.module).href);
parentPort.on('message', async ({ file, maxBytes }) => {
  try {
    const { readInputs } = await loaded;
    const items = [];
    for await (const item of readInputs([file], { maxBytes })) items.push(item);
    parentPort.postMessage({ items });
  } catch (e) {
    parentPort.postMessage({ thrown: String((e && e.stack) || e) });
  }
});
`;

type Answer = { items: IngestItem[] } | { thrown: string };

export class BoundedReader {
  private worker: Worker | null = null;

  /** `module`: a file exporting `readInputs` (the built ingest, or a stand-in in its own test). */
  constructor(
    private readonly boundMs: number,
    private readonly maxBytes: number,
    private readonly module: string = BUILT_INGEST,
  ) {
    if (!existsSync(module)) throw new Error(`${module} is missing: build first (npm run build)`);
  }

  /** The file's items, or a rejection naming the kept copy when the read outlasts the bound. */
  read(file: string): Promise<IngestItem[]> {
    const worker = (this.worker ??= new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { module: this.module },
    }));
    return new Promise<IngestItem[]>((resolve, reject) => {
      const settle = (): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      const onMessage = (answer: Answer): void => {
        settle();
        if ('thrown' in answer) reject(new Error(`readInputs threw on ${file}: ${answer.thrown}`));
        else resolve(answer.items);
      };
      const onError = (error: Error): void => {
        settle();
        this.worker = null;
        reject(error);
      };
      const timer = setTimeout(() => {
        settle();
        this.worker = null;
        void worker.terminate();
        const kept = path.join(
          mkdtempSync(path.join(os.tmpdir(), 'spiral-hang-')),
          path.basename(file),
        );
        copyFileSync(file, kept);
        reject(
          new Error(`reading ${file} took over ${this.boundMs} ms; the input is kept at ${kept}`),
        );
      }, this.boundMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ file, maxBytes: this.maxBytes });
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}

// The coding workers of one ingest run: started on first use, each given the next document when
// it has the fewest outstanding, stopped at the end. Results come back through `onMessage` in
// whatever order the workers finish; the writer puts them back in order.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../../paths.js';
import type { SharedHistory } from './history.js';
import type { CodeJob, WorkerMessage, WorkerSetup } from './protocol.js';

/**
 * The compiled worker. Worker threads run plain JavaScript, so when this module runs from the
 * TypeScript sources (tests), the worker is taken from the build in `dist/`.
 */
export function workerScript(): string {
  const here = fileURLToPath(import.meta.url);
  const script = here.endsWith('.js')
    ? path.join(path.dirname(here), 'worker.js')
    : path.join(packageRoot, 'dist', 'pipeline', 'parallel', 'worker.js');
  if (!existsSync(script)) {
    throw new Error(`${script}: the coding worker is not built (run \`npm run build\`)`);
  }
  return script;
}

export interface PoolOptions {
  size: number;
  setup: WorkerSetup;
  /** What the workers must read besides their own documents; one reader per worker. */
  history: SharedHistory;
  /** Every message a worker sends (results, readiness). */
  onMessage(message: WorkerMessage): void;
  /** A worker died or could not start: the run cannot finish. */
  onFailure(error: Error): void;
}

interface Member {
  worker: Worker;
  outstanding: number;
}

export class CodingPool {
  private readonly members: Member[] = [];
  private closing = false;
  /** Milliseconds from each worker's start to its coder's first sentence (modules included). */
  readonly loadMs: number[] = [];
  private readonly started = performance.now();

  constructor(private readonly options: PoolOptions) {
    const script = workerScript();
    for (let i = 0; i < options.size; i += 1) {
      const member: Member = {
        worker: new Worker(script, { workerData: options.setup }),
        outstanding: 0,
      };
      member.worker.on('message', (message: WorkerMessage) => this.receive(member, message));
      member.worker.on('error', (err) => this.fail(err));
      member.worker.on('exit', (code) => {
        if (!this.closing) this.fail(new Error(`a coding worker stopped (exit code ${code})`));
      });
      this.members.push(member);
    }
  }

  get size(): number {
    return this.members.length;
  }

  submit(job: Omit<CodeJob, 'observe'>): void {
    // The least busy worker; among idle ones, the one furthest behind, so that no worker's
    // backlog of texts to read (and the history holding them) grows while another does it all.
    const { history } = this.options;
    let best = 0;
    this.members.forEach((member, i) => {
      const other = this.members[best]!;
      if (
        member.outstanding < other.outstanding ||
        (member.outstanding === other.outstanding && history.unseen(i) > history.unseen(best))
      ) {
        best = i;
      }
    });
    const member = this.members[best]!;
    member.outstanding += 1;
    const observe = history.handTo(best, job.doc.text);
    member.worker.postMessage({ ...job, observe } satisfies CodeJob);
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.members.map((m) => m.worker.terminate()));
  }

  private receive(member: Member, message: WorkerMessage): void {
    if (message.kind === 'coded' || message.kind === 'failed') member.outstanding -= 1;
    if (message.kind === 'ready') this.loadMs.push(performance.now() - this.started);
    if (message.kind === 'fatal') {
      this.fail(new Error(`a coding worker could not start: ${message.message}`));
      return;
    }
    this.options.onMessage(message);
  }

  private fail(error: Error): void {
    if (this.closing) return;
    this.options.onFailure(error);
  }
}

// Progress on stderr: a bar on a terminal, a line of counts every ~2 s in logs, nothing when
// quiet. Errors go through `log` so they never garble the bar.
import cliProgress from 'cli-progress';
import { formatProgressLine, type IngestStats } from './stats.js';

export interface ProgressReporter {
  update(stats: IngestStats): void;
  /** Prints a line (an error) without breaking the bar. */
  log(line: string): void;
  stop(): void;
}

export interface ProgressOptions {
  quiet?: boolean;
  /** Total input bytes when known (files on disk), for the bar. */
  totalBytes?: number;
  /** Interval between progress lines when not on a terminal. */
  intervalMs?: number;
  now?: () => number;
}

type Stream = NodeJS.WritableStream & { isTTY?: boolean };

export function createProgress(stream: Stream, options: ProgressOptions = {}): ProgressReporter {
  const now = options.now ?? Date.now;
  const started = now();
  if (options.quiet) {
    return { update() {}, log: (line) => void stream.write(`${line}\n`), stop() {} };
  }
  if (stream.isTTY) return barReporter(stream, options.totalBytes ?? 0);
  const interval = options.intervalMs ?? 2000;
  let last = started;
  return {
    update(stats) {
      const t = now();
      if (t - last >= interval) {
        last = t;
        stream.write(`${formatProgressLine(stats, t - started)}\n`);
      }
    },
    log: (line) => void stream.write(`${line}\n`),
    stop() {},
  };
}

function barReporter(stream: Stream, totalBytes: number): ProgressReporter {
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WritableStream as never,
      format:
        ' {bar} {percentage}% | {mb} MB | {documents} docs, {skipped} skipped, {failed} failed, {events} events',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  // Text is smaller than the files it came from (HTML), so the bar may end short of 100%.
  const total = Math.max(totalBytes, 1);
  let started = false;
  const payload = (s: IngestStats) => ({
    mb: (s.bytes / 1e6).toFixed(1),
    documents: s.documents,
    skipped: s.skipped,
    failed: s.failed,
    events: s.events,
  });
  return {
    update(stats) {
      if (!started) {
        bar.start(total, 0, payload(stats));
        started = true;
      }
      bar.update(Math.min(stats.bytes, total), payload(stats));
    },
    log(line) {
      stream.write(`\r\x1b[K${line}\n`);
      if (started) bar.render();
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

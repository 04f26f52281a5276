// Who runs the document steps' store-free preparation (provenance's fingerprint, a tenth of a
// document's coding time): its coding worker, or the writer when the document's turn comes. With
// one coding worker beside the writer (two cores), whichever of the two has less to do waits for
// the other, and that waiting is throughput lost. The writer cannot code, but it can prepare: so
// while it waits for coded documents it takes preparations back from the workers, and while the
// workers wait for it (it never waits) it hands them out again. The results do not depend on
// where a preparation ran (it is a pure function of the document), only the time does.

/** Writer time per adjustment: long enough to hold several documents' turns. */
export const WINDOW_MS = 500;
/** The writer waited for more than this share of a window: it takes preparations back. */
export const IDLE_HIGH = 0.05;
/** ...and at most this share: the workers take them again. */
export const IDLE_LOW = 0.01;
/** How much of the preparations one adjustment moves. */
export const STEP = 0.125;

export class PreparationBalance {
  /** Share of the documents whose preparation their worker runs. */
  private share = 1;
  /** Accumulated share, spent one document at a time (a share of 0.25: every fourth). */
  private credit = 0;
  private windowStart: number;
  private waitedMs = 0;

  constructor(private readonly now: () => number = () => performance.now()) {
    this.windowStart = now();
  }

  /** Share of the documents their worker prepares now (for tests and the bench). */
  get workerShare(): number {
    return this.share;
  }

  /**
   * Called by the writer after each document's turn and after each wait for a coded document,
   * with how long it waited (0 after a turn): the share moves once per window.
   */
  note(waitedMs: number): void {
    this.waitedMs += waitedMs;
    const elapsed = this.now() - this.windowStart;
    if (elapsed < WINDOW_MS) return;
    const idle = this.waitedMs / elapsed;
    if (idle > IDLE_HIGH) this.share = Math.max(0, this.share - STEP);
    else if (idle <= IDLE_LOW) this.share = Math.min(1, this.share + STEP);
    this.windowStart = this.now();
    this.waitedMs = 0;
  }

  /** Whether the next document sent to a worker is prepared there. */
  atWorker(): boolean {
    this.credit += this.share;
    if (this.credit >= 1 - 1e-9) {
      this.credit -= 1;
      return true;
    }
    return false;
  }
}

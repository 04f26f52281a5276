import { describe, expect, it } from 'vitest';
import { IDLE_HIGH, PreparationBalance, STEP, WINDOW_MS } from './balance.js';

/** A balance on a clock the test moves. */
function clocked() {
  let now = 0;
  const balance = new PreparationBalance(() => now);
  return {
    balance,
    /** One window of writer time, of which `idle` (a share) was spent waiting. */
    window(idle: number) {
      now += WINDOW_MS * (1 - idle);
      balance.note(0);
      now += WINDOW_MS * idle;
      balance.note(WINDOW_MS * idle);
    },
  };
}

describe('PreparationBalance', () => {
  it('leaves every preparation to the workers while the writer never waits', () => {
    const { balance, window } = clocked();
    for (let i = 0; i < 10; i += 1) window(0);
    expect(balance.workerShare).toBe(1);
    expect(Array.from({ length: 8 }, () => balance.atWorker())).toEqual(Array(8).fill(true));
  });

  it('takes preparations back, one step a window, while the writer waits', () => {
    const { balance, window } = clocked();
    window(0.3);
    expect(balance.workerShare).toBe(1 - STEP);
    for (let i = 0; i < 20; i += 1) window(0.3);
    expect(balance.workerShare).toBe(0);
    expect(Array.from({ length: 4 }, () => balance.atWorker())).toEqual(Array(4).fill(false));
  });

  it('holds its share while the writer waits a little, and hands back when it stops', () => {
    const { balance, window } = clocked();
    for (let i = 0; i < 4; i += 1) window(0.5);
    expect(balance.workerShare).toBe(0.5);
    window(IDLE_HIGH / 2); // between the two thresholds: no move
    expect(balance.workerShare).toBe(0.5);
    window(0);
    expect(balance.workerShare).toBe(0.5 + STEP);
  });

  it('spreads a share over the documents: half is every other one', () => {
    const { balance, window } = clocked();
    for (let i = 0; i < 4; i += 1) window(0.5);
    const sent = Array.from({ length: 8 }, () => balance.atWorker());
    expect(sent.filter(Boolean)).toHaveLength(4);
    expect(sent).toEqual([false, true, false, true, false, true, false, true]);
  });

  it('moves once per window however many turns it is told of', () => {
    let now = 0;
    const balance = new PreparationBalance(() => now);
    for (let i = 0; i < 100; i += 1) {
      now += WINDOW_MS / 200;
      balance.note(WINDOW_MS / 200); // all waiting, but half a window in all
    }
    expect(balance.workerShare).toBe(1);
  });
});

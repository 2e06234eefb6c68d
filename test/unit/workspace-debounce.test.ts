import { strict as assert } from 'assert';
import { Debouncer, type Timers } from '../../src/workspace/debounce';

/** A clock that moves only when told, running the timers that fall due. */
class FakeClock implements Timers {
  private time = 0;
  private nextId = 0;
  private readonly due = new Map<number, { at: number; run: () => void }>();

  now(): number {
    return this.time;
  }
  setTimeout(run: () => void, ms: number): unknown {
    const id = ++this.nextId;
    this.due.set(id, { at: this.time + ms, run });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.due.delete(handle as number);
  }
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const next = [...this.due].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!next) break;
      this.due.delete(next[0]);
      this.time = next[1].at;
      next[1].run();
    }
    this.time = end;
  }
}

describe('workspace index: following file events', () => {
  it('waits for a quiet moment, then acts once for the whole batch', () => {
    const clock = new FakeClock();
    let runs = 0;
    const events = new Debouncer(() => runs++, 400, 2000, clock);
    events.trigger();
    clock.advance(300);
    events.trigger();
    clock.advance(300);
    assert.equal(runs, 0, 'still inside the quiet time of the second event');
    assert.ok(events.pending);
    clock.advance(100);
    assert.equal(runs, 1);
    assert.ok(!events.pending);
  });

  it('acts at least every maxWait under a steady stream of events', () => {
    const clock = new FakeClock();
    const runsAt: number[] = [];
    const events = new Debouncer(() => runsAt.push(clock.now()), 400, 2000, clock);
    // Ten events a second for ten seconds: never 400 ms of quiet.
    for (let t = 0; t < 10_000; t += 100) {
      events.trigger();
      clock.advance(100);
    }
    assert.ok(runsAt.length >= 4, `acted ${runsAt.length} times`);
    for (let i = 1; i < runsAt.length; i++) assert.ok(runsAt[i]! - runsAt[i - 1]! <= 2100, `gap before run ${i}`);
  });

  it('does nothing once cancelled', () => {
    const clock = new FakeClock();
    let runs = 0;
    const events = new Debouncer(() => runs++, 400, 2000, clock);
    events.trigger();
    events.cancel();
    clock.advance(5000);
    assert.equal(runs, 0);
  });
});

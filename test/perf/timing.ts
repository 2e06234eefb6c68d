// Timing helpers of the extension-host perf suite.
import { PerformanceObserver } from 'perf_hooks';
import type { Percentiles, RequestTimes } from './results';

export function percentiles(times: number[]): Percentiles {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return { samples: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted[sorted.length - 1] };
}

export async function timed<T>(fn: () => Thenable<T> | T): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

/** Garbage-collection pauses of the host's main thread, recorded from construction to dispose(). */
export class GcPauses {
  private readonly pauses: Array<[number, number]> = [];
  private readonly observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) this.pauses.push([entry.startTime, entry.startTime + entry.duration]);
  });

  constructor() {
    this.observer.observe({ entryTypes: ['gc'] });
  }

  /** The pauses so far. Node hands them to the observer in a later task, so this lets the timers run first. */
  async settled(): Promise<ReadonlyArray<[number, number]>> {
    await new Promise((resolve) => setTimeout(resolve, 20));
    return this.pauses;
  }

  dispose(): void {
    this.observer.disconnect();
  }
}

/**
 * Requests of one kind, each timed in wall time and in the CPU time of the whole host process
 * (every thread: the compiler's and the garbage collector's too). On a busy machine a request
 * waiting for a core shows in the first and not in the second; one that a garbage-collection pause
 * of the host's heap (of everyone's garbage) interrupted shows in both.
 */
export class Requests {
  readonly wall: number[] = [];
  private readonly cpu: number[] = [];
  private readonly spans: Array<[number, number]> = [];

  async time<T>(fn: () => Thenable<T> | T): Promise<T> {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const value = await fn();
    const end = performance.now();
    const used = process.cpuUsage(cpu);
    this.wall.push(end - start);
    this.cpu.push((used.user + used.system) / 1000);
    this.spans.push([start, end]);
    return value;
  }

  async summary(gc: GcPauses): Promise<RequestTimes> {
    const pauses = await gc.settled();
    const clear = this.wall.filter((_, i) => !pauses.some(([from, to]) => from < this.spans[i]![1] && to > this.spans[i]![0]));
    return { ...percentiles(this.wall), cpu: percentiles(this.cpu), gcHit: this.wall.length - clear.length, withoutGc: percentiles(clear) };
  }
}

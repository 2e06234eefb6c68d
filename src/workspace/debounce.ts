// Runs an action once events have been quiet for `delay` ms, but never later than `maxWait` ms after
// the first event of a batch: a steady stream of events (a build writing output, a package install)
// would otherwise postpone it forever.

export interface Timers {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class Debouncer {
  private handle: unknown;
  private firstAt: number | undefined;

  constructor(
    private readonly action: () => void,
    private readonly delay: number,
    private readonly maxWait: number,
    private readonly timers: Timers = realTimers,
  ) {}

  /** Whether an action is due. */
  get pending(): boolean {
    return this.firstAt !== undefined;
  }

  trigger(): void {
    const now = this.timers.now();
    this.firstAt ??= now;
    this.timers.clearTimeout(this.handle);
    const wait = Math.max(0, Math.min(this.delay, this.firstAt + this.maxWait - now));
    this.handle = this.timers.setTimeout(() => {
      this.firstAt = undefined;
      this.handle = undefined;
      this.action();
    }, wait);
  }

  cancel(): void {
    this.timers.clearTimeout(this.handle);
    this.handle = undefined;
    this.firstAt = undefined;
  }
}

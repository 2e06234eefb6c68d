// Work that follows a new analysis of a long briefing (the outline's symbols, the colours of the
// visible lines, the hover index) takes milliseconds per piece. Run back to back, the pieces would
// hold the extension host for one long stretch in which typing, and every other extension, waits.
// Turns hands them out one per turn of the event loop: between two, the host reads its messages.

export class Turns {
  private readonly waiting: Array<() => void> = [];
  private scheduled: ReturnType<typeof setTimeout> | undefined;

  /** Resolves in a turn of its own, after the turns asked for before it. */
  next(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.schedule();
    });
  }

  /** Lets every waiting piece go (at shutdown). */
  dispose(): void {
    if (this.scheduled) clearTimeout(this.scheduled);
    this.scheduled = undefined;
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  private schedule(): void {
    if (this.scheduled || this.waiting.length === 0) return;
    // A timer set from a timer callback runs on the next turn of the loop, after its poll for messages;
    // the piece itself runs in the microtasks that follow this callback.
    this.scheduled = setTimeout(() => {
      this.scheduled = undefined;
      this.waiting.shift()?.();
      this.schedule();
    }, 0);
  }
}

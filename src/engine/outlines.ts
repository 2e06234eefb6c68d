// The analysis worker's side of the outline thread (outlineWorker.ts), started on the first long
// document. Should the thread fail to start or die, outlines are read in the calling thread instead:
// slower, never lost.
import * as path from 'path';
import { Worker } from 'worker_threads';
import { extractSections } from '../core/sections';
import type { OutlineReply, OutlineRequest } from './protocol';
import { encodeSections, type WireSections } from './wire';

const OUTLINE_HEAP_MB = 1024;

export class Outlines {
  private worker: Worker | undefined;
  private failed = false;
  private nextId = 1;
  private readonly waiting = new Map<number, (sections: WireSections | undefined) => void>();

  constructor(private readonly script = path.join(__dirname, 'outline.js')) {}

  /** Whether outlines are read on the thread (it started and has not died). */
  get threaded(): boolean {
    return this.worker !== undefined;
  }

  /** The encoded outline of `text`; call `read` first and await it after other work. */
  async read(text: string): Promise<WireSections> {
    return (await this.ask(text)) ?? encodeSections(extractSections(text));
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
    this.settleAll();
  }

  private ask(text: string): Promise<WireSections | undefined> {
    const worker = this.ensureWorker();
    if (!worker) return Promise.resolve(undefined);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      const request: OutlineRequest = { id, text };
      worker.postMessage(request);
    });
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker || this.failed) return this.worker;
    try {
      const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: OUTLINE_HEAP_MB } });
      worker.on('message', (reply: OutlineReply) => {
        const resolve = this.waiting.get(reply.id);
        this.waiting.delete(reply.id);
        resolve?.(reply.sections);
      });
      worker.on('error', () => this.stop(worker));
      worker.on('exit', () => this.stop(worker));
      // The outline thread must never keep the analysis worker alive on its own.
      worker.unref();
      this.worker = worker;
    } catch {
      this.failed = true;
    }
    return this.worker;
  }

  /** The thread died: what it was asked is read here instead, and so is everything after. */
  private stop(worker: Worker): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.failed = true;
    this.settleAll();
  }

  private settleAll(): void {
    for (const resolve of this.waiting.values()) resolve(undefined);
    this.waiting.clear();
  }
}

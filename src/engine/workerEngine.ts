// The engine as the extension host sees it: analyses run in worker threads, so the host's main
// thread (typing, other extensions) never waits for them. Open documents and the workspace index
// have a worker each, started on first use: the NLP library loads only when a briefing needs it,
// and indexing a folder never holds up the briefing being read.
import { Worker } from 'worker_threads';
import type { Analysis } from '../core/types';
import type { AnalysisEngine, EngineStats } from './engine';
import type { Reply, Request } from './protocol';
import { decodeAnalysis } from './wire';

/** A worker is stopped, losing only its cached parts, rather than let one document take the host's memory. */
const WORKER_HEAP_MB = 2048;
/** A running analysis of a text this long is worth stopping (and the worker restarting) when its document closes. */
const STOP_WORTHY_LENGTH = 256 * 1024;

interface Job {
  /** Jobs with the same key replace each other while they wait: only the latest version is analysed. */
  key: string;
  request: Request & { id: number; text: string };
  resolve(analysis: Analysis | undefined): void;
  reject(error: Error): void;
}

let nextId = 1;

/** One worker running one job at a time, with a queue that holds at most one job per key. */
class Lane {
  private worker: Worker | undefined;
  private running: Job | undefined;
  private readonly waiting = new Map<string, Job>();
  private disposed = false;

  constructor(private readonly script: string) {}

  enqueue(key: string, request: Job['request']): Promise<Analysis | undefined> {
    if (this.disposed) return Promise.resolve(undefined);
    return new Promise((resolve, reject) => {
      this.waiting.get(key)?.resolve(undefined);
      this.waiting.delete(key);
      this.waiting.set(key, { key, request, resolve, reject });
      this.pump();
    });
  }

  /**
   * Drops the key's waiting job. A long running one is stopped with its worker (the other documents
   * only lose their cached parts): a closed book-length briefing must not hold the lane for minutes.
   */
  drop(key: string): void {
    this.waiting.get(key)?.resolve(undefined);
    this.waiting.delete(key);
    const running = this.running;
    if (running?.key === key && running.request.text.length > STOP_WORTHY_LENGTH) {
      this.running = undefined;
      this.stopWorker();
      running.resolve(undefined);
      this.pump();
    }
  }

  post(request: Request): void {
    this.worker?.postMessage(request);
  }

  get queued(): number {
    return this.waiting.size;
  }

  get busy(): boolean {
    return this.running !== undefined;
  }

  dispose(): void {
    this.disposed = true;
    for (const job of this.waiting.values()) job.resolve(undefined);
    this.waiting.clear();
    this.running?.resolve(undefined);
    this.running = undefined;
    this.stopWorker();
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    const next = this.waiting.values().next();
    if (next.done) return;
    const job = next.value;
    this.waiting.delete(job.key);
    this.running = job;
    try {
      this.ensureWorker().postMessage(job.request);
    } catch (error) {
      this.fail(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    // Events of a worker already stopped and replaced (its late 'exit') must not touch the new one's job.
    worker.on('message', (reply: Reply) => this.worker === worker && this.settle(reply));
    worker.on('error', (error) => this.worker === worker && this.fail(error));
    worker.on('exit', (code) => this.worker === worker && this.fail(new Error(`the analysis worker stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }

  private settle(reply: Reply): void {
    const job = this.running;
    if (!job || job.request.id !== reply.id) return;
    this.running = undefined;
    if (reply.wire) {
      try {
        job.resolve(decodeAnalysis(reply.wire, job.request.text));
      } catch (error) {
        job.reject(error instanceof Error ? error : new Error(String(error)));
      }
    } else {
      job.reject(new Error(`analysis failed in the worker: ${reply.error}`));
    }
    this.pump();
  }

  /** The worker died (out of memory, a crash): its job fails, and the next one starts a fresh worker. */
  private fail(error: Error): void {
    const job = this.running;
    this.running = undefined;
    this.stopWorker();
    job?.reject(error);
    this.pump();
  }
}

export class WorkerEngine implements AnalysisEngine {
  private readonly documents: Lane;
  private readonly index: Lane;
  private readonly held = new Set<string>();

  /** `script` is the path of the bundled worker (dist/worker.js). */
  constructor(script: string) {
    this.documents = new Lane(script);
    this.index = new Lane(script);
  }

  analyzeDocument(uri: string, _version: number, text: string): Promise<Analysis | undefined> {
    this.held.add(uri);
    return this.documents.enqueue(uri, { type: 'document', id: nextId++, uri, text });
  }

  async analyzeText(text: string): Promise<Analysis> {
    const id = nextId++;
    const analysis = await this.index.enqueue(`text:${id}`, { type: 'text', id, text });
    if (!analysis) throw new Error('the engine was disposed');
    return analysis;
  }

  forget(uri: string): void {
    if (!this.held.delete(uri)) return;
    this.documents.drop(uri);
    this.documents.post({ type: 'forget', uri });
  }

  async stats(): Promise<EngineStats> {
    return {
      documents: this.held.size,
      queued: this.documents.queued + this.index.queued,
      running: Number(this.documents.busy) + Number(this.index.busy),
    };
  }

  dispose(): void {
    this.documents.dispose();
    this.index.dispose();
    this.held.clear();
  }
}

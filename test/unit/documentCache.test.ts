import { strict as assert } from 'assert';
import { DocumentCache, type AnalysisChange, type Scheduler } from '../../src/core/documentCache';
import type { Analysis, BriefingSource } from '../../src/core/types';

/** A document whose text and version a test changes by hand. */
class FakeDocument implements BriefingSource {
  version = 1;
  constructor(
    readonly uri: string,
    private text: string,
  ) {}
  getText(): string {
    return this.text;
  }
  edit(text: string): void {
    this.text = text;
    this.version++;
  }
}

/** A scheduler the test runs by hand, so debouncing is checked without waiting for real time. */
class ManualScheduler {
  private tasks: { callback: () => void; delay: number; cancelled: boolean }[] = [];
  readonly schedule: Scheduler = (callback, delay) => {
    const task = { callback, delay, cancelled: false };
    this.tasks.push(task);
    return () => {
      task.cancelled = true;
    };
  };
  get waiting(): number {
    return this.tasks.filter((t) => !t.cancelled).length;
  }
  runAll(): void {
    const due = this.tasks.filter((t) => !t.cancelled);
    this.tasks = [];
    due.forEach((t) => t.callback());
  }
}

function analysisOfLength(text: string): Analysis {
  return { entities: [], figures: [], citations: [], sections: [], sentences: [{ start: 0, end: text.length }] };
}

/** An engine the test answers by hand: each request waits until the test settles it. */
function manualEngine() {
  const requests: { text: string; version: number; settle(analysis?: Analysis | Error): void }[] = [];
  const analyze = (_uri: string, version: number, text: string): Promise<Analysis | undefined> =>
    new Promise((resolve, reject) => {
      requests.push({
        text,
        version,
        settle: (answer = analysisOfLength(text)) => (answer instanceof Error ? reject(answer) : resolve(answer)),
      });
    });
  return { requests, analyze, texts: () => requests.map((r) => r.text) };
}

/** Lets the promise callbacks queued so far run. */
const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

function setup() {
  const engine = manualEngine();
  const scheduler = new ManualScheduler();
  const errors: string[] = [];
  const cache = new DocumentCache({
    analyze: engine.analyze,
    schedule: scheduler.schedule,
    onError: (error, uri, during) => errors.push(`${during} ${uri}: ${(error as Error).message}`),
  });
  const changes: AnalysisChange[] = [];
  cache.onDidChange((change) => changes.push(change));
  return { engine, scheduler, cache, changes, errors };
}

describe('DocumentCache', () => {
  it('asks the engine once per version and then answers from the cache at once', async () => {
    const { engine, cache } = setup();
    const doc = new FakeDocument('file:///a.txt', 'one');
    assert.equal(cache.peek(doc), undefined);
    const first = cache.analysis(doc);
    const second = cache.analysis(doc);
    assert.deepEqual(engine.texts(), ['one'], 'two requests, one analysis');
    engine.requests[0]!.settle();
    const analysis = await first;
    assert.equal(await second, analysis);
    assert.equal(cache.peek(doc), analysis, 'held for the version');
    doc.edit('two');
    assert.equal(cache.peek(doc), undefined, 'never serves an older version as the current one');
    assert.equal(cache.latest(doc.uri)?.analysis, analysis, 'though it stays the latest held');
  });

  it('debounces scheduled re-analysis to one run of the latest version', async () => {
    const { engine, scheduler, cache, changes } = setup();
    const doc = new FakeDocument('file:///a.txt', 'v1');
    for (const text of ['v2', 'v3', 'v4']) {
      doc.edit(text);
      cache.scheduleAnalysis(doc, 300);
    }
    assert.equal(scheduler.waiting, 1, 'each edit restarts the wait');
    assert.equal(engine.requests.length, 0);
    scheduler.runAll();
    assert.deepEqual(engine.texts(), ['v4']);
    engine.requests[0]!.settle();
    await flush();
    assert.deepEqual(changes.map((c) => [c.uri, c.version]), [['file:///a.txt', 4]]);
  });

  it('lets a provider wait for the scheduled analysis instead of analysing each keystroke', async () => {
    const { engine, scheduler, cache } = setup();
    const doc = new FakeDocument('file:///a.txt', 'v1');
    doc.edit('v2!');
    cache.scheduleAnalysis(doc, 300);
    let answered: number | undefined;
    const waiting = cache.analysis(doc).then((a) => (answered = a?.sentences[0]!.end));
    await flush();
    assert.equal(engine.requests.length, 0, 'still waiting while edits settle');
    scheduler.runAll();
    engine.requests[0]!.settle();
    await waiting;
    assert.equal(answered, 3, 'answered with the analysis of the version it asked about');
  });

  it('answers nothing when another edit supersedes the version a provider asked about', async () => {
    const { engine, scheduler, cache } = setup();
    const doc = new FakeDocument('file:///a.txt', 'v1');
    doc.edit('v2');
    cache.scheduleAnalysis(doc, 300);
    const askedAtV2 = cache.analysis(doc);
    doc.edit('v3!');
    cache.scheduleAnalysis(doc, 300);
    const askedAtV3 = cache.analysis(doc);
    scheduler.runAll();
    engine.requests[0]!.settle();
    assert.equal(await askedAtV2, undefined, 'its ranges would fall in the wrong places');
    assert.equal((await askedAtV3)?.sentences[0]!.end, 3);
    assert.deepEqual(engine.texts(), ['v3!'], 'one analysis for the burst');
  });

  it('drops the answer for a version that a newer request overtook while it ran', async () => {
    const { engine, cache, changes } = setup();
    const doc = new FakeDocument('file:///a.txt', 'v1');
    const old = cache.analysis(doc);
    doc.edit('v2!');
    const current = cache.analysis(doc);
    assert.deepEqual(engine.texts(), ['v1', 'v2!']);
    engine.requests[1]!.settle();
    engine.requests[0]!.settle();
    assert.equal((await current)?.sentences[0]!.end, 3);
    assert.equal(await old, undefined);
    assert.deepEqual(changes.map((c) => c.version), [2], 'the stale answer never reaches the views');
    assert.equal(cache.latest(doc.uri)?.version, 2);
  });

  it('answers a superseded engine request with nothing, and the newer one with its analysis', async () => {
    const { engine, cache } = setup();
    const doc = new FakeDocument('file:///a.txt', 'v1');
    const first = cache.analysis(doc);
    doc.edit('v22');
    const second = cache.analysis(doc);
    engine.requests[0]!.settle(undefined as unknown as Analysis);
    engine.requests[1]!.settle();
    assert.equal(await first, undefined);
    assert.equal((await second)?.sentences[0]!.end, 3);
  });

  it('frees a closed document, cancels its waiting analysis and ignores an answer that comes after', async () => {
    const { engine, scheduler, cache, changes } = setup();
    const doc = new FakeDocument('file:///a.txt', 'v1');
    const running = cache.analysis(doc);
    assert.equal(cache.has(doc.uri), true);
    assert.equal(cache.size, 1);
    doc.edit('v2');
    cache.scheduleAnalysis(doc, 300);
    cache.delete(doc.uri);
    assert.equal(cache.has(doc.uri), false);
    assert.equal(cache.size, 0);
    scheduler.runAll();
    engine.requests[0]!.settle();
    assert.equal(await running, undefined);
    await flush();
    assert.equal(engine.requests.length, 1, 'the scheduled analysis never ran');
    assert.deepEqual(changes, []);
    assert.equal(cache.latest(doc.uri), undefined);
  });

  it('never takes the answer about a closed document for the same document opened again at the same version', async () => {
    const { engine, cache } = setup();
    const before = new FakeDocument('file:///a.txt', 'old');
    const stale = cache.analysis(before);
    cache.delete(before.uri);
    const reopened = new FakeDocument('file:///a.txt', 'new!');
    const fresh = cache.analysis(reopened);
    engine.requests[0]!.settle();
    engine.requests[1]!.settle();
    assert.equal(await stale, undefined);
    assert.equal((await fresh)?.sentences[0]!.end, 4);
    assert.equal(cache.latest(reopened.uri)?.text, 'new!');
  });

  it('reports a failing analysis and serves an empty one for that version', async () => {
    const { engine, cache, errors } = setup();
    const doc = new FakeDocument('file:///bad.txt', 'x');
    const answer = cache.analysis(doc);
    engine.requests[0]!.settle(new Error('boom'));
    assert.deepEqual((await answer)?.entities, []);
    assert.deepEqual(errors, ['analysis file:///bad.txt: boom']);
    await cache.analysis(doc);
    assert.equal(engine.requests.length, 1, 'not asked again for the same version');
  });

  it('reports an analyser that throws instead of answering, without throwing itself', async () => {
    const errors: string[] = [];
    const cache = new DocumentCache({
      analyze: () => {
        throw new Error('no worker');
      },
      onError: (error, uri, during) => errors.push(`${during} ${uri}: ${(error as Error).message}`),
    });
    const analysis = await cache.analysis(new FakeDocument('file:///a.txt', 'a'));
    assert.deepEqual(analysis?.entities, []);
    assert.deepEqual(errors, ['analysis file:///a.txt: no worker']);
  });

  it('reports a failing listener and still tells the others', async () => {
    const { engine, cache, errors } = setup();
    const told: number[] = [];
    cache.onDidChange(() => {
      throw new Error('listener broke');
    });
    cache.onDidChange((change) => told.push(change.version));
    const answer = cache.analysis(new FakeDocument('file:///a.txt', 'a'));
    engine.requests[0]!.settle();
    await answer;
    assert.deepEqual(told, [1]);
    assert.deepEqual(errors, ['listener file:///a.txt: listener broke']);
  });

  it('request() starts an analysis only when none is held, waiting or under way', async () => {
    const { engine, scheduler, cache } = setup();
    const doc = new FakeDocument('file:///a.txt', 'a');
    cache.request(doc);
    cache.request(doc);
    assert.equal(engine.requests.length, 1);
    engine.requests[0]!.settle();
    await flush();
    cache.request(doc);
    assert.equal(engine.requests.length, 1, 'held');
    doc.edit('b');
    cache.scheduleAnalysis(doc, 300);
    cache.request(doc);
    assert.equal(engine.requests.length, 1, 'waiting for the edits to settle');
    scheduler.runAll();
    assert.equal(engine.requests.length, 2);
  });

  it('stops answering and notifying once disposed', async () => {
    const { engine, cache, changes } = setup();
    const doc = new FakeDocument('file:///a.txt', 'a');
    const answer = cache.analysis(doc);
    cache.dispose();
    engine.requests[0]!.settle();
    assert.equal(await answer, undefined);
    await flush();
    assert.deepEqual(changes, []);
  });
});

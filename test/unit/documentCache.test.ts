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

function countingAnalyzer() {
  const calls: string[] = [];
  const analyze = (text: string): Analysis => {
    calls.push(text);
    return { entities: [], figures: [], citations: [], sections: [], sentences: [{ start: 0, end: text.length }] };
  };
  return { calls, analyze };
}

/** A cache whose debounce timer the test runs by hand, over the counting analyzer. */
function debouncedCache() {
  const { calls, analyze } = countingAnalyzer();
  const scheduler = new ManualScheduler();
  return { calls, scheduler, cache: new DocumentCache({ analyze, schedule: scheduler.schedule }) };
}

describe('DocumentCache', () => {
  it('analyses lazily, once per version, and shares the result', () => {
    const { calls, analyze } = countingAnalyzer();
    const cache = new DocumentCache({ analyze });
    const doc = new FakeDocument('file:///a.txt', 'one');
    assert.equal(calls.length, 0);
    const first = cache.get(doc);
    assert.equal(cache.get(doc), first);
    assert.deepEqual(calls, ['one']);
    doc.edit('two');
    assert.notEqual(cache.get(doc), first, 'never serves an older version');
    assert.deepEqual(calls, ['one', 'two']);
  });

  it('debounces scheduled re-analysis to one run of the latest version', () => {
    const { calls, scheduler, cache } = debouncedCache();
    const changes: AnalysisChange[] = [];
    cache.onDidChange((change) => changes.push(change));
    const doc = new FakeDocument('file:///a.txt', 'v1');
    for (const text of ['v2', 'v3', 'v4']) {
      doc.edit(text);
      cache.scheduleAnalysis(doc, 300);
    }
    assert.equal(scheduler.waiting, 1, 'each edit restarts the wait');
    assert.equal(calls.length, 0);
    scheduler.runAll();
    assert.deepEqual(calls, ['v4']);
    assert.deepEqual(
      changes.map((c) => [c.uri, c.version]),
      [['file:///a.txt', 4]],
    );
  });

  it('drops the waiting re-analysis when a provider already analysed that version', () => {
    const { calls, scheduler, cache } = debouncedCache();
    const doc = new FakeDocument('file:///a.txt', 'v1');
    doc.edit('v2');
    cache.scheduleAnalysis(doc, 300);
    cache.get(doc);
    assert.equal(scheduler.waiting, 0);
    assert.deepEqual(calls, ['v2']);
  });

  it('frees a closed document and cancels its waiting analysis', () => {
    const { calls, scheduler, cache } = debouncedCache();
    const doc = new FakeDocument('file:///a.txt', 'v1');
    cache.get(doc);
    doc.edit('v2');
    cache.scheduleAnalysis(doc, 300);
    cache.delete(doc.uri);
    assert.equal(cache.has(doc.uri), false);
    scheduler.runAll();
    assert.deepEqual(calls, ['v1']);
  });

  it('reports a failing analysis and serves an empty one instead of throwing', () => {
    const errors: string[] = [];
    const cache = new DocumentCache({
      analyze: () => {
        throw new Error('boom');
      },
      onError: (error, uri, during) => errors.push(`${during} ${uri}: ${(error as Error).message}`),
    });
    const doc = new FakeDocument('file:///bad.txt', 'x');
    const analysis = cache.get(doc);
    assert.deepEqual(analysis.entities, []);
    cache.get(doc);
    assert.deepEqual(errors, ['analysis file:///bad.txt: boom'], 'one report per version');
  });

  it('reports a failing listener and still tells the others', () => {
    const { analyze } = countingAnalyzer();
    const errors: string[] = [];
    const cache = new DocumentCache({ analyze, onError: (error, uri, during) => errors.push(`${during} ${uri}: ${(error as Error).message}`) });
    const told: number[] = [];
    cache.onDidChange(() => {
      throw new Error('listener broke');
    });
    cache.onDidChange((change) => told.push(change.version));
    cache.get(new FakeDocument('file:///a.txt', 'a'));
    assert.deepEqual(told, [1]);
    assert.deepEqual(errors, ['listener file:///a.txt: listener broke']);
  });

  it('keeps documents apart and stops notifying disposed listeners', () => {
    const { analyze } = countingAnalyzer();
    const cache = new DocumentCache({ analyze });
    const seen: string[] = [];
    const subscription = cache.onDidChange((c) => seen.push(c.uri));
    const a = new FakeDocument('file:///a.txt', 'a');
    const b = new FakeDocument('file:///b.txt', 'b');
    assert.equal(cache.get(a).sentences[0].end, 1);
    cache.get(b);
    subscription.dispose();
    a.edit('aa');
    cache.get(a);
    assert.deepEqual(seen, ['file:///a.txt', 'file:///b.txt']);
  });

  it('lets a provider wait for the scheduled analysis instead of analysing each keystroke', async () => {
    const { calls, scheduler, cache } = debouncedCache();
    const doc = new FakeDocument('file:///a.txt', 'v1');
    assert.equal((await cache.analysis(doc))?.sentences[0].end, 2, 'nothing scheduled: analysed at once');
    doc.edit('v2!');
    cache.scheduleAnalysis(doc, 300);
    let answered: number | undefined;
    const waiting = cache.analysis(doc).then((a) => (answered = a?.sentences[0].end));
    await Promise.resolve();
    assert.equal(answered, undefined, 'still waiting while edits settle');
    scheduler.runAll();
    await waiting;
    assert.equal(answered, 3, 'answered with the analysis of the version it asked about');
    assert.deepEqual(calls, ['v1', 'v2!']);
  });

  it('answers nothing when another edit supersedes the version a provider asked about', async () => {
    const { calls, scheduler, cache } = debouncedCache();
    const doc = new FakeDocument('file:///a.txt', 'v1');
    doc.edit('v2');
    cache.scheduleAnalysis(doc, 300);
    const askedAtV2 = cache.analysis(doc);
    doc.edit('v3!');
    cache.scheduleAnalysis(doc, 300);
    const askedAtV3 = cache.analysis(doc);
    scheduler.runAll();
    assert.equal(await askedAtV2, undefined, 'its ranges would fall in the wrong places');
    assert.equal((await askedAtV3)?.sentences[0].end, 3);
    assert.deepEqual(calls, ['v3!'], 'one analysis for the burst');
  });

  it('answers waiting providers when someone analyses sooner, and with nothing when the document closes', async () => {
    const { cache } = debouncedCache();
    const doc = new FakeDocument('file:///a.txt', 'v1');
    doc.edit('v2');
    cache.scheduleAnalysis(doc, 300);
    const early = cache.analysis(doc);
    cache.get(doc);
    assert.equal((await early)?.sentences[0].end, 2);
    doc.edit('v3');
    cache.scheduleAnalysis(doc, 300);
    const closed = cache.analysis(doc);
    cache.delete(doc.uri);
    assert.equal(await closed, undefined);
  });
});

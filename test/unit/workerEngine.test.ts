import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze } from '../../src/core/analyze';
import { WorkerEngine } from '../../src/engine/workerEngine';
import { longBriefing, sampleTexts } from './support/longBriefing';

// The bundled worker, as the extension starts it (npm test builds it first).
const WORKER = path.resolve(__dirname, '../../../dist/worker.js');

describe('the worker engine', function () {
  this.timeout(60_000);
  let engine: WorkerEngine;

  before(function () {
    assert.ok(fs.existsSync(WORKER), `${WORKER} exists: run npm run build first`);
  });
  beforeEach(() => (engine = new WorkerEngine(WORKER)));
  afterEach(() => engine.dispose());

  it('answers what the engine answers in this thread', async () => {
    const [text] = sampleTexts();
    assert.deepEqual(await engine.analyzeDocument('file:///a', 1, text!), analyze(text!));
    assert.deepEqual(await engine.analyzeText(text!), analyze(text!));
  });

  it('analyses only the latest of the versions waiting for one document, and holds no queue', async () => {
    const text = longBriefing(60_000);
    const first = engine.analyzeDocument('file:///a', 1, text);
    const waiting = [2, 3, 4].map((v) => engine.analyzeDocument('file:///a', v, `${text}\nEdit ${v}.`));
    assert.equal((await engine.stats()).queued, 1, 'one waiting job per document');
    const [second, third, fourth] = await Promise.all(waiting);
    assert.equal(second, undefined);
    assert.equal(third, undefined);
    assert.deepEqual(fourth, analyze(`${text}\nEdit 4.`));
    assert.ok(await first, 'the running job finishes');
    assert.deepEqual(await engine.stats(), { documents: 1, queued: 0, running: 0 });
  });

  it('re-analyses a long document after an edit to the same result as a fresh analysis', async () => {
    const text = longBriefing(120_000);
    await engine.analyzeDocument('file:///long', 1, text);
    const at = text.indexOf('\n\n', 60_000);
    const edited = `${text.slice(0, at)} The governor of Nukus resigned on Monday.${text.slice(at)}`;
    assert.deepEqual(await engine.analyzeDocument('file:///long', 2, edited), analyze(edited));
  });

  it('gives what a fresh analysis gives after edits that come while it rehearses edits in a quiet moment', async () => {
    const text = longBriefing(120_000);
    await engine.analyzeDocument('file:///long', 1, text);
    let edited = text;
    // The rehearsal starts after 500 ms of quiet: edits arrive during it, and after it has resumed.
    for (const [version, pause] of [[2, 700], [3, 300], [4, 1500]] as const) {
      await new Promise((resolve) => setTimeout(resolve, pause));
      const at = edited.indexOf('\n\n', edited.length / (version + 1));
      edited = `${edited.slice(0, at)} Aliya Nurlanova spoke in Nukus on Monday.${edited.slice(at)}`;
      assert.deepEqual(await engine.analyzeDocument('file:///long', version, edited), analyze(edited));
    }
  });

  it('keeps the index lane apart from open documents, and forgets closed documents', async () => {
    const [a, b] = sampleTexts();
    const [doc, text] = await Promise.all([engine.analyzeDocument('file:///open', 1, a!), engine.analyzeText(b!)]);
    assert.deepEqual(doc, analyze(a!));
    assert.deepEqual(text, analyze(b!));
    assert.equal((await engine.stats()).documents, 1);
    engine.forget('file:///open');
    assert.equal((await engine.stats()).documents, 0);
  });

  it('answers waiting requests with nothing once disposed', async () => {
    const text = longBriefing(60_000);
    void engine.analyzeDocument('file:///a', 1, text);
    const waiting = engine.analyzeDocument('file:///b', 1, text);
    engine.dispose();
    assert.equal(await waiting, undefined);
  });

  it('reports a worker that cannot start as a failed analysis, not a crash', async () => {
    const broken = new WorkerEngine(path.join(__dirname, 'no-such-worker.js'));
    try {
      await assert.rejects(broken.analyzeDocument('file:///a', 1, 'text'), /Cannot find module/);
      await assert.rejects(broken.analyzeText('more text'), /Cannot find module/);
    } finally {
      broken.dispose();
    }
  });

  it('fails only the analysis that crashed its worker; the next ones, on both lanes, run on a fresh worker', async () => {
    // The real worker, behind a listener (registered first, so it runs first) that makes it throw out of
    // its handler on one text: the worker dies with an 'error' and then an 'exit', as out of memory.
    const crashing = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-worker-')), 'crashing-worker.js');
    fs.writeFileSync(crashing, `const { parentPort } = require('worker_threads');
parentPort.on('message', (r) => { if (r.text === 'crash') parentPort.postMessage = () => { throw new Error('boom'); }; });
require(${JSON.stringify(WORKER)});\n`);
    const flaky = new WorkerEngine(crashing);
    const [text] = sampleTexts();
    try {
      const crashed = flaky.analyzeDocument('file:///a', 1, 'crash');
      const next = flaky.analyzeDocument('file:///b', 1, text!);
      const after = flaky.analyzeDocument('file:///c', 1, text!);
      await assert.rejects(crashed, /boom/);
      assert.deepEqual(await next, analyze(text!));
      assert.deepEqual(await after, analyze(text!));
      await assert.rejects(flaky.analyzeText('crash'), /boom/);
      assert.deepEqual(await flaky.analyzeText(text!), analyze(text!));
    } finally {
      flaky.dispose();
    }
  });

  it('stops a long analysis whose document closes, and goes on with the next document', async () => {
    const long = longBriefing(400_000);
    const closing = engine.analyzeDocument('file:///book', 1, long);
    const [text] = sampleTexts();
    const next = engine.analyzeDocument('file:///next', 1, text!);
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal((await engine.stats()).running, 1);
    engine.forget('file:///book');
    assert.equal(await closing, undefined, 'answered with nothing at once');
    assert.deepEqual(await next, analyze(text!));
  });

  it('answers nothing, and starts no worker, once disposed', async () => {
    engine.dispose();
    assert.equal(await engine.analyzeDocument('file:///a', 1, 'text'), undefined);
    await assert.rejects(engine.analyzeText('text'), /disposed/);
    assert.deepEqual(await engine.stats(), { documents: 1, queued: 0, running: 0 });
  });
});

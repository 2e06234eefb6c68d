import { strict as assert } from 'assert';
import * as fs from 'fs';
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
      await assert.rejects(broken.analyzeDocument('file:///a', 1, 'text'), /Cannot find module|no-such-worker|stopped/);
      await assert.rejects(broken.analyzeText('more text'), /Cannot find module|no-such-worker|stopped/);
    } finally {
      broken.dispose();
    }
  });
});

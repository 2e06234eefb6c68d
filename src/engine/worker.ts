// The analysis worker: runs the engine off the extension host's main thread. It keeps each open
// document's parts, so that a new version of a long briefing costs only the parts that changed; the
// outline of a long text, which needs all of it, is read meanwhile on a thread of its own.
import { parentPort } from 'worker_threads';
import { PartCache } from '../core/analyze';
import { SINGLE_PART_LIMIT } from '../core/parts';
import { Outlines } from './outlines';
import type { Reply, Request } from './protocol';
import { encodeBody, encodeParts, transferables, type WireAnalysis } from './wire';

const documents = new Map<string, PartCache>();
const outlines = new Outlines();

async function analyse(cache: PartCache, text: string): Promise<WireAnalysis> {
  if (text.length <= SINGLE_PART_LIMIT) return encodeParts(cache.analyzeParts(text));
  const outline = outlines.read(text);
  const body = encodeBody(cache.analyzeBody(text));
  return { ...body, ...(await outline) };
}

/**
 * After its first long document, the worker rehearses a few edits of it while idle. An edit runs code
 * that opening never ran (parts reused, the join's cache, spans of old and new parts encoded), and V8
 * compiles code only once it has run a few times: without the rehearsal a reader's first edits take
 * twice as long as the rest. Each step is one edit's analysis; a real request stops the rehearsal.
 */
const REHEARSED_EDITS = 10;
let rehearsed = false;
let rehearsal: { stopped: boolean } | undefined;

function rehearse(cache: PartCache, text: string): void {
  rehearsed = true;
  const run = { stopped: false };
  rehearsal = run;
  const middle = text.indexOf('\n\n', text.length >> 1);
  const at = middle < 0 ? text.length >> 1 : middle + 2;
  const edited = `${text.slice(0, at)}Officials in the capital said 12 inspectors would arrive on Monday. ${text.slice(at)}`;
  let step = 0;
  const next = () => {
    if (run.stopped || step === 2 * REHEARSED_EDITS) return;
    // The edited text, then the real one again: the cache ends on the document's text.
    encodeBody(cache.analyzeBody(step++ % 2 === 0 ? edited : text));
    setImmediate(next);
  };
  setImmediate(next);
}

function run(request: Request): Promise<WireAnalysis> | undefined {
  switch (request.type) {
    case 'document': {
      let cache = documents.get(request.uri);
      if (!cache) documents.set(request.uri, (cache = new PartCache()));
      const analysed = analyse(cache, request.text);
      if (!rehearsed && request.text.length > SINGLE_PART_LIMIT) void analysed.then(() => rehearse(cache!, request.text));
      return analysed;
    }
    case 'text':
      return analyse(new PartCache(), request.text);
    case 'forget':
      documents.delete(request.uri);
      return undefined;
  }
}

parentPort?.on('message', async (request: Request) => {
  if (rehearsal) rehearsal.stopped = true;
  if (request.type === 'forget') {
    run(request);
    return;
  }
  let reply: Reply;
  try {
    const wire = await run(request)!;
    reply = { id: request.id, wire };
    parentPort!.postMessage(reply, transferables(wire));
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.stack ?? error.message : String(error) };
    parentPort!.postMessage(reply);
  }
});

// The analysis worker: runs the engine off the extension host's main thread. It keeps each open
// document's parts and outline, so that a new version of a long briefing costs only what changed.
import { parentPort } from 'worker_threads';
import { PartCache } from '../core/analyze';
import { SINGLE_PART_LIMIT } from '../core/parts';
import type { Reply, Request } from './protocol';
import { encodeParts, transferables, type WireAnalysis } from './wire';

const documents = new Map<string, PartCache>();

const analyse = (cache: PartCache, text: string): WireAnalysis => encodeParts(cache.analyzeParts(text));

/**
 * The worker rehearses a few edits of a long document once it has been left alone for a moment. An
 * edit runs code that opening never ran (parts reused, the join's cache, spans of old and new parts
 * encoded), and V8 compiles code only once it has run a few times: without the rehearsal a reader's
 * first edits take twice as long as the rest. It starts only after REHEARSAL_QUIET_MS without a
 * request, goes one edit's analysis per step, stops for any request and resumes after the next quiet
 * stretch, until REHEARSED_EDITS edits are done for the worker's lifetime.
 */
const REHEARSED_EDITS = 10;
const REHEARSAL_QUIET_MS = 500;
let rehearsalsLeft = REHEARSED_EDITS;
type Rehearsal = { stopped: boolean; timer?: ReturnType<typeof setTimeout> };
let rehearsal: Rehearsal | undefined;

function stopRehearsal(): void {
  if (!rehearsal) return;
  rehearsal.stopped = true;
  clearTimeout(rehearsal.timer);
  rehearsal = undefined;
}

function rehearseLater(cache: PartCache, text: string): void {
  stopRehearsal();
  if (rehearsalsLeft === 0) return;
  const run: Rehearsal = { stopped: false };
  rehearsal = run;
  const middle = text.indexOf('\n\n', text.length >> 1);
  const at = middle < 0 ? text.length >> 1 : middle + 2;
  const edited = `${text.slice(0, at)}Officials in the capital said 12 inspectors would arrive on Monday. ${text.slice(at)}`;
  let onEdited = false;
  const step = () => {
    if (run.stopped || (rehearsalsLeft === 0 && !onEdited)) return;
    try {
      // The edited text, then the document's own again: the cache ends on the document's text.
      analyse(cache, onEdited ? text : edited);
    } catch {
      rehearsalsLeft = 0;
      return;
    }
    if (onEdited) rehearsalsLeft--;
    onEdited = !onEdited;
    setImmediate(step);
  };
  run.timer = setTimeout(step, REHEARSAL_QUIET_MS);
}

function run(request: Request): WireAnalysis | undefined {
  switch (request.type) {
    case 'document': {
      let cache = documents.get(request.uri);
      // compromise's tags kept too: an edit tags only the words around it again.
      if (!cache) documents.set(request.uri, (cache = new PartCache({ keepTags: true })));
      const analysed = analyse(cache, request.text);
      if (rehearsalsLeft > 0 && request.text.length > SINGLE_PART_LIMIT) rehearseLater(cache, request.text);
      return analysed;
    }
    case 'text':
      return analyse(new PartCache(), request.text);
    case 'forget':
      documents.delete(request.uri);
      return undefined;
  }
}

parentPort?.on('message', (request: Request) => {
  stopRehearsal();
  if (request.type === 'forget') {
    run(request);
    return;
  }
  let reply: Reply;
  try {
    const wire = run(request)!;
    reply = { id: request.id, wire };
    parentPort!.postMessage(reply, transferables(wire));
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.stack ?? error.message : String(error) };
    parentPort!.postMessage(reply);
  }
});

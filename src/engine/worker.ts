// The analysis worker: runs the engine off the extension host's main thread. It keeps each open
// document's parts, so that a new version of a long briefing costs only the parts that changed.
import { parentPort } from 'worker_threads';
import { PartCache, analyzeParts, type PartedAnalysis } from '../core/analyze';
import type { Reply, Request } from './protocol';
import { encodeParts, transferables } from './wire';

const documents = new Map<string, PartCache>();

function run(request: Request): PartedAnalysis | undefined {
  switch (request.type) {
    case 'document': {
      let cache = documents.get(request.uri);
      if (!cache) documents.set(request.uri, (cache = new PartCache()));
      return cache.analyzeParts(request.text);
    }
    case 'text':
      return analyzeParts(request.text);
    case 'forget':
      documents.delete(request.uri);
      return undefined;
  }
}

parentPort?.on('message', (request: Request) => {
  let reply: Reply;
  try {
    const analysis = run(request);
    if (!analysis || request.type === 'forget') return;
    const wire = encodeParts(analysis);
    reply = { id: request.id, wire };
    parentPort!.postMessage(reply, transferables(wire));
  } catch (error) {
    if (request.type === 'forget') return;
    reply = { id: request.id, error: error instanceof Error ? error.stack ?? error.message : String(error) };
    parentPort!.postMessage(reply);
  }
});

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

function run(request: Request): Promise<WireAnalysis> | undefined {
  switch (request.type) {
    case 'document': {
      let cache = documents.get(request.uri);
      if (!cache) documents.set(request.uri, (cache = new PartCache()));
      return analyse(cache, request.text);
    }
    case 'text':
      return analyse(new PartCache(), request.text);
    case 'forget':
      documents.delete(request.uri);
      return undefined;
  }
}

parentPort?.on('message', async (request: Request) => {
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

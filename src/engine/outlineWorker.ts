// Reads the outline of a long document on a thread of its own, beside the analysis worker (worker.ts):
// the outline needs the whole text, the rest of an edit's analysis only the parts that changed, so
// on two cores the two run at once. It loads no NLP library.
import { parentPort } from 'worker_threads';
import { extractSections } from '../core/sections';
import type { OutlineReply, OutlineRequest } from './protocol';
import { encodeSections } from './wire';

parentPort?.on('message', ({ id, text }: OutlineRequest) => {
  let reply: OutlineReply;
  try {
    reply = { id, sections: encodeSections(extractSections(text)) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.stack ?? error.message : String(error) };
  }
  parentPort!.postMessage(reply, reply.sections ? [reply.sections.sectionFields.buffer as ArrayBuffer] : []);
});

// Child process of the size sweep: the engine's analyze() on FILE, timed inside the process after a
// warm-up on 200 KB of other briefings (so compromise's lexicon load and the JIT's warm-up are not
// counted: the steady cost per size): wall time, and CPU time (less disturbed by other work on a
// shared machine). Prints JSON.
import * as fs from 'fs';
import { analyze } from '../../src/core/analyze';
import { digest, readSamples } from './corpus';

const text = fs.readFileSync(process.argv[2], 'utf8');
analyze(digest(readSamples(), 200 * 1024, 100_000));
const start = performance.now();
const cpu = process.cpuUsage();
analyze(text);
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({ ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 }));

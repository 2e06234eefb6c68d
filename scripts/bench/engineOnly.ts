// Child process of the size sweep: the engine's analyze() on FILE, timed inside the process after a
// warm-up on other briefings, so that compromise's lexicon load and the JIT's warm-up are not
// counted (a fresh process analyses its first megabyte about twice as slowly as the next ones):
// the steady cost of each size. Wall time, and CPU time (less disturbed by other work on a shared
// machine). Prints JSON.
import * as fs from 'fs';
import { analyze } from '../../src/core/analyze';
import { digest, readSamples } from './corpus';

const text = fs.readFileSync(process.argv[2], 'utf8');
const samples = readSamples();
for (let i = 0; i < 6; i++) analyze(digest(samples, 100 * 1024, 100_000 + 1000 * i));
const start = performance.now();
const cpu = process.cpuUsage();
analyze(text);
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({ ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 }));

// Child process of the size sweep: the engine's analyze() on FILE, timed inside the process after a
// warm-up on a small briefing (so compromise's lexicon load and the JIT are not counted): wall
// time, and CPU time (less disturbed by other work on a shared machine). Prints JSON.
import * as fs from 'fs';
import { analyze } from '../../src/core/analyze';
import { briefing, readSamples } from './corpus';

const text = fs.readFileSync(process.argv[2], 'utf8');
analyze(briefing(readSamples(), 0));
const start = performance.now();
const cpu = process.cpuUsage();
analyze(text);
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({ ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 }));

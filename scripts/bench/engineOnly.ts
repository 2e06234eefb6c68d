// Child process of the size sweep: the engine's analyze() on FILE, timed inside the process after a
// warm-up on a small briefing (so compromise's lexicon load and the JIT are not counted). Prints JSON.
import * as fs from 'fs';
import { analyze } from '../../src/core/analyze';
import { briefing, readSamples } from './corpus';

const text = fs.readFileSync(process.argv[2], 'utf8');
analyze(briefing(readSamples(), 0));
const start = performance.now();
const analysis = analyze(text);
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, entities: analysis.entities.length }));

// Child process of the throughput comparison: raw compromise tagging FILE block by block (one
// nlp() call per blank-line-separated block), the baseline the engine must beat. Prints the
// in-process milliseconds as JSON; the bench also times the whole process.
import nlp from 'compromise';
import * as fs from 'fs';

const text = fs.readFileSync(process.argv[2], 'utf8');
const start = performance.now();
for (const block of text.split(/\n\s*\n/)) if (block.trim()) nlp(block);
console.log(JSON.stringify({ ms: performance.now() - start }));

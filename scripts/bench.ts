// `npm run bench`: how fast the engine is, next to raw compromise tagging the same text block by
// block, on briefing-like documents built from the bundled samples. Prints the machine it ran on.
// Speed is measured here and recorded in docs; tests never time anything.
import nlp from 'compromise';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze } from '../src/core/analyze';

const root = path.resolve(__dirname, '../..');
const sizesKb = process.argv.slice(2).map(Number).filter((n) => n > 0);

function samplesText(): string {
  const dir = path.join(root, 'samples');
  return fs
    .readdirSync(dir)
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n\n');
}

/** Repeats the samples' paragraphs until the document reaches `kb` kilobytes. */
function documentOf(kb: number, base: string): string {
  const parts: string[] = [];
  let length = 0;
  while (length < kb * 1024) {
    parts.push(base);
    length += base.length + 2;
  }
  return parts.join('\n\n').slice(0, kb * 1024);
}

function time(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function rawCompromiseByBlock(text: string): void {
  for (const block of text.split(/\n\s*\n/)) if (block.trim()) nlp(block).compute('offset');
}

function main(): void {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
  for (const file of ['extension.js', 'cli.js']) {
    const p = path.join(root, 'dist', file);
    if (fs.existsSync(p)) console.log(`bundle dist/${file}: ${(fs.statSync(p).size / 1024).toFixed(0)} KB`);
  }
  const base = samplesText();
  analyze(base); // warm up compromise's lexicon and the JIT before measuring
  rawCompromiseByBlock(base);
  console.log('\nsize      engine ms   engine KB/s   raw compromise ms   ratio (raw / engine)');
  for (const kb of sizesKb.length ? sizesKb : [10, 100, 250]) {
    const text = documentOf(kb, base);
    // Alternate the two so that machine noise falls on both alike.
    const engine: number[] = [];
    const raw: number[] = [];
    for (let round = 0; round < 2; round++) {
      engine.push(time(() => analyze(text)));
      raw.push(time(() => rawCompromiseByBlock(text)));
    }
    const e = Math.min(...engine);
    const r = Math.min(...raw);
    console.log(
      `${String(kb).padStart(5)} KB ${e.toFixed(0).padStart(10)} ${(kb / (e / 1000)).toFixed(0).padStart(13)} ${r.toFixed(0).padStart(19)} ${(r / e).toFixed(2).padStart(22)}`,
    );
  }
  // Inputs that once made a rule quadratic: each should cost about what ordinary text of its size does.
  console.log('\nadversarial input                 ms');
  const adversarial: Record<string, string> = {
    'one 200 KB word': 'A' + 'b'.repeat(200_000),
    '200 KB of capitals, no spaces': 'ABC'.repeat(66_000),
    '1 MB prose on one line': documentOf(1024, base).replace(/\s+/g, ' '),
    '100 KB of punctuation noise': Array.from({ length: 100_000 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join(''),
  };
  for (const [label, text] of Object.entries(adversarial)) console.log(`${label.padEnd(32)} ${time(() => analyze(text)).toFixed(0).padStart(6)}`);
}

main();

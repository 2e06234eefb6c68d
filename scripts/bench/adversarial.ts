// Inputs that once made a rule quadratic: each should cost about what ordinary text of its size does.
import { analyze } from '../../src/core/analyze';
import { BenchContext } from './context';
import { digest } from './corpus';
import { heading, ms, table } from './stats';

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export function adversarial(ctx: BenchContext): void {
  heading('Adversarial inputs (engine in-process)');
  const prose = digest(ctx.samples, 1024 * 1024);
  analyze(ctx.samples[0]); // compromise's lexicon and the JIT, before anything is timed
  const inputs: Record<string, string> = {
    'one 200 KB word': 'A' + 'b'.repeat(200_000),
    '200 KB of capitals, no spaces': 'ABC'.repeat(66_000),
    '1 MB prose on one line': prose.replace(/\s+/g, ' '),
    '1 MB prose, ordinary lines (reference)': prose,
    '100 KB of punctuation noise': Array.from({ length: 100_000 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join(''),
  };
  table(['input', 'analyze()'], Object.entries(inputs).map(([label, text]) => [label, ms(time(() => analyze(text)))]));
}

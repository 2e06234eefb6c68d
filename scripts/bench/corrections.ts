// Cost of applying the reader's corrections (applyDictionary) to the analysis of a 1 MB briefing
// digest: it runs on the extension host after every analysis, so it must stay a few milliseconds.
// The analysis is the engine's own (analyze()), passed through the worker's wire format as the
// extension host receives it (every mention's text a slice of the document's). The dictionaries are
// built from it the way a reader builds one: names retyped, aliases joined, engine names marked as
// no entity, a watchlist, and some names this briefing never mentions. Each is applied a few times
// first (the extension host applies it after every analysis, so the code is warm), then timed.
//
// Run alone (also for profiling with node --cpu-prof): node out/scripts/bench/corrections.js
import { analyze } from '../../src/core/analyze';
import { applyDictionary, type Dictionary, emptyDictionary } from '../../src/core/corrections';
import { ENTITY_TYPES, type Analysis, type Entity } from '../../src/core/types';
import { decodeAnalysis, encodeAnalysis } from '../../src/engine/wire';
import { BenchContext } from './context';
import { digest } from './corpus';
import { MB, heading, median, ms, percentile, table } from './stats';

const WARM_UP = 5;
const RUNS = 20;
const ABSENT = ['Qaraghandy Steel Trust', 'Mirzo Aminov', 'Lake Zaysan', 'Oasis Relief Fund', 'Temirtau', 'Aigerim Seitova'];

/** A reader's dictionary of about `size` entries, built from the engine's busiest entities. */
export function readersDictionary(analysis: Analysis, size: number): Dictionary {
  const busiest = [...analysis.entities].sort((a, b) => b.mentions.length - a.mentions.length || a.id.localeCompare(b.id));
  const take = (n: number) => busiest.splice(0, n);
  const retype = (e: Entity, i: number) => ENTITY_TYPES[(ENTITY_TYPES.indexOf(e.type) + i) % ENTITY_TYPES.length]!;
  const marked = take(Math.round(size * 0.5)).map((e, i) => ({ name: e.name, type: retype(e, i % 2), aliases: i % 3 === 0 ? e.aliases.slice(0, 2) : [] }));
  const joined = take(Math.round(size * 0.1));
  joined.forEach((e, i) => marked[i % marked.length]!.aliases.push(e.name));
  const notEntities = take(Math.round(size * 0.15)).map((e) => e.name);
  const watchlist = [...marked.slice(0, 3).map((e) => e.name), ...take(Math.round(size * 0.1)).map((e) => e.name)];
  const absent = ABSENT.slice(0, Math.round(size * 0.15)).map((name, i) => ({ name, type: ENTITY_TYPES[i % 3]!, aliases: [] }));
  return { entities: [...marked, ...absent], notEntities, watchlist };
}

function entries(d: Dictionary): number {
  return d.entities.reduce((n, e) => n + 1 + e.aliases.length, 0) + d.notEntities.length + d.watchlist.length;
}

function timeApply(text: string, analysis: Analysis, dictionary: Dictionary): number[] {
  for (let i = 0; i < WARM_UP; i++) applyDictionary(text, analysis, dictionary);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    applyDictionary(text, analysis, dictionary);
    times.push(performance.now() - start);
  }
  return times;
}

export function corrections(ctx: BenchContext): void {
  heading('Corrections: applyDictionary on the analysis of a 1 MB digest (extension host, after every analysis)');
  const text = digest(ctx.samples, MB);
  const analysis = decodeAnalysis(encodeAnalysis(analyze(text)), text);
  const mentions = analysis.entities.reduce((n, e) => n + e.mentions.length, 0);
  console.log(`${analysis.entities.length} entities, ${mentions} mentions; ${RUNS} runs each after ${WARM_UP} to warm up`);
  const cases: [string, Dictionary][] = [
    ['empty dictionary', emptyDictionary()],
    ['small dictionary', readersDictionary(analysis, 8)],
    ['realistic dictionary', readersDictionary(analysis, 40)],
  ];
  const results = cases.map(([label, d]) => ({ label, d, times: timeApply(text, analysis, d) }));
  table(
    ['applyDictionary', 'names', 'min', 'p50', 'p95', 'max'],
    results.map((r) => [r.label, String(entries(r.d)), ms(Math.min(...r.times)), ms(median(r.times)), ms(percentile(r.times, 95)), ms(Math.max(...r.times))]),
  );
  const realistic = results[results.length - 1]!;
  ctx.verdict({
    target: 'Corrections, 1 MB: applyDictionary, realistic dictionary, p50',
    goal: '≤ 10 ms',
    measured: `${ms(median(realistic.times))} (${entries(realistic.d)} names)`,
    pass: median(realistic.times) <= 10,
  });
}

if (require.main === module) {
  const ctx = new BenchContext(false);
  try {
    corrections(ctx);
    for (const v of ctx.verdicts) console.log(`${v.target}: ${v.measured} (goal ${v.goal})`);
  } finally {
    ctx.dispose();
  }
}

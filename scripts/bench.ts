// `npm run bench`: every speed and memory target of issue 4, measured on this machine and printed
// with the machine's details. Speed is measured here and recorded in docs/performance.md; tests
// never time anything.
//
//   node out/scripts/bench.js [--quick] [--only SECTION,...]
//
// Sections: throughput, scaling, editing, corrections, host, index, bundle, adversarial. --quick stops the size
// sweep at 2 MB (so the 10 MB memory target is not judged) and edits fewer times.
import { adversarial } from './bench/adversarial';
import { bundle } from './bench/bundle';
import { BenchContext } from './bench/context';
import { corrections } from './bench/corrections';
import { editing } from './bench/editing';
import { extensionHost } from './bench/extensionHost';
import { describeMachine } from './bench/machine';
import { scaling } from './bench/scaling';
import { heading, table } from './bench/stats';
import { throughput } from './bench/throughput';
import { workspaceIndex } from './bench/workspaceIndex';

const SECTIONS: Record<string, (ctx: BenchContext) => void | Promise<void>> = {
  throughput,
  scaling,
  editing,
  corrections,
  host: extensionHost,
  index: workspaceIndex,
  bundle,
  adversarial,
};

function selectedSections(): string[] {
  const at = process.argv.indexOf('--only');
  if (at < 0) return Object.keys(SECTIONS);
  const names = (process.argv[at + 1] ?? '').split(',').filter(Boolean);
  const unknown = names.filter((name) => !(name in SECTIONS));
  if (unknown.length || !names.length) throw new Error(`--only takes a comma-separated list of: ${Object.keys(SECTIONS).join(', ')}`);
  return names;
}

async function main(): Promise<void> {
  const sections = selectedSections();
  const ctx = new BenchContext(process.argv.includes('--quick'));
  const started = Date.now();
  try {
    console.log(describeMachine());
    for (const name of sections) await SECTIONS[name](ctx);
    heading(`Summary (${((Date.now() - started) / 1000).toFixed(0)} s${ctx.quick ? ', quick mode' : ''})`);
    table(
      ['target', 'goal', 'measured', 'verdict'],
      ctx.verdicts.map((v) => [v.target, v.goal, v.measured, v.pass === undefined ? 'n/a' : v.pass ? 'PASS' : 'FAIL']),
      4,
    );
  } finally {
    ctx.dispose();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});

// Targets: linear cost (10 MB takes at most ~10× 1 MB) and a peak resident memory of at most
// 600 MB for a 10 MB document. Each size runs in fresh child processes: the CLI (wall time and
// peak RSS) and the engine alone (analyze() timed inside the process after a warm-up).
import * as path from 'path';
import { runNode } from './child';
import { BenchContext, CLI } from './context';
import { MB, heading, ms, size, table } from './stats';

const ENGINE_ONLY = path.join(__dirname, 'engineOnly.js');
/** "At most ~10×": read as at most 11×, a tenth for noise on a shared machine. */
const LINEAR_SLACK = 1.1;
const MEMORY_LIMIT = 600 * MB;

interface Point {
  bytes: number;
  cliMs: number;
  cliRss: number;
  engineMs: number;
}

export function scaling(ctx: BenchContext): void {
  const sizes = ctx.quick ? [0.1, 0.5, 1, 2] : [0.1, 0.25, 0.5, 1, 2, 5, 10];
  heading(`Cost by size: CLI (child process, wall) and engine alone (in-process analyze())`);
  const points: Point[] = [];
  const rows: string[][] = [];
  for (const mb of sizes) {
    const bytes = Math.round(mb * MB);
    const file = ctx.documentFile(bytes);
    const cli = runNode([CLI, 'analyze', file]);
    const engine = JSON.parse(runNode([ENGINE_ONLY, file], true).stdout) as { ms: number };
    const point = { bytes, cliMs: cli.wallMs, cliRss: cli.maxRssBytes, engineMs: engine.ms };
    points.push(point);
    const perMb = (t: number) => `${(t / 1000 / (bytes / MB)).toFixed(2)} s/MB`;
    rows.push([size(bytes), ms(point.cliMs), perMb(point.cliMs), ms(point.engineMs), perMb(point.engineMs), size(point.cliRss)]);
  }
  table(['size', 'CLI wall', 'CLI per MB', 'engine', 'engine per MB', 'CLI peak RSS'], rows);

  const at = (mb: number) => points.find((p) => p.bytes === Math.round(mb * MB));
  const one = at(1);
  const largest = points[points.length - 1];
  if (one && largest !== one) {
    const factor = largest.bytes / one.bytes;
    const cliRatio = largest.cliMs / one.cliMs;
    const engineRatio = largest.engineMs / one.engineMs;
    console.log(
      `${size(largest.bytes)} / 1 MB: CLI ${cliRatio.toFixed(2)}×, engine ${engineRatio.toFixed(2)}× (target ≤ ~${factor}×)`,
    );
    ctx.verdict({
      target: `Linear cost: ${size(largest.bytes)} vs 1 MB`,
      goal: `≤ ~${factor}× (CLI and engine)`,
      measured: `CLI ${cliRatio.toFixed(2)}×, engine ${engineRatio.toFixed(2)}×`,
      pass: Math.max(cliRatio, engineRatio) <= factor * LINEAR_SLACK,
    });
  }
  console.log(`peak RSS of the CLI on ${size(largest.bytes)}: ${size(largest.cliRss)} (target ≤ 600 MB on 10 MB)`);
  ctx.verdict({
    target: `Memory: CLI peak RSS, ${size(largest.bytes)} document`,
    goal: '≤ 600 MB (on 10 MB)',
    measured: size(largest.cliRss),
    pass: largest.bytes >= 10 * MB ? largest.cliRss <= MEMORY_LIMIT : undefined,
  });
}

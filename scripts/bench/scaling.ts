// Targets: linear cost (10 MB takes at most ~10× 1 MB) and a peak resident memory of at most
// 600 MB for a 10 MB document. Each size runs in fresh child processes: the CLI once (wall time,
// CPU time, peak RSS: what a user meets, start-up included) and the engine alone twice (analyze()
// timed inside the process after a warm-up; the faster run counts). Linearity is judged on the
// engine's CPU time: on a machine shared with other work, single runs swing by a quarter.
import * as path from 'path';
import { runNode } from './child';
import { BenchContext, CLI } from './context';
import { MB, heading, ms, size, table } from './stats';

const ENGINE_ONLY = path.join(__dirname, 'engineOnly.js');
/** "At most ~10×": read as at most 11×, a tenth for measurement noise. */
const LINEAR_SLACK = 1.1;
const MEMORY_LIMIT = 600 * MB;

interface Point {
  bytes: number;
  cli: { wallMs: number; cpuMs: number; rss: number };
  engine: { ms: number; cpuMs: number };
}

const perMb = (t: number, bytes: number) => `${(t / 1000 / (bytes / MB)).toFixed(2)} s/MB`;

export function scaling(ctx: BenchContext): void {
  const sizes = ctx.quick ? [0.1, 0.5, 1, 2] : [0.1, 0.25, 0.5, 1, 2, 5, 10];
  heading('Cost by size: CLI (child process) and engine alone (analyze() in a child after a warm-up, best of 2)');
  const points: Point[] = [];
  for (const mb of sizes) {
    const bytes = Math.round(mb * MB);
    const file = ctx.documentFile(bytes);
    const cli = runNode([CLI, 'analyze', file]);
    const engine = [1, 2]
      .map(() => JSON.parse(runNode([ENGINE_ONLY, file], true).stdout) as Point['engine'])
      .reduce((best, run) => (run.cpuMs < best.cpuMs ? run : best));
    points.push({ bytes, cli: { wallMs: cli.wallMs, cpuMs: cli.cpuMs, rss: cli.maxRssBytes }, engine });
  }
  table(
    ['size', 'CLI wall', 'CLI CPU', 'CLI CPU/MB', 'engine wall', 'engine CPU', 'engine CPU/MB', 'CLI peak RSS'],
    points.map(({ bytes, cli, engine }) => [
      size(bytes),
      ms(cli.wallMs),
      ms(cli.cpuMs),
      perMb(cli.cpuMs, bytes),
      ms(engine.ms),
      ms(engine.cpuMs),
      perMb(engine.cpuMs, bytes),
      size(cli.rss),
    ]),
  );

  const one = points.find((p) => p.bytes === MB);
  const largest = points[points.length - 1];
  if (one && largest !== one) {
    const factor = largest.bytes / one.bytes;
    const cli = largest.cli.cpuMs / one.cli.cpuMs;
    const engine = largest.engine.cpuMs / one.engine.cpuMs;
    const wall = `wall: CLI ${(largest.cli.wallMs / one.cli.wallMs).toFixed(2)}×, engine ${(largest.engine.ms / one.engine.ms).toFixed(2)}×`;
    console.log(`${size(largest.bytes)} / 1 MB, CPU time: CLI ${cli.toFixed(2)}×, engine ${engine.toFixed(2)}× (target ≤ ~${factor}×; ${wall})`);
    ctx.verdict({
      target: `Linear cost: ${size(largest.bytes)} vs 1 MB (CPU time)`,
      goal: `≤ ~${factor}×`,
      measured: `CLI ${cli.toFixed(2)}×, engine ${engine.toFixed(2)}×`,
      pass: Math.max(cli, engine) <= factor * LINEAR_SLACK,
    });
  }
  console.log(`peak RSS of the CLI on ${size(largest.bytes)}: ${size(largest.cli.rss)} (target ≤ 600 MB on 10 MB)`);
  ctx.verdict({
    target: `Memory: CLI peak RSS, ${size(largest.bytes)} document`,
    goal: '≤ 600 MB on 10 MB',
    measured: size(largest.cli.rss),
    pass: largest.bytes >= 10 * MB ? largest.cli.rss <= MEMORY_LIMIT : undefined,
  });
}

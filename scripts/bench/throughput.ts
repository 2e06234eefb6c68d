// Target: `node dist/cli.js analyze` on a 1 MB briefing digest is at least 3× faster than raw
// compromise tagging the same file block by block. Both run as child processes (both pay Node's
// start-up and compromise's load) and alternate, so that noise on the shared machine falls on both.
import * as path from 'path';
import { ChildRun, runNode } from './child';
import { BenchContext, CLI } from './context';
import { MB, heading, median, ms, size, table } from './stats';

const RAW = path.join(__dirname, 'rawCompromise.js');
const ROUNDS = 3;

export function throughput(ctx: BenchContext): void {
  heading('Throughput: CLI vs raw compromise block by block, 1 MB digest, alternating');
  const file = ctx.documentFile(MB);
  // Fills the file cache with both programs' code before anything is timed.
  const small = ctx.documentFile(16 * 1024);
  runNode([CLI, 'analyze', small]);
  runNode([RAW, small], true);

  const cli: ChildRun[] = [];
  const raw: ChildRun[] = [];
  const rows: string[][] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const a = runNode([CLI, 'analyze', file]);
    const b = runNode([RAW, file], true);
    cli.push(a);
    raw.push(b);
    rows.push([`round ${round}`, ms(a.wallMs), ms(b.wallMs), ms(a.cpuMs), ms(b.cpuMs), size(a.maxRssBytes), size(b.maxRssBytes)]);
  }
  const wall = (runs: ChildRun[]) => median(runs.map((r) => r.wallMs));
  const cpu = (runs: ChildRun[]) => median(runs.map((r) => r.cpuMs));
  const ratio = wall(raw) / wall(cli);
  rows.push(['median', ms(wall(cli)), ms(wall(raw)), ms(cpu(cli)), ms(cpu(raw)), '', '']);
  table(['', 'CLI wall', 'raw wall', 'CLI CPU', 'raw CPU', 'CLI peak RSS', 'raw peak RSS'], rows);
  console.log(`raw compromise / CLI: wall ${ratio.toFixed(2)}×, CPU ${(cpu(raw) / cpu(cli)).toFixed(2)}× (target ≥ 3×)`);
  ctx.verdict({
    target: 'Throughput, 1 MB: CLI vs raw compromise',
    goal: '≥ 3× faster',
    measured: `${ratio.toFixed(2)}× (${ms(wall(cli))} vs ${ms(wall(raw))})`,
    pass: ratio >= 3,
  });
}

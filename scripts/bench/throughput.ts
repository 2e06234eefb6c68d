// Target: `node dist/cli.js analyze` on a 1 MB briefing digest is at least 3× faster than raw
// compromise tagging the same file block by block. Both run as child processes (both pay Node's
// start-up and compromise's load) and alternate, so that noise on the shared machine falls on both.
import * as path from 'path';
import { runNode } from './child';
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

  const cli: number[] = [];
  const raw: number[] = [];
  const rows: string[][] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const a = runNode([CLI, 'analyze', file]);
    const b = runNode([RAW, file], true);
    cli.push(a.wallMs);
    raw.push(b.wallMs);
    rows.push([`round ${round}`, ms(a.wallMs), ms(b.wallMs), size(a.maxRssBytes), size(b.maxRssBytes)]);
  }
  const ratio = median(raw) / median(cli);
  rows.push(['median', ms(median(cli)), ms(median(raw)), '', '']);
  table(['', 'CLI analyze', 'raw compromise', 'CLI peak RSS', 'raw peak RSS'], rows);
  console.log(`raw compromise / CLI = ${ratio.toFixed(2)}× (target ≥ 3×)`);
  ctx.verdict({
    target: 'Throughput, 1 MB: CLI vs raw compromise',
    goal: '≥ 3× faster',
    measured: `${ratio.toFixed(2)}× (${ms(median(cli))} vs ${ms(median(raw))})`,
    pass: ratio >= 3,
  });
}

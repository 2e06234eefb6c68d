// Target: 1,000 briefings of 5 KB indexed in under 20 s on two cores, with the real engine.
import { BenchContext } from './context';
import { heading } from './stats';

export function workspaceIndex(ctx: BenchContext): void {
  heading('Workspace index: 1,000 briefings of 5 KB');
  console.log('not available yet: there is no workspace index builder (src/workspace)');
  ctx.verdict({ target: 'Workspace index, 1,000 × 5 KB', goal: '< 20 s', measured: 'not available yet', pass: undefined });
}

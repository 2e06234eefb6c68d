// Reads mocha's own summary lines ("  12 passing (3s)", "  1 failing", "  2 pending") from reporter
// output, so a runner can tell "all green" apart from "nothing ran".
export interface MochaCounts {
  passed: number;
  failed: number;
  pending: number;
}

const ANSI = /\u001b\[[0-9;]*m/g;

export function countFromOutput(output: string): MochaCounts {
  const counts: MochaCounts = { passed: 0, failed: 0, pending: 0 };
  for (const line of output.replace(ANSI, '').split('\n')) {
    const match = /^\s*(\d+) (passing|failing|pending)\b/.exec(line);
    if (!match) continue;
    const n = Number(match[1]);
    if (match[2] === 'passing') counts.passed += n;
    else if (match[2] === 'failing') counts.failed += n;
    else counts.pending += n;
  }
  return counts;
}

/** The plain line scripts/test-all.sh sums: `<suite>: N passed, N failed, N pending`. */
export function summaryLine(suite: string, counts: MochaCounts, seconds: number): string {
  return `${suite}: ${counts.passed} passed, ${counts.failed} failed, ${counts.pending} pending (${seconds.toFixed(1)}s)`;
}

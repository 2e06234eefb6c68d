// Runs a Node script as a child process and measures what a user would: wall time from spawn to
// exit, and the child's peak resident memory (read inside the child by usageReport.ts at exit).
// Also its CPU time, which other work on a shared machine disturbs far less than wall time.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export interface ChildRun {
  wallMs: number;
  /** User and system CPU time of the child, all its threads together. */
  cpuMs: number;
  /** Peak resident set size of the child process, all its threads together. */
  maxRssBytes: number;
  stdout: string;
}

const USAGE_REPORT = path.join(__dirname, 'usageReport.js');

/** Runs `node script ...args`; stdout is kept only when asked (the CLI's JSON of 10 MB is not). */
export function runNode(args: string[], keepStdout = false): ChildRun {
  const usageFile = path.join(os.tmpdir(), `bench-usage-${process.pid}-${Date.now()}.json`);
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', USAGE_REPORT, ...args], {
    stdio: ['ignore', keepStdout ? 'pipe' : 'ignore', 'pipe'],
    env: { ...process.env, BENCH_USAGE_FILE: usageFile },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) {
    throw new Error(`node ${args.join(' ')} exited with ${result.status ?? result.signal}: ${result.stderr?.slice(-2000)}`);
  }
  const usage = JSON.parse(fs.readFileSync(usageFile, 'utf8')) as { maxRssKb: number; cpuUs: number };
  fs.rmSync(usageFile, { force: true });
  return { wallMs, cpuMs: usage.cpuUs / 1000, maxRssBytes: usage.maxRssKb * 1024, stdout: result.stdout ?? '' };
}

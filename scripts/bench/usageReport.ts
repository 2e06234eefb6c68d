// Preloaded into every child the bench runs (node --require): writes the process's peak resident
// memory and CPU time to BENCH_USAGE_FILE when it exits, so the CLI itself needs no bench code.
import * as fs from 'fs';

process.on('exit', () => {
  const file = process.env.BENCH_USAGE_FILE;
  const usage = process.resourceUsage();
  if (file) fs.writeFileSync(file, JSON.stringify({ maxRssKb: usage.maxRSS, cpuUs: usage.userCPUTime + usage.systemCPUTime }));
});

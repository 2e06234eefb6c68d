// Runs the end-to-end checks (test/e2e/*.test.ts): each suite starts code-server and Chromium itself
// through test/e2e/workbench.ts; this runner only collects the files, runs mocha and reports.
//
//   node out/test/runners/run-e2e.js [--grep PATTERN]
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { REPO_ROOT } from './codeServer';
import { summaryLine } from './mochaCounts';

const E2E_DIR = path.join(REPO_ROOT, 'out', 'test', 'e2e');

function main(): void {
  const files = fs.existsSync(E2E_DIR)
    ? fs.readdirSync(E2E_DIR).filter((name) => name.endsWith('.test.js')).sort().map((name) => path.join(E2E_DIR, name))
    : [];
  if (files.length === 0) {
    console.error(`e2e: no tests in ${path.relative(REPO_ROOT, E2E_DIR)}; run npm run compile-tests`);
    process.exit(1);
  }
  const grepAt = process.argv.indexOf('--grep');
  const mocha = new Mocha({ reporter: 'spec', timeout: 120_000, ...(grepAt >= 0 ? { grep: process.argv[grepAt + 1] } : {}) });
  files.forEach((file) => mocha.addFile(file));
  const started = Date.now();
  const runner = mocha.run((failures) => {
    const stats = runner.stats ?? { passes: 0, failures, pending: 0 };
    const counts = { passed: stats.passes, failed: stats.failures, pending: stats.pending };
    console.log(summaryLine('e2e', counts, (Date.now() - started) / 1000));
    if (counts.passed + counts.failed === 0) console.error('e2e: no tests ran');
    process.exit(failures > 0 || counts.passed === 0 ? 1 : 0);
  });
}

main();

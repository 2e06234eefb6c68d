// Runs test/integration inside the real extension host of code-server: Chromium opens the web
// workbench with the repository as development extension and out/test/integration/index.js as the
// tests entry; the smoke-test driver hands us the host's console and its exit code.
//
//   node out/test/runners/run-integration.js [--grep PATTERN] [--timeout SECONDS] [--suite perf]
//
// --suite perf runs test/perf instead (the extension-host measurements of `npm run bench`).
import * as fs from 'fs';
import * as path from 'path';
import { inspect } from 'util';
import { launchChromium, remoteUri, workbenchUrl } from './browser';
import { CodeServer, REPO_ROOT, startCodeServer, stopOnSignals, tail } from './codeServer';
import { copyIntegrationWorkspace } from './fixtures';
import { countFromOutput, summaryLine } from './mochaCounts';

const SUITE = option('suite') ?? 'integration';
const TESTS_ENTRY = path.join(REPO_ROOT, 'out', 'test', SUITE, 'index.js');

/** Workbench chatter that is harmless here (no gallery, connection set-up); kept in the full log only. */
const NOISE = new RegExp(
  [
    'ENOTFOUND open-vsx\\.org',
    '^Resolv(ing|ed) connection token',
    '^Creating a socket',
    '^\\[(reconnection-grace-time|Service Worker|AgentHost:remote|AccountPolicyGate)\\]',
    '^Updating additional builtin extensions cache',
  ].join('|'),
);

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function runSuite(server: CodeServer, timeoutSeconds: number): Promise<{ exitCode: number; output: string }> {
  const workspace = copyIntegrationWorkspace(server.root);
  const extensionEnvironment: Record<string, string> = {};
  const grep = option('grep');
  if (grep) extensionEnvironment.MOCHA_GREP = grep;
  if (process.stdout.isTTY) extensionEnvironment.MOCHA_COLORS = '1';
  const url = workbenchUrl(server, workspace, [
    ['extensionDevelopmentPath', remoteUri(server, REPO_ROOT)],
    ['extensionTestsPath', remoteUri(server, TESTS_ENTRY)],
    ['skipWelcome', 'true'],
    ['extensionEnvironment', JSON.stringify(extensionEnvironment)],
  ]);

  const context = await launchChromium(server);
  // Everything the workbench and host print, unfiltered, for diagnosing a failed run.
  const fullLog = fs.createWriteStream(path.join(REPO_ROOT, 'test-results', 'logs', `${SUITE}-workbench.log`));
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    let output = '';
    let finish: (code: number) => void = () => {};
    const exited = new Promise<number>((resolve) => (finish = resolve));
    await page.exposeFunction('codeAutomationLog', (level: string, message: unknown) => {
      // The host sends console arguments as an array; index.ts already formats mocha's into one string.
      const parts = Array.isArray(message) ? message : [message];
      const text = parts.map((part) => (typeof part === 'string' ? part : inspect(part))).join(' ');
      fullLog.write(`[${level}] ${text}\n`);
      output += `${text}\n`;
      if (!NOISE.test(text)) process.stdout.write(`${text}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => finish(code));
    await page.goto(url);

    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutSeconds * 1000)));
    const result = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (result === 'timeout') {
      const shot = path.join(REPO_ROOT, 'test-results', 'screenshots', 'integration-timeout.png');
      fs.mkdirSync(path.dirname(shot), { recursive: true });
      await page.screenshot({ path: shot }).catch(() => undefined);
      console.error(
        `integration: the extension host did not finish within ${timeoutSeconds}s (raise it with --timeout SECONDS).\n` +
          `Page screenshot: ${shot}\nLast lines of ${server.logFile}:\n${tail(server.logFile)}`,
      );
      return { exitCode: 1, output };
    }
    return { exitCode: result, output };
  } finally {
    fullLog.end();
    await context.close().catch(() => undefined);
  }
}

async function main(): Promise<number> {
  for (const required of [TESTS_ENTRY, path.join(REPO_ROOT, 'dist', 'extension.js')]) {
    if (!fs.existsSync(required)) {
      console.error(`integration: ${path.relative(REPO_ROOT, required)} is missing; run npm run build && npm run compile-tests`);
      return 1;
    }
  }
  const started = Date.now();
  const server = await startCodeServer({
    label: SUITE,
    extraArgs: ['--vscode-option', 'enable-smoke-test-driver'],
  });
  stopOnSignals(server.stop);
  try {
    const { exitCode, output } = await runSuite(server, Number(option('timeout') ?? 300));
    const counts = countFromOutput(output);
    console.log(summaryLine(SUITE, counts, (Date.now() - started) / 1000));
    if (counts.passed + counts.failed === 0) {
      console.error('integration: no tests ran (is out/test/integration/**/*.test.js empty, or did the host fail to load them?)');
      console.error(`Last lines of ${server.logFile}:\n${tail(server.logFile)}`);
      return 1;
    }
    if (exitCode !== 0 && counts.failed === 0) {
      console.error(`integration: the extension host exited with code ${exitCode}; see ${server.logFile}`);
    }
    return exitCode !== 0 || counts.failed > 0 ? 1 : 0;
  } finally {
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`integration: ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  },
);

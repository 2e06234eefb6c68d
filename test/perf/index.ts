// The tests entry of the extension-host perf suite, run only by `npm run bench` (through
// `run-integration.js --suite perf`), never by `npm test`: it measures, it does not judge speed.
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';

export function run(): Promise<void> {
  // mocha's export shape differs between the Node versions of VS Code's extension hosts.
  const loaded = require('mocha');
  const Mocha = loaded.Mocha || loaded.default || loaded;
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(util.format(...args));
  const mocha = new Mocha({ ui: 'bdd', timeout: 600_000 });
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.perf.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures: number) => (failures > 0 ? reject(new Error(`${failures} perf suite(s) failed`)) : resolve()));
  });
}

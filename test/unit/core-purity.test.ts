import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';

// src/core must run unchanged in the extension host, a browser build and the CLI, so it may import
// neither the editor API nor Node's built-in modules.
const coreDir = path.resolve(__dirname, '../../../src/core');
const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'util', 'stream', 'buffer', 'worker_threads', 'url', 'events'];
const NODE_GLOBALS = /\b(process\.|Buffer\.|__dirname|__filename|require\()/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

function importsOf(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    found.push(m[1] ?? m[2] ?? m[3]);
  }
  return found;
}

describe('src/core purity', () => {
  const files = sourceFiles(coreDir);

  it('has source files to check', () => assert.ok(files.length > 3));

  for (const file of files) {
    const rel = path.relative(coreDir, file);
    it(`${rel} imports neither vscode nor Node built-ins`, () => {
      const source = fs.readFileSync(file, 'utf8');
      for (const spec of importsOf(source)) {
        assert.notEqual(spec, 'vscode', `${rel} imports vscode`);
        const bare = spec.replace(/^node:/, '').split('/')[0];
        assert.ok(!spec.startsWith('node:') && !NODE_BUILTINS.includes(bare), `${rel} imports Node's ${spec}`);
      }
      const code = source.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
      assert.doesNotMatch(code, NODE_GLOBALS, `${rel} uses a Node-only global`);
    });
  }
});

import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '../../..');

describe('the .vsix contents', () => {
  // `vsce ls` lists exactly what `npm run package` puts in the .vsix, honouring .vscodeignore.
  const files = execFileSync(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

  it('carries the bundle, grammar, dictionary schema, media and manifest files', () => {
    for (const needed of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'language-configuration.json', 'dist/extension.js', 'dist/worker.js', 'dist/cli.js', 'syntaxes/briefing.tmLanguage.json', 'schemas/entities.schema.json']) {
      assert.ok(files.includes(needed), `${needed} is packaged`);
    }
  });

  it('carries no sources, tests, dependencies or source maps', () => {
    const stray = files.filter((f) => /^(src|test|out|node_modules|scripts|samples)\//.test(f) || f.endsWith('.map') || f.endsWith('.ts'));
    assert.deepEqual(stray, []);
  });

  it('stays under 2 MB before compression', () => {
    const bytes = files.reduce((sum, f) => sum + fs.statSync(path.join(root, f)).size, 0);
    assert.ok(bytes < 2 * 1024 * 1024, `${(bytes / 1024).toFixed(0)} KB`);
  });
});

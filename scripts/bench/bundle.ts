// Target: the bundle stays small, and the NLP library stays out of the extension host's main
// thread. Sizes as built by `npm run build`, and minified (what a .vsix ships); whether compromise
// is inside each bundle is read from its source map.
import { transformSync } from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';
import { BenchContext, REPO_ROOT } from './context';
import { heading, size, table } from './stats';

const BUNDLES = ['extension.js', 'worker.js', 'cli.js'];

/** Whether the bundle's source map lists compromise's modules; undefined without a map of this
 * build (a production build writes none, and leaves an older one behind). */
function containsCompromise(file: string): boolean | undefined {
  const map = `${file}.map`;
  if (!fs.existsSync(map) || fs.statSync(map).mtimeMs < fs.statSync(file).mtimeMs - 1000) return undefined;
  const sources = (JSON.parse(fs.readFileSync(map, 'utf8')) as { sources: string[] }).sources;
  return sources.some((source) => source.includes('node_modules/compromise/'));
}

export function bundle(ctx: BenchContext): void {
  heading('Bundles (dist/)');
  const rows: string[][] = [];
  for (const name of BUNDLES) {
    const file = path.join(REPO_ROOT, 'dist', name);
    if (!fs.existsSync(file)) {
      rows.push([`dist/${name}`, 'missing (npm run build)', '', '']);
      continue;
    }
    const code = fs.readFileSync(file, 'utf8');
    const minified = transformSync(code, { minify: true, loader: 'js', format: 'cjs' }).code;
    const compromise = containsCompromise(file);
    rows.push([`dist/${name}`, size(code.length), size(minified.length), compromise === undefined ? '?' : compromise ? 'yes' : 'no']);
  }
  table(['bundle', 'as built', 'minified', 'includes compromise'], rows);
  const extension = rows[0];
  ctx.verdict({
    target: 'Start-up: NLP library off the extension host main thread',
    goal: 'dist/extension.js without compromise',
    measured: extension[3] === 'no' ? 'not in dist/extension.js' : `compromise in dist/extension.js (${extension[2]} minified)`,
    pass: extension[3] === 'no' ? true : extension[3] === 'yes' ? false : undefined,
  });
}

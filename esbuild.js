// One build for the extension, its analysis worker and the CLI. `vscode` is provided by the editor at run time.
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

async function main() {
  const ctx = await esbuild.context({
    // The worker holds the engine and the NLP library; the extension bundle only talks to it.
    entryPoints: { extension: 'src/extension.ts', worker: 'src/engine/worker.ts', cli: 'src/cli.ts' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node18',
    outdir: 'dist',
    external: ['vscode'],
    // jsonc-parser's "main" is a UMD build whose inner require() calls esbuild cannot follow; its ES module build bundles.
    mainFields: ['module', 'main'],
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    logLevel: 'warning',
  });
  if (watch) {
    await ctx.watch();
    console.log('esbuild: watching for changes');
  } else {
    await ctx.rebuild();
    await ctx.dispose();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

// Target: 1,000 briefings of 5 KB indexed in under 20 s on two cores. The real builder
// (src/workspace/build.ts) with the real engine as the extension runs it: analyses on the worker
// engine's index lane, files read with Node's fs, 4 files in flight. Then the two cheap cases: a
// rebuild over an unchanged folder (the cache of the last session) and one file changed.
import * as fs from 'fs';
import * as path from 'path';
import { WorkerEngine } from '../../src/engine/workerEngine';
import { buildIndex, type BuildResult, type IndexSources } from '../../src/workspace/build';
import { serialiseCache } from '../../src/workspace/cache';
import type { IndexEntry } from '../../src/workspace/entry';
import { BenchContext, REPO_ROOT } from './context';
import { briefing } from './corpus';
import { Measured, heading, measure, ms, size, table } from './stats';

const WORKER = path.join(REPO_ROOT, 'dist', 'worker.js');
const FILES = 1000;
const FILE_CHARS = 5 * 1024;
/** What the extension's index service uses. */
const CONCURRENCY = 4;
const TARGET_MS = 20_000;

/** 1,000 different briefings; one in four a plain .txt that the builder must recognise by its opening. */
function writeFolder(ctx: BenchContext): string[] {
  const folder = path.join(ctx.dir, 'workspace');
  fs.mkdirSync(folder);
  return Array.from({ length: FILES }, (_, i) => {
    const file = path.join(folder, `note-${String(i).padStart(4, '0')}${i % 4 === 3 ? '.txt' : '.briefing.txt'}`);
    fs.writeFileSync(file, briefing(ctx.samples, i, FILE_CHARS));
    return file;
  });
}

function timedBuild(files: string[], sources: IndexSources, previous?: Map<string, IndexEntry>): Promise<Measured<BuildResult>> {
  return measure(() => buildIndex({ ...sources, files, previous, concurrency: CONCURRENCY }));
}

export async function workspaceIndex(ctx: BenchContext): Promise<void> {
  heading(`Workspace index: ${FILES} briefings of ${FILE_CHARS / 1024} KB, worker engine, ${CONCURRENCY} files in flight`);
  const files = writeFolder(ctx);
  const engine = new WorkerEngine(WORKER);
  // The engine unrefs its worker (it must never keep an editor from exiting): hold the bench open.
  const keepAlive = setInterval(() => undefined, 60_000);
  try {
    const sources: IndexSources = {
      stat: async (file) => {
        const stat = await fs.promises.stat(file);
        return { mtime: stat.mtimeMs, size: stat.size };
      },
      read: (file) => fs.promises.readFile(file),
      analyse: (text) => engine.analyzeText(text),
    };
    const full = await timedBuild(files, sources);
    const previous = new Map(full.value.entries.map((entry) => [entry.uri, entry]));
    const unchanged = await timedBuild(files, sources, previous);
    fs.appendFileSync(files[500], '\n\nThe talks resume in Geneva next week.\n');
    const one = await timedBuild(files, sources, previous);

    const briefings = full.value.entries.filter((e) => e.kind === 'briefing').length;
    const row = (label: string, { wallMs, cpuMs, value }: Measured<BuildResult>) =>
      [label, ms(wallMs), ms(cpuMs), String(value.analysed), String(value.reused), String(value.failed.length)];
    table(
      ['build', 'wall', 'CPU (all threads)', 'analysed', 'reused', 'failed'],
      [row('full (worker start included)', full), row('unchanged folder, previous index', unchanged), row('one file changed', one)],
    );
    console.log(
      `${briefings} of ${FILES} files indexed as briefings; ${(FILES / (full.wallMs / 1000)).toFixed(0)} files/s; ` +
        `cache file ${size(serialiseCache('bench', full.value.entries).length)}`,
    );
    ctx.verdict({
      target: `Workspace index, ${FILES} × ${FILE_CHARS / 1024} KB`,
      goal: '< 20 s',
      measured: `${ms(full.wallMs)} (CPU ${ms(full.cpuMs)}; ${briefings} briefings)`,
      pass: full.wallMs < TARGET_MS && briefings === FILES && full.value.failed.length === 0,
    });
  } finally {
    clearInterval(keepAlive);
    engine.dispose();
  }
}

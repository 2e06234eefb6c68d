// Who keeps the extension host's main thread busy: a sampling CPU profile (the inspector, 0.25 ms)
// taken while something is measured, cut into long tasks (runs of samples with no idle between
// them and one way in from the event loop), each with the share of its samples that have this extension's bundle on the stack. The
// host also runs VS Code's own work on a large document (link detection, port scans, other
// extensions): this tells that apart from ours.
import { Session } from 'inspector';
import * as path from 'path';
import { pathToFileURL } from 'url';

export interface LongTask {
  /** Milliseconds after the profile started. */
  at: number;
  ms: number;
  /** Share of the task's samples with dist/extension.js on the stack. */
  ours: number;
  /** Our function most often innermost on the stack (with its line in the bundle). */
  ourTop?: string;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const SAMPLING_INTERVAL_MS = 0.25;

/** This repository's bundle (other extensions ship a dist/extension.js too). */
const OUR_BUNDLE = pathToFileURL(path.resolve(__dirname, '..', '..', '..', 'dist', 'extension.js')).href;

export interface MainThreadProfile {
  longTasks: LongTask[];
  /** Time with this extension's bundle on the stack, all of it. */
  oursMs: number;
  /** The most of it in any one task, long or not, and our function most often on top in that task. */
  oursInOneTaskMs: number;
  oursInOneTaskTop?: string;
}

export async function profileMainThread(minMs: number): Promise<() => Promise<MainThreadProfile>> {
  const session = new Session();
  session.connect();
  const post = <T>(method: string, params: object = {}) =>
    new Promise<T>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))));
  await post('Profiler.enable');
  // Fine enough to catch the event loop idle between two turns (a timer due in 1 ms): at 1 ms, back-to-back
  // turns would often read as one task.
  await post('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_MS * 1000 });
  await post('Profiler.start');
  return async () => {
    const { profile } = await post<{ profile: Profile }>('Profiler.stop');
    session.disconnect();
    return summarise(profile, minMs);
  };
}

function summarise(profile: Profile, minMs: number): MainThreadProfile {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parents = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parents.set(child, n.id);
  /** The innermost frame of our bundle on the sample's stack. */
  const ourFrame = (id: number): ProfileNode | undefined => {
    for (let n: number | undefined = id; n !== undefined; n = parents.get(n)) {
      const node = nodes.get(n)!;
      if (node.callFrame.url === OUR_BUNDLE) return node;
    }
    return undefined;
  };
  const tasks: LongTask[] = [];
  let oursMs = 0;
  let oursInOneTaskMs = 0;
  let time = 0;
  let run: { start: number; end: number; ids: number[]; entry: number | undefined; ours: number } | undefined;
  let oursInOneTaskTop: string | undefined;
  /** Our function most often innermost on the stack in a run's samples. */
  const topOf = (ids: readonly number[]): string | undefined => {
    const counts = new Map<string, number>();
    for (const { callFrame } of ids.map(ourFrame).filter((n): n is ProfileNode => n !== undefined)) {
      const name = `${callFrame.functionName || '(anonymous)'} (dist/extension.js:${callFrame.lineNumber + 1})`;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  };
  const close = () => {
    if (run && run.ours > oursInOneTaskMs) [oursInOneTaskMs, oursInOneTaskTop] = [run.ours, topOf(run.ids)];
    if (run && run.end - run.start >= minMs) {
      tasks.push({ at: Math.round(run.start), ms: Math.round(run.end - run.start), ours: Math.min(1, run.ours / (run.end - run.start)), ourTop: topOf(run.ids) });
    }
    run = undefined;
  };
  /** The outermost JavaScript frame of the sample's stack: a task entered from the event loop keeps it
   * throughout (timers, a message from the workbench, an I/O callback). Undefined for the collector
   * and native work, which belong to whatever task they interrupt. */
  const rootId = profile.nodes[0]!.id;
  const entry = (id: number): number | undefined => {
    let n = id;
    while (parents.get(n) !== undefined && parents.get(n) !== rootId) n = parents.get(n)!;
    return nodes.get(n)!.callFrame.url === '' ? undefined : n;
  };
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] / 1000;
    time += delta;
    if (nodes.get(id)!.callFrame.functionName === '(idle)') return close();
    // Another entry from the event loop is another task, even with no idle sample between them (the
    // host had its next message waiting). Tasks entered the same way in a row stay one run: an upper bound.
    const from = entry(id);
    if (run && from !== undefined && run.entry !== undefined && from !== run.entry) close();
    // The time before a run's first sample was idle or another task's; on a loaded machine the sampler
    // itself may wait tens of milliseconds for a core, and that gap is not this task's.
    const own = run ? delta : Math.min(delta, SAMPLING_INTERVAL_MS);
    if (ourFrame(id)) oursMs += own;
    run ??= { start: time, end: time, ids: [], entry: from, ours: 0 };
    run.entry ??= from;
    if (ourFrame(id)) run.ours += own;
    run.end = time;
    run.ids.push(id);
  });
  close();
  return { longTasks: tasks, oursMs, oursInOneTaskMs, oursInOneTaskTop };
}

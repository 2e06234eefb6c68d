// Targets measured in the real extension host (code-server, driven through Chromium by the
// integration runner with `--suite perf`): hovers and Entities-view requests answered from the
// cache in under 5 ms (p99), judged on our providers' own time (VS Code's round trip to the
// workbench is printed beside it), activation under 50 ms, the host never blocked by an analysis,
// and an edit reflected within 100 ms of the debounce. test/perf/extensionHost.perf.ts measures;
// this prints and judges.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ExtensionHostResults, IDLE_WINDOW_MS, Percentiles, RESULTS_FILE, TreeTimes, RequestTimes } from '../../test/perf/results';
import { BenchContext, REPO_ROOT } from './context';
import { heading, ms, size, table } from './stats';

const RUNNER = path.join(REPO_ROOT, 'out', 'test', 'runners', 'run-integration.js');

function runPerfSuite(): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [RUNNER, '--suite', 'perf', '--timeout', '900'], { cwd: REPO_ROOT });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const HEADER = ['request', 'n', 'p50', 'p95', 'p99', 'max', 'CPU p50', 'CPU p99', 'in GC', 'p99 not in GC'];
const row = (label: string, p: Percentiles | RequestTimes) => [
  label, String(p.samples), ms(p.p50), ms(p.p95), ms(p.p99), ms(p.max),
  ...('cpu' in p ? [ms(p.cpu.p50), ms(p.cpu.p99), String(p.gcHit), ms(p.withoutGc.p99)] : []),
];

export async function extensionHost(ctx: BenchContext): Promise<void> {
  heading('Extension host (code-server): 1 MB briefing, hovers and Entities view from the cache, edits');
  fs.rmSync(RESULTS_FILE, { force: true });
  const { code, output } = await runPerfSuite();
  if (code !== 0 || !fs.existsSync(RESULTS_FILE)) {
    console.log(`not measured: the perf suite failed (exit ${code}). Last lines:\n${output.trimEnd().split('\n').slice(-25).join('\n')}`);
    ctx.verdict({ target: 'Extension host measurements', goal: 'suite runs', measured: 'failed', pass: undefined });
    return;
  }
  const r = JSON.parse(fs.readFileSync(RESULTS_FILE, 'utf8')) as ExtensionHostResults;
  console.log(`document: ${size(r.documentChars)} (${r.documentChars} characters); activation (activate() duration): ${ms(r.activationMs)}`);
  console.log(`longest extension-host stall with nothing to do (${IDLE_WINDOW_MS / 1000} s before opening): ${ms(r.longestStallMs.idle)}`);
  console.log(`open → editor shown: ${ms(r.openMs)}, longest extension-host stall meanwhile ${ms(r.longestStallMs.open)}`);
  console.log(`editor shown → analysis available: ${ms(r.analysisMs)}, longest extension-host stall meanwhile (and 1 s after) ${ms(r.longestStallMs.analysis)}`);
  console.log(`  the analysis event came at +${r.analysisEventAt} ms; main-thread tasks over 50 ms (CPU profile):`);
  for (const task of r.longTasks) {
    const who = task.ourTop ? `, mostly in ${task.ourTop}` : '';
    console.log(`  at +${task.at} ms: ${task.ms} ms, of which Briefing Lens code ${ms(task.ms * task.ours)}${who}`);
  }
  console.log(`  the most Briefing Lens code in any one task (long or not): ${ms(r.oursInOneTaskMs)}${r.oursInOneTaskTop ? `, mostly in ${r.oursInOneTaskTop}` : ''}`);
  const tree = r.entityTree;
  const after = r.entityTreeAfterEdits;
  console.log(
    '\nWall time of each request; CPU: the host process\' CPU time meanwhile (all its threads, garbage collection and compilation ' +
      'included), which a request waiting for a core on a busy machine does not add to; in GC: requests that a garbage-collection ' +
      'pause of the host\'s main thread fell into, and the p99 of the others.',
  );
  console.log(`Hovers at ${r.hoverProvider.samples} mentions spread through the document:`);
  table(HEADER, [
    row('our provider alone (provideHover via the test API)', r.hoverProvider),
    row('  the first hover after each edit (new analysis, new card)', r.hoverOnNewAnalysis),
    row('  building the position index of each of those analyses', r.indexBuild),
    row('vscode.executeHoverProvider (end to end)', r.hover),
    row('  the same in a .log document (no provider)', r.hoverWithoutProvider),
  ]);
  console.log(
    `the first hover on the opened briefing's analysis: ${ms(r.hoverProvider.firstMs)}; cards shown: ours ${r.hoverProvider.withCard}, ` +
      `end to end ${r.hover.withCard} of ${r.hover.samples}`,
  );
  console.log(
    `end to end minus the round trip with no provider, medians: ${ms(r.hover.p50 - r.hoverWithoutProvider.p50)}; ` +
      `our code's time on the host per end-to-end hover (CPU profile, mean): ${ms(r.hover.oursMeanMs)}`,
  );
  console.log(
    `\nEntities view (${tree.entities} entities, ${tree.mentions} mention rows), the TreeDataProvider asked as VS Code asks it, ` +
      `${tree.rounds} rounds (sort order changed between), mention rows in the first ${tree.entityRounds}:`,
  );
  const treeRows = (times: TreeTimes, first?: Percentiles) => [
    row('children of the root: getChildren + getTreeItem each', times.fetches.root),
    row('  getChildren()', times.calls.root),
    row('  getTreeItem(group)', times.calls.groupItem),
    row('children of a group: getChildren + getTreeItem each', times.fetches.group),
    row('  getChildren(group)', times.calls.group),
    row('  getTreeItem(entity)', times.calls.entityItem),
    row('children of an entity: getChildren + getTreeItem each', times.fetches.entity),
    ...(first ? [row('  the same, first walk (first on this analysis)', first)] : []),
    row('  getChildren(entity)', times.calls.entity),
    row('  getTreeItem(mention)', times.calls.mentionItem),
  ];
  table(HEADER, treeRows(tree, tree.firstEntityFetch));
  console.log(`\nThe same, first requests on each edit's new analysis (${after.fetches.root.samples} edits; mention rows of the three most mentioned entities of each group and every twentieth):`);
  table(HEADER, treeRows(after));
  console.log();
  table(HEADER, [
    row('one-paragraph edit: text change in the host (debounce starts, delay 0) → new analysis', r.changeToAnalysis),
    row('  the same from applyEdit (VS Code applying the edit included)', r.editToAnalysis),
  ]);
  const slowest = r.changeToAnalysisInOrder.map((ms, i) => ({ ms, i })).sort((a, b) => b.ms - a.ms).slice(0, 8);
  console.log(`the slowest edits (ms, #edit): ${slowest.map(({ ms, i }) => `${ms} (#${i + 1})`).join(', ')}`);

  ctx.verdict({
    target: 'Hover from cache, p99 (our provider)',
    goal: '< 5 ms',
    measured:
      `${ms(r.hoverProvider.p99)} (CPU ${ms(r.hoverProvider.cpu.p99)}, not in GC ${ms(r.hoverProvider.withoutGc.p99)}; ` +
      `end to end ${ms(r.hover.p99)}, no provider ${ms(r.hoverWithoutProvider.p99)})`,
    pass: r.hoverProvider.p99 < 5,
  });
  // A request for a row's children (with their tree items) is what VS Code waits for; the worst kind,
  // on the settled analysis or the first on a new one, counts.
  const fetches = [tree.fetches, after.fetches].flatMap((f) => [f.root, f.group, f.entity]);
  const worst = Math.max(...fetches.map((f) => f.p99));
  const p99s = (f: TreeTimes['fetches']) => `root ${ms(f.root.p99)}, group ${ms(f.group.p99)}, entity ${ms(f.entity.p99)}`;
  ctx.verdict({
    target: 'Entities view requests from cache, p99 (our provider)',
    goal: '< 5 ms',
    measured:
      `${ms(worst)} (walks: ${p99s(tree.fetches)}; after edits: ${p99s(after.fetches)}; ` +
      `CPU ≤ ${ms(Math.max(...fetches.map((f) => f.cpu.p99)))}, not in GC ≤ ${ms(Math.max(...fetches.map((f) => f.withoutGc.p99)))})`,
    pass: worst < 5,
  });
  ctx.verdict({ target: 'Activation (activate() duration)', goal: '< 50 ms', measured: ms(r.activationMs), pass: r.activationMs < 50 });
  // Our code's own time in any one task of the window (long or not): what Briefing Lens blocked the host for.
  const ours = r.oursInOneTaskMs;
  ctx.verdict({
    target: 'Host never blocks: our code in one task, 1 MB analysis',
    goal: '< 50 ms',
    measured: `${ms(ours)} (longest stall of any cause ${ms(r.longestStallMs.analysis)}, idle ${ms(r.longestStallMs.idle)})`,
    pass: ours < 50,
  });
  ctx.verdict({
    target: 'Edit reflected in the extension host, p95',
    goal: '≤ 100 ms after the debounce',
    measured: `${ms(r.changeToAnalysis.p95)} (p50 ${ms(r.changeToAnalysis.p50)}, max ${ms(r.changeToAnalysis.max)}; from applyEdit p95 ${ms(r.editToAnalysis.p95)})`,
    pass: r.changeToAnalysis.p95 <= 100,
  });
}

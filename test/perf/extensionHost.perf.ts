// Measures, in the real extension host, what a reader feels on a 1 MB briefing: activation, the
// time to its analysis and how long the host stalls meanwhile, hovers and Entities-view rows
// answered from the cache, and an edit reflected in the analysis. Writes results.ts's JSON.
// It judges nothing: the figures are printed and compared with the targets by `npm run bench`.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { digest, editSentence, proseParagraphStarts, readSamples, seededRandom } from '../../scripts/bench/corpus';
import type { Analysis } from '../../src/core/types';
import type { BriefingLensApi } from '../../src/features/api';
import { closeAllEditors, extensionApi, nextEvent, until, writeWorkspaceFile } from '../integration/support';
import { profileMainThread } from './mainThread';
import { ExtensionHostResults, IDLE_WINDOW_MS, Percentiles, RESULTS_FILE } from './results';

const DOCUMENT_CHARS = 1024 * 1024;
const HOVERS = 500;
const HOVERS_UNTIMED = 20;
const TREE_READS = 500;
const EDITS = 20;
const AFTER_ANALYSIS_WINDOW_MS = 1000;

function percentiles(times: number[]): Percentiles {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return { samples: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted[sorted.length - 1] };
}

async function timed<T>(fn: () => Thenable<T> | T): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

/** Watches the host's event loop until stopped: the longest gap beyond a 10 ms timer's period. */
function stallMonitor(): () => { longest: number } {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 10);
    last = now;
  }, 10);
  return () => {
    clearInterval(timer);
    return { longest };
  };
}

const hover = (uri: vscode.Uri, position: vscode.Position) =>
  vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);

/** Times one hover request at each position, after a few untimed ones (JIT, first card rendering). */
async function timeHovers(uri: vscode.Uri, positions: vscode.Position[]): Promise<{ times: number[]; withCard: number }> {
  for (const position of positions.slice(0, HOVERS_UNTIMED)) await hover(uri, position);
  const times: number[] = [];
  let withCard = 0;
  for (const position of positions) {
    const [ms, hovers] = await timed(() => hover(uri, position));
    times.push(ms);
    if (hovers.length > 0) withCard++;
  }
  return { times, withCard };
}

describe('extension host performance', function () {
  this.timeout(600_000);
  const config = () => vscode.workspace.getConfiguration('briefingLens');
  const text = digest(readSamples(), DOCUMENT_CHARS);
  const results: Partial<ExtensionHostResults> = { documentChars: text.length };
  let api: BriefingLensApi;
  let document: vscode.TextDocument;
  let analysis: Analysis;

  before(async () => {
    api = await extensionApi();
    results.activationMs = api.activationMs;
    await config().update('maxDocumentSize', 50 * DOCUMENT_CHARS, vscode.ConfigurationTarget.Global);
    await config().update('analysisDelay', 0, vscode.ConfigurationTarget.Global);
    // The runner's workspace settings point the index at its own fixtures folder, not at the files
    // this suite writes; its first build is over before anything is measured.
    await api.workspaceIndex.settled();
  });
  after(async () => {
    await config().update('maxDocumentSize', undefined, vscode.ConfigurationTarget.Global);
    await config().update('analysisDelay', undefined, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
    fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
    fs.writeFileSync(RESULTS_FILE, JSON.stringify(results, null, 2));
  });

  it('opens and analyses a 1 MB briefing', async () => {
    const uri = await writeWorkspaceFile('perf-digest-1mb.briefing.txt', text);
    // Measuring windows, not waits for something: the event loop with nothing to do, and what the
    // features do once the analysis arrives (tokens, views, status bar).
    const idle = stallMonitor();
    await new Promise((resolve) => setTimeout(resolve, IDLE_WINDOW_MS));
    const idleLongest = idle().longest;

    const event = nextEvent('the analysis event', api.onDidAnalyse, (e) => e.uri.toString() === uri.toString(), 300_000).then(() => performance.now());
    let stopMonitor = stallMonitor();
    const [openMs, editor] = await timed(async () => vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri)));
    const open = stopMonitor().longest;
    document = editor.document;
    const stopProfile = await profileMainThread(50);
    stopMonitor = stallMonitor();
    const shown = performance.now();
    [results.analysisMs, analysis] = await timed(() =>
      until('the 1 MB briefing to be analysed', async () => {
        const current = await api.analysisOf(document);
        return current !== undefined && current.entities.length > 0 && current;
      }, 300_000),
    );
    results.analysisEventAt = Math.round((await event) - shown);
    await new Promise((resolve) => setTimeout(resolve, AFTER_ANALYSIS_WINDOW_MS));
    results.longestStallMs = { idle: idleLongest, open, analysis: stopMonitor().longest };
    results.longTasks = (await stopProfile()).longTasks;
    results.openMs = openMs;
  });

  it('answers hovers at mentions, and the same requests where no provider answers', async () => {
    // Mentions spread evenly through the document, each hovered in its middle.
    const mentions = analysis.entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
    const positions = Array.from({ length: HOVERS }, (_, i) => {
      const m = mentions[Math.floor((i * mentions.length) / HOVERS)];
      return document.positionAt(Math.floor((m.start + m.end) / 2));
    });
    const stopProfile = await profileMainThread(50);
    const cards = await timeHovers(document.uri, positions);
    const { oursMs } = await stopProfile();
    results.hover = { ...percentiles(cards.times), withCard: cards.withCard, oursMeanMs: oursMs / (cards.times.length + HOVERS_UNTIMED) };
    const plain = await vscode.workspace.openTextDocument(await writeWorkspaceFile('perf-digest-1mb.log', text));
    results.hoverWithoutProvider = percentiles((await timeHovers(plain.uri, positions)).times);
    assert.ok(cards.withCard > HOVERS / 2, `hovers at mentions show a card (${cards.withCard} of ${HOVERS})`);
  });

  it('lists the Entities view rows from the cache', async () => {
    const tree = await until('the Entities view to list the briefing', () => {
      const snapshot = api.entityTree.snapshot();
      return snapshot.uri === document.uri.toString() && snapshot.groups.length === 3 && snapshot.groups[0].entities.length > 0 && snapshot;
    });
    const times: number[] = [];
    for (let i = 0; i < TREE_READS; i++) times.push((await timed(() => api.entityTree.snapshot()))[0]);
    results.entityTree = { ...percentiles(times), rows: tree.groups.reduce((n, g) => n + g.entities.length, 0) };
  });

  it('reflects one-paragraph edits in the analysis', async () => {
    // A sentence naming someone new, added to the start of a paragraph chosen at random.
    const random = seededRandom(4);
    const paragraphs = proseParagraphStarts(document.getText());
    const times: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const at = document.positionAt(paragraphs[Math.floor(random() * paragraphs.length)]);
      const analysed = nextEvent('the edited version analysed', api.onDidAnalyse, (e) => e.uri.toString() === document.uri.toString() && e.version === document.version, 300_000);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(document.uri, at, `${editSentence(i)} `);
      const [ms] = await timed(async () => {
        assert.ok(await vscode.workspace.applyEdit(edit));
        await analysed;
      });
      times.push(ms);
    }
    results.editToAnalysis = percentiles(times);
    await document.save();
  });
});

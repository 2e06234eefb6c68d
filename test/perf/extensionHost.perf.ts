// Measures, in the real extension host, what a reader feels on a 1 MB briefing: activation, the
// time to its analysis and how long the host stalls meanwhile, hovers and Entities-view rows
// answered from the cache, and an edit reflected in the analysis. Writes results.ts's JSON.
// It judges nothing: the figures are printed and compared with the targets by `npm run bench`.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { digest, editSentence, readSamples, seededRandom } from '../../scripts/bench/corpus';
import type { BriefingLensApi } from '../../src/features/api';
import { EXTENSION_ID, closeAllEditors, nextEvent, until, writeWorkspaceFile } from '../integration/support';
import { ExtensionHostResults, Percentiles, RESULTS_FILE } from './results';

const DOCUMENT_CHARS = 1024 * 1024;
const HOVERS = 500;
const TREE_READS = 500;
const EDITS = 10;

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

/** Watches the host's event loop: the longest gap beyond a 10 ms timer's period. */
function stallMonitor(): () => number {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 10);
    last = now;
  }, 10);
  return () => {
    clearInterval(timer);
    return longest;
  };
}

describe('extension host performance', function () {
  this.timeout(600_000);
  const config = () => vscode.workspace.getConfiguration('briefingLens');
  after(async () => {
    await config().update('maxDocumentSize', undefined, vscode.ConfigurationTarget.Global);
    await config().update('analysisDelay', undefined, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
  });

  it('measures a 1 MB briefing: activation, analysis, hovers, Entities view, edits', async () => {
    const extension = vscode.extensions.getExtension<BriefingLensApi & { activationMs?: number }>(EXTENSION_ID);
    assert.ok(extension);
    const wasActive = extension.isActive;
    const [activateCallMs, api] = await timed(() => extension.activate());
    await config().update('maxDocumentSize', 50 * DOCUMENT_CHARS, vscode.ConfigurationTarget.Global);
    await config().update('analysisDelay', 0, vscode.ConfigurationTarget.Global);

    const uri = await writeWorkspaceFile('perf-digest-1mb.briefing.txt', digest(readSamples(), DOCUMENT_CHARS));
    const stalls = stallMonitor();
    const [openToAnalysisMs, { document, analysis }] = await timed(async () => {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const analysis = await until(
        'the 1 MB briefing to be analysed',
        async () => {
          const current = await api.analysisOf(editor.document);
          return current !== undefined && current.entities.length > 0 && current;
        },
        300_000,
      );
      return { document: editor.document, analysis };
    });
    const longestStallMs = stalls();

    // Mentions spread evenly through the document, each hovered in its middle.
    const mentions = analysis.entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
    const step = mentions.length / HOVERS;
    const positions = Array.from({ length: HOVERS }, (_, i) => {
      const m = mentions[Math.floor(i * step)];
      return document.positionAt(Math.floor((m.start + m.end) / 2));
    });
    const hover = (position: vscode.Position) =>
      vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
    for (const position of positions.slice(0, 20)) await hover(position); // JIT and first card rendering
    const hoverTimes: number[] = [];
    let withCard = 0;
    for (const position of positions) {
      const [ms, hovers] = await timed(() => hover(position));
      hoverTimes.push(ms);
      if (hovers.length > 0) withCard++;
    }

    const tree = await until('the Entities view to show the briefing', () => {
      const snapshot = api.entityTree.snapshot();
      return snapshot.uri === uri.toString() && snapshot.groups.length === 3 && snapshot;
    });
    const treeTimes: number[] = [];
    for (let i = 0; i < TREE_READS; i++) treeTimes.push((await timed(() => api.entityTree.snapshot()))[0]);

    // One-paragraph edits: a sentence naming someone new, added to a paragraph chosen at random.
    const random = seededRandom(4);
    const paragraphs = [...document.getText().matchAll(/\n\n(?=\S)/g)].map((m) => m.index! + 2);
    const editTimes: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const at = document.positionAt(paragraphs[Math.floor(random() * paragraphs.length)]);
      const analysed = nextEvent('the edited version analysed', api.onDidAnalyse, (e) => e.uri.toString() === uri.toString() && e.version === document.version, 300_000);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, at, `${editSentence(i)} `);
      const [ms] = await timed(async () => {
        assert.ok(await vscode.workspace.applyEdit(edit));
        await analysed;
      });
      editTimes.push(ms);
    }
    await document.save();

    const results: ExtensionHostResults = {
      documentChars: document.getText().length,
      activationMs: api.activationMs,
      activateCallMs: wasActive ? undefined : activateCallMs,
      openToAnalysisMs,
      longestStallMs,
      hover: { ...percentiles(hoverTimes), withCard },
      entityTree: { ...percentiles(treeTimes), rows: tree.groups.reduce((n, g) => n + g.entities.length, 0) },
      editToAnalysis: percentiles(editTimes),
    };
    fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
    fs.writeFileSync(RESULTS_FILE, JSON.stringify(results, null, 2));
    assert.ok(withCard > HOVERS / 2, `hovers at mentions show a card (${withCard} of ${HOVERS})`);
  });
});

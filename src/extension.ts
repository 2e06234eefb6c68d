// Composes the extension: builds the shared services, registers each feature, and hands every
// disposable to VS Code. Nothing else lives here.
import * as vscode from 'vscode';
import { WorkerEngine } from './engine/workerEngine';
import { DocumentAnalyses } from './features/analyses';
import { createApi, type BriefingLensApi } from './features/api';
import { registerCommands } from './features/commands';
import { registerCorrections } from './features/corrections';
import { DictionaryStore } from './features/dictionaryStore';
import { registerEntityTree } from './features/entityTree/entityTree';
import { registerHover } from './features/hover';
import { OUTPUT_CHANNEL } from './features/ids';
import { PlainTextChoices, registerLanguageDetection } from './features/languageMode';
import { registerNavigation } from './features/navigation';
import { registerOutline } from './features/outline';
import { registerSemanticTokens } from './features/semanticTokens';
import { Settings } from './features/settings';
import { registerStatusBar } from './features/statusBar';
import { registerWorkspaceIndex } from './features/workspace/register';

export function activate(context: vscode.ExtensionContext): BriefingLensApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel(OUTPUT_CHANNEL, { log: true });
  const settings = new Settings();
  const dictionary = new DictionaryStore(settings, log);
  // The worker starts with the first analysis, not here.
  const engine = new WorkerEngine(vscode.Uri.joinPath(context.extensionUri, 'dist', 'worker.js').fsPath);
  const analyses = new DocumentAnalyses(settings, log, dictionary, engine);
  const choices = new PlainTextChoices(context.workspaceState);
  const deps = { analyses, settings, log, choices, dictionary, engine };
  const entityTree = registerEntityTree(deps);
  // Builds in the background, after activation: nothing here waits for the files.
  const workspaceIndex = registerWorkspaceIndex({ ...deps, entityTree, context });

  context.subscriptions.push(
    settings,
    dictionary,
    analyses,
    entityTree,
    workspaceIndex,
    registerLanguageDetection(deps),
    registerSemanticTokens(deps),
    registerHover(deps),
    registerOutline(deps),
    registerNavigation(deps),
    registerStatusBar(deps),
    registerCorrections(deps),
    registerCommands({ ...deps, entityTree }),
    // Disposed in this order: the engine and the log outlast everything that may still call them.
    { dispose: () => engine.dispose() },
    log,
  );

  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms`);
  return createApi(analyses, entityTree, dictionary, engine, workspaceIndex.api, activationMs);
}

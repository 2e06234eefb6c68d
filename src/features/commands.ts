// Every command the extension contributes, in one table of ids and handlers.
import * as vscode from 'vscode';
import { entityById, mentionAt } from '../core/lookup';
import type { Entity } from '../core/types';
import { isBriefing, type DocumentAnalyses } from './analyses';
import { correctionCommands } from './corrections';
import type { DictionaryStore } from './dictionaryStore';
import type { EntityTree } from './entityTree/entityTree';
import { Command, LANGUAGE_ID, PLAIN_TEXT_ID, type CommandId } from './ids';
import type { PlainTextChoices } from './languageMode';
import { locationOf, rangeOf } from './ranges';

export interface CommandDeps {
  analyses: DocumentAnalyses;
  entityTree: EntityTree;
  choices: PlainTextChoices;
  dictionary: DictionaryStore;
  log: vscode.LogOutputChannel;
}

interface Target {
  document: vscode.TextDocument;
  entity: Entity;
}

async function openDocument(uri: string): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
}

/**
 * The entity a command is about: from its arguments (hover links pass the document and entity id),
 * or else the mention under the cursor of the active briefing (the Command Palette passes nothing).
 */
async function resolveTarget(analyses: DocumentAnalyses, uri?: string, entityId?: string): Promise<Target | undefined> {
  if (typeof uri === 'string' && typeof entityId === 'string') {
    const document = await openDocument(uri);
    const analysis = await analyses.ofCurrentVersion(document);
    const entity = analysis && entityById(analysis, entityId);
    return entity && { document, entity };
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isBriefing(editor.document)) return undefined;
  const offset = editor.document.offsetAt(editor.selection.active);
  const analysis = await analyses.ofCurrentVersion(editor.document);
  const hit = analysis && mentionAt(analysis, analyses.textOf(editor.document, analysis), offset);
  return hit && { document: editor.document, entity: hit.entity };
}

/** Where a row of the Entities view pointed, for finding its mention in a newer version. */
interface MentionRowRef {
  version: number;
  entityId: string;
  mentionIndex: number;
}

/** The row's mention in the document's current analysis, waiting for edits to settle. */
async function currentSpan(analyses: DocumentAnalyses, document: vscode.TextDocument, row: MentionRowRef) {
  const source = new vscode.CancellationTokenSource();
  try {
    const analysis = await analyses.current(document, source.token);
    return entityById(analysis, row.entityId)?.mentions[row.mentionIndex];
  } catch {
    return undefined; // superseded again or closed: the row's own offsets are the best guess left
  } finally {
    source.dispose();
  }
}

function inform(message: string): undefined {
  void vscode.window.showInformationMessage(`Briefing Lens: ${message}`);
  return undefined;
}

/** A failing command is reported once, in our own words, with the details in the output channel. */
function guarded(id: CommandId, handler: (...args: any[]) => unknown, log: vscode.LogOutputChannel) {
  return async (...args: unknown[]) => {
    try {
      return await handler(...args);
    } catch (error) {
      log.error(`Command ${id} failed:`, error instanceof Error ? error : String(error));
      void vscode.window.showErrorMessage(`Briefing Lens: ${id} failed; the "Briefing Lens" output has the details.`);
      return undefined;
    }
  };
}

export function registerCommands(deps: CommandDeps): vscode.Disposable {
  const { analyses, entityTree, choices, log } = deps;

  const readAs = async (languageId: string) => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) return inform('open a text file first.');
    await choices.set(document.uri, languageId === PLAIN_TEXT_ID);
    await vscode.languages.setTextDocumentLanguage(document, languageId);
  };

  // Handlers that act on an entity return its id, so callers (and tests) can tell what they did.
  const handlers: Record<CommandId, (...args: any[]) => unknown> = {
    [Command.readAsBriefing]: () => readAs(LANGUAGE_ID),
    [Command.readAsPlainText]: () => readAs(PLAIN_TEXT_ID),

    [Command.showAllMentions]: async (uri?: string, entityId?: string) => {
      const target = await resolveTarget(analyses, uri, entityId);
      if (!target) return inform('place the cursor on a highlighted name first.');
      const { document, entity } = target;
      const editor = await vscode.window.showTextDocument(document, { preserveFocus: false });
      const inMention = entity.mentions.some((m) => rangeOf(document, m).contains(editor.selection.active));
      const anchor = inMention ? editor.selection.active : document.positionAt(entity.mentions[0].start);
      await vscode.commands.executeCommand(
        'editor.action.showReferences',
        document.uri,
        anchor,
        entity.mentions.map((m) => locationOf(document, m)),
      );
      return entity.id;
    },

    [Command.revealEntity]: async (uri?: string, entityId?: string) => {
      const target = await resolveTarget(analyses, uri, entityId);
      if (!target) return inform('place the cursor on a highlighted name first.');
      const revealed = await entityTree.revealEntity(target.document.uri.toString(), target.entity.id);
      return revealed ? target.entity.id : inform(`${target.entity.name} is not in the Entities view.`);
    },

    [Command.revealMention]: async (uri: string, start: number, end: number, row?: MentionRowRef) => {
      const document = await openDocument(uri);
      const span = row && row.version !== document.version ? (await currentSpan(analyses, document, row)) ?? { start, end } : { start, end };
      const range = rangeOf(document, span);
      await vscode.window.showTextDocument(document, { selection: range, preserveFocus: false });
    },

    [Command.sortByName]: () => entityTree.setSortOrder('name'),
    [Command.sortByFrequency]: () => entityTree.setSortOrder('frequency'),

    // A keybinding (or a test) may pass the text; otherwise ask for it.
    [Command.filterEntities]: async (text?: string) => {
      if (typeof text === 'string') return entityTree.setFilter(text);
      const filter = await vscode.window.showInputBox({
        title: 'Filter Entities',
        prompt: 'Show only entities whose name, alias or role contains this text',
        value: entityTree.currentFilter,
      });
      if (filter !== undefined) entityTree.setFilter(filter);
    },

    [Command.clearEntityFilter]: () => entityTree.setFilter(''),

    [Command.analyseAnyway]: async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document || !isBriefing(document)) return inform('open a briefing first.');
      const analysis = await analyses.analyseAnyway(document);
      return analysis?.entities.length;
    },

    ...correctionCommands(deps),
  };

  return vscode.Disposable.from(
    ...Object.entries(handlers).map(([id, handler]) =>
      vscode.commands.registerCommand(id, guarded(id as CommandId, handler, log)),
    ),
  );
}

// Every command the extension contributes, in one table of ids and handlers.
import * as vscode from 'vscode';
import { entityById, mentionAt } from '../core/lookup';
import type { Entity } from '../core/types';
import { isBriefing, type DocumentAnalyses } from './analyses';
import type { EntityTree } from './entityTree/entityTree';
import { Command, LANGUAGE_ID, PLAIN_TEXT_ID, type CommandId } from './ids';
import type { PlainTextChoices } from './languageMode';
import { locationOf, rangeOf } from './ranges';

export interface CommandDeps {
  analyses: DocumentAnalyses;
  entityTree: EntityTree;
  choices: PlainTextChoices;
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
 * or else the mention under the cursor of the active briefing.
 */
async function resolveTarget(analyses: DocumentAnalyses, uri?: string, entityId?: string): Promise<Target | undefined> {
  if (typeof uri === 'string' && typeof entityId === 'string') {
    const document = await openDocument(uri);
    const entity = entityById(analyses.get(document), entityId);
    return entity && { document, entity };
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isBriefing(editor.document)) return undefined;
  const hit = mentionAt(analyses.get(editor.document), editor.document.offsetAt(editor.selection.active));
  return hit && { document: editor.document, entity: hit.entity };
}

function informNoEntity(): void {
  void vscode.window.showInformationMessage('Briefing Lens: place the cursor on a highlighted name first.');
}

export function registerCommands(deps: CommandDeps): vscode.Disposable {
  const { analyses, entityTree, choices } = deps;

  const handlers: Record<CommandId, (...args: any[]) => unknown> = {
    [Command.readAsBriefing]: async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document) return;
      await choices.set(document.uri, false);
      await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
    },

    [Command.readAsPlainText]: async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document) return;
      await choices.set(document.uri, true);
      await vscode.languages.setTextDocumentLanguage(document, PLAIN_TEXT_ID);
    },

    [Command.showAllMentions]: async (uri?: string, entityId?: string) => {
      const target = await resolveTarget(analyses, uri, entityId);
      if (!target) return informNoEntity();
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
    },

    [Command.revealEntity]: async (uri?: string, entityId?: string) => {
      const target = await resolveTarget(analyses, uri, entityId);
      if (!target) return informNoEntity();
      await entityTree.revealEntity(target.document.uri.toString(), target.entity.id);
    },

    [Command.revealMention]: async (uri: string, start: number, end: number) => {
      const document = await openDocument(uri);
      const range = rangeOf(document, { start, end });
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
  };

  return vscode.Disposable.from(
    ...Object.entries(handlers).map(([id, handler]) => vscode.commands.registerCommand(id, handler)),
  );
}

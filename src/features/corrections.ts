// Quick fixes on names in a briefing: Mark as person / organization / place, Not an entity,
// Same as…, Add to / Remove from watchlist. Each is a command that writes the corrections dictionary
// (the workspace file, or the user setting with no folder open); the dictionary store's change then
// re-applies the corrections to every open briefing. The briefing itself is never edited.
import * as vscode from 'vscode';
import { DictionaryEditError } from '../core/corrections';
import { entityById } from '../core/lookup';
import type { Analysis, EntityType } from '../core/types';
import type { DocumentAnalyses } from './analyses';
import { isBriefing } from './analyses';
import {
  applyCorrection,
  type Correction,
  correctionTarget,
  type CorrectionTarget,
  offeredCorrections,
  type OfferedCorrection,
  sameAsCandidates,
} from './correctionActions';
import type { DictionaryStore } from './dictionaryStore';
import { Command, LANGUAGE_ID } from './ids';

export interface CorrectionDeps {
  analyses: DocumentAnalyses;
  dictionary: DictionaryStore;
}

const MARK_COMMANDS: Record<EntityType, CorrectionCommandId> = {
  person: Command.markAsPerson,
  organization: Command.markAsOrganization,
  place: Command.markAsPlace,
};

type CorrectionCommandId =
  | typeof Command.markAsPerson
  | typeof Command.markAsOrganization
  | typeof Command.markAsPlace
  | typeof Command.markNotEntity
  | typeof Command.sameAs
  | typeof Command.addToWatchlist
  | typeof Command.removeFromWatchlist
  | typeof Command.openDictionary;

function commandOf(offer: OfferedCorrection): CorrectionCommandId {
  switch (offer.kind) {
    case 'markAs':
      return MARK_COMMANDS[offer.type!];
    case 'notEntity':
      return Command.markNotEntity;
    case 'sameAs':
      return Command.sameAs;
    case 'watch':
      return Command.addToWatchlist;
    case 'unwatch':
      return Command.removeFromWatchlist;
  }
}

class CorrectionActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly analyses: DocumentAnalyses) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range, _context: vscode.CodeActionContext, token: vscode.CancellationToken) {
    const analysis = await this.analyses.current(document, token);
    const target = correctionTarget(analysis, this.analyses.textOf(document, analysis), document.offsetAt(range.start), document.offsetAt(range.end));
    if (!target) return [];
    return offeredCorrections(target, analysis).map((offer) => {
      const action = new vscode.CodeAction(offer.title, vscode.CodeActionKind.QuickFix);
      action.command = { title: offer.title, command: commandOf(offer), arguments: [document.uri.toString(), target.start, target.end] };
      return action;
    });
  }
}

export function registerCorrections(deps: CorrectionDeps): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider({ language: LANGUAGE_ID }, new CorrectionActions(deps.analyses), CorrectionActions.metadata);
}

function inform(message: string): undefined {
  void vscode.window.showInformationMessage(`Briefing Lens: ${message}`);
  return undefined;
}

/** What a correction command acted on and where it wrote, for callers and tests. */
export interface CorrectionResult {
  name: string;
  /** The dictionary file's URI, or "setting". */
  dictionary: string;
}

interface Located {
  document: vscode.TextDocument;
  analysis: Analysis;
  target: CorrectionTarget;
}

/** The name a command is about: from its arguments (the quick fixes pass them), else the active editor's selection. */
async function locate(analyses: DocumentAnalyses, uri?: string, start?: number, end?: number): Promise<Located | undefined> {
  let document: vscode.TextDocument;
  let from: number;
  let to: number;
  if (typeof uri === 'string' && typeof start === 'number' && typeof end === 'number') {
    document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    [from, to] = [start, end];
  } else {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isBriefing(editor.document)) return undefined;
    document = editor.document;
    [from, to] = [document.offsetAt(editor.selection.start), document.offsetAt(editor.selection.end)];
  }
  const analysis = await analyses.ofCurrentVersion(document);
  const target = analysis && correctionTarget(analysis, analyses.textOf(document, analysis), from, to);
  return target && { document, analysis, target };
}

async function pickOther(analysis: Analysis, target: CorrectionTarget, otherId?: string) {
  if (typeof otherId === 'string') return entityById(analysis, otherId);
  const items = sameAsCandidates(analysis, target).map((entity) => ({
    label: entity.name,
    description: `${entity.type} · ${entity.mentions.length} ${entity.mentions.length === 1 ? 'mention' : 'mentions'}`,
    entity,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: 'Same as…', placeHolder: `“${target.name}” names the same entity as…`, matchOnDescription: true });
  return picked?.entity;
}

/** The correction commands, for the command table in commands.ts. */
export function correctionCommands(deps: CorrectionDeps): Record<CorrectionCommandId, (...args: any[]) => unknown> {
  const { analyses, dictionary } = deps;

  const correct = async (kind: Correction['kind'], args: unknown[], type?: EntityType): Promise<CorrectionResult | undefined> => {
    const [uri, start, end, otherId] = args as [string?, number?, number?, string?];
    const located = await locate(analyses, uri, start, end);
    if (!located) return inform('place the cursor on a highlighted name, or select a name, first.');
    const { document, analysis, target } = located;
    if (kind !== 'markAs' && kind !== 'sameAs' && !target.entity) return inform('place the cursor on a highlighted name first.');
    let correction: Correction;
    if (kind === 'sameAs') {
      const other = await pickOther(analysis, target, otherId);
      if (!other) return undefined;
      correction = { kind, other: { name: other.name, type: other.type } };
    } else {
      correction = kind === 'markAs' ? { kind, type: type! } : { kind };
    }
    try {
      const location = await dictionary.edit(document.uri, (text) => applyCorrection(text, target, correction));
      return { name: target.name, dictionary: location.kind === 'file' ? location.uri.toString() : 'setting' };
    } catch (error) {
      if (!(error instanceof DictionaryEditError)) throw error;
      const where = dictionary.describe(dictionary.locationFor(document.uri));
      void vscode.window.showErrorMessage(`Briefing Lens: ${where} was not changed: ${error.message}.`);
      return undefined;
    }
  };

  return {
    [Command.markAsPerson]: (...args: unknown[]) => correct('markAs', args, 'person'),
    [Command.markAsOrganization]: (...args: unknown[]) => correct('markAs', args, 'organization'),
    [Command.markAsPlace]: (...args: unknown[]) => correct('markAs', args, 'place'),
    [Command.markNotEntity]: (...args: unknown[]) => correct('notEntity', args),
    [Command.sameAs]: (...args: unknown[]) => correct('sameAs', args),
    [Command.addToWatchlist]: (...args: unknown[]) => correct('watch', args),
    [Command.removeFromWatchlist]: (...args: unknown[]) => correct('unwatch', args),
    [Command.openDictionary]: () => dictionary.open(vscode.window.activeTextEditor?.document.uri),
  };
}

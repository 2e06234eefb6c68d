// Find All References across briefings: the mentions of the entity under the cursor in every other
// indexed briefing. The editor's own provider (navigation.ts) answers the open briefing's mentions
// from its live analysis, and VS Code merges both answers, so this one leaves that file out.
import * as vscode from 'vscode';
import { mentionAt } from '../../core/lookup';
import type { WorkspaceIndex } from '../../workspace/workspaceIndex';
import type { DocumentAnalyses } from '../analyses';
import { LANGUAGE_ID } from '../ids';
import type { Settings } from '../settings';
import { locationIn } from './locations';

class WorkspaceReferences implements vscode.ReferenceProvider {
  constructor(
    private readonly analyses: DocumentAnalyses,
    private readonly index: WorkspaceIndex,
  ) {}

  async provideReferences(document: vscode.TextDocument, position: vscode.Position, _context: vscode.ReferenceContext, token: vscode.CancellationToken) {
    const analysis = await this.analyses.current(document, token);
    const hit = mentionAt(analysis, this.analyses.textOf(document, analysis), document.offsetAt(position));
    if (!hit || token.isCancellationRequested) return undefined;
    return this.index.references(hit.entity, document.uri.toString()).map(({ uri, range }) => locationIn(uri, range));
  }
}

export function registerWorkspaceReferences(deps: { analyses: DocumentAnalyses; settings: Settings; index: WorkspaceIndex }): vscode.Disposable {
  // Find All References is one surface with the editor's own: the same setting switches both.
  return deps.settings.toggle('navigation', () =>
    vscode.languages.registerReferenceProvider({ language: LANGUAGE_ID }, new WorkspaceReferences(deps.analyses, deps.index)),
  );
}

// Go to Symbol in Workspace over every indexed briefing: each entity once per briefing that mentions
// it (at its first mention there), and the briefings' titles and section headings.
import * as vscode from 'vscode';
import type { SymbolKindName } from '../../workspace/queries';
import type { WorkspaceIndex } from '../../workspace/workspaceIndex';
import { locationIn } from './locations';

/** Entities as the semantic token types' super types (person: function, organization: type, place: variable); headings as the outline shows them. */
const SYMBOL_KIND: Record<SymbolKindName, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Function,
  organization: vscode.SymbolKind.Class,
  place: vscode.SymbolKind.Variable,
  title: vscode.SymbolKind.File,
  section: vscode.SymbolKind.Namespace,
};

/** VS Code ranks and cuts the list itself; more than this is never read by anyone. */
const MAX_SYMBOLS = 500;

class BriefingWorkspaceSymbols implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly index: WorkspaceIndex) {}

  provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): vscode.SymbolInformation[] | undefined {
    if (token.isCancellationRequested) return undefined;
    return this.index
      .symbols(query, MAX_SYMBOLS)
      .map(
        (hit) =>
          new vscode.SymbolInformation(hit.name, SYMBOL_KIND[hit.kind], hit.detail, locationIn(hit.uri, hit.range)),
      );
  }
}

export function registerWorkspaceSymbols(index: WorkspaceIndex): vscode.Disposable {
  return vscode.languages.registerWorkspaceSymbolProvider(new BriefingWorkspaceSymbols(index));
}

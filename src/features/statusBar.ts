// A status bar item with the active briefing's counts of people, organizations and places.
import * as vscode from 'vscode';
import { ENTITY_TYPES, type Analysis, type EntityType } from '../core/types';
import { isBriefing, isPanel, lengthOf, type DocumentAnalyses } from './analyses';
import { Command, FOCUS_ENTITIES_VIEW } from './ids';
import type { Settings } from './settings';

function countOf(analysis: Analysis, type: EntityType): number {
  return analysis.entities.filter((entity) => entity.type === type).length;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

class EntityCountsItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('briefingLens.counts', vscode.StatusBarAlignment.Right, 100);
  private readonly listeners: vscode.Disposable[];

  constructor(
    private readonly analyses: DocumentAnalyses,
    settings: Settings,
  ) {
    this.item.name = 'Briefing Lens Entity Counts';
    this.listeners = [
      settings.onDidChange('maxDocumentSize', () => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      analyses.onDidChange((event) => {
        if (event.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
      // Switching a document's language reopens it; the active editor object may stay the same.
      vscode.workspace.onDidOpenTextDocument(() => this.update()),
    ];
    this.update();
  }

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    if (isPanel(editor)) return;
    const document = editor?.document;
    if (!document || !isBriefing(document)) {
      this.item.hide();
      return;
    }
    if (this.analyses.isTooLarge(document)) {
      const size = `${(lengthOf(document) / 1_000_000).toFixed(1)} million characters`;
      this.item.text = '$(warning) Briefing Lens: not analysed';
      this.item.tooltip = `This briefing has ${size}, more than briefingLens.maxDocumentSize. Click to analyse it anyway.`;
      this.item.accessibilityInformation = { label: `Briefing Lens: not analysed, ${size}; click to analyse it anyway` };
      this.item.command = Command.analyseAnyway;
      this.item.show();
      return;
    }
    this.item.command = FOCUS_ENTITIES_VIEW;
    const analysis = this.analyses.get(document);
    const [people, organizations, places] = ENTITY_TYPES.map((type) => countOf(analysis, type));
    this.item.text = `$(person) ${people}  $(organization) ${organizations}  $(location) ${places}`;
    const summary = `Briefing Lens: ${plural(people, 'person', 'people')}, ${plural(organizations, 'organization', 'organizations')}, ${plural(places, 'place', 'places')}`;
    this.item.tooltip = summary;
    this.item.accessibilityInformation = { label: summary };
    this.item.show();
  }

  dispose(): void {
    for (const listener of this.listeners) listener.dispose();
    this.item.dispose();
  }
}

export function registerStatusBar(deps: { analyses: DocumentAnalyses; settings: Settings }): vscode.Disposable {
  return deps.settings.toggle('statusBar', () => new EntityCountsItem(deps.analyses, deps.settings));
}

// A status bar item with the active briefing's counts of people, organizations and places, or
// what stands in the way of reading it: too large to analyse unasked, binary data, bytes that are
// not valid UTF-8.
import * as vscode from 'vscode';
import { ENTITY_TYPES, type Analysis, type EntityType } from '../core/types';
import { isBriefing, isPanel, lengthOf, type DocumentAnalyses } from './analyses';
import { Command, FOCUS_ENTITIES_VIEW } from './ids';
import { isBinaryBriefingFile } from './languageMode';
import type { Settings } from './settings';

/** VS Code's own command: reopen the file with another encoding. */
const CHANGE_ENCODING = 'workbench.action.editor.changeEncoding';

function countOf(analysis: Analysis, type: EntityType): number {
  return analysis.entities.filter((entity) => entity.type === type).length;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export interface Status {
  text: string;
  tooltip: string;
  /** What a screen reader says: it opens with "Briefing Lens:" like the tooltip of the counts. */
  label: string;
  command?: string;
}

/** U+FFFD, which VS Code shows for each run of bytes that are not valid UTF-8; counted once per version. */
const undecodable = new WeakMap<vscode.TextDocument, { version: number; count: number }>();

function undecodableCount(document: vscode.TextDocument): number {
  const held = undecodable.get(document);
  if (held?.version === document.version) return held.count;
  const text = document.getText();
  let count = 0;
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) count++;
  undecodable.set(document, { version: document.version, count });
  return count;
}

/** What the item says about the document; undefined hides it. */
export function statusOf(document: vscode.TextDocument, analyses: Pick<DocumentAnalyses, 'isTooLarge' | 'latest'>): Status | undefined {
  if (isBinaryBriefingFile(document)) {
    return {
      text: '$(warning) Briefing Lens: not text',
      tooltip: 'This file holds binary data, not text, so it is read as plain text and not analysed.',
      label: 'Briefing Lens: not text; this file holds binary data, read as plain text and not analysed',
    };
  }
  if (!isBriefing(document)) return undefined;
  if (analyses.isTooLarge(document)) {
    const size = `${(lengthOf(document) / 1_000_000).toFixed(1)} million characters`;
    return {
      text: '$(warning) Briefing Lens: not analysed',
      tooltip: `This briefing has ${size}, more than briefingLens.maxDocumentSize. Click to analyse it anyway.`,
      label: `Briefing Lens: not analysed, ${size}; click to analyse it anyway`,
      command: Command.analyseAnyway,
    };
  }
  // While the reader types, the counts of a version a few keystrokes old stay up: no flicker.
  const latest = analyses.latest(document);
  if (!latest) {
    return {
      text: '$(sync~spin) Briefing Lens: analysing',
      tooltip: 'Briefing Lens is analysing this briefing in the background; you can read and type meanwhile.',
      label: 'Briefing Lens: analysing this briefing in the background',
    };
  }
  const analysis = latest.analysis;
  const [people, organizations, places] = ENTITY_TYPES.map((type) => countOf(analysis, type));
  const counts = `$(person) ${people}  $(organization) ${organizations}  $(location) ${places}`;
  const summary = `Briefing Lens: ${plural(people, 'person', 'people')}, ${plural(organizations, 'organization', 'organizations')}, ${plural(places, 'place', 'places')}`;
  const invalid = undecodableCount(document);
  if (invalid > 0) {
    const runs = `${plural(invalid, 'run of bytes', 'runs of bytes')} ${invalid === 1 ? 'is' : 'are'} not valid UTF-8`;
    return {
      text: `$(warning) ${counts}`,
      tooltip: `${summary}. ${runs} and show${invalid === 1 ? 's' : ''} as �: names there may be missed. Click to reopen the file with another encoding.`,
      label: `${summary}; ${runs}; click to reopen the file with another encoding`,
      command: CHANGE_ENCODING,
    };
  }
  return { text: counts, tooltip: summary, label: summary, command: FOCUS_ENTITIES_VIEW };
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
    const status = editor && statusOf(editor.document, this.analyses);
    if (!status) {
      this.item.hide();
      return;
    }
    this.item.text = status.text;
    this.item.tooltip = status.tooltip;
    this.item.accessibilityInformation = { label: status.label };
    this.item.command = status.command;
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

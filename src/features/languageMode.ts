// Switches plain-text documents that read like briefings to the briefing language mode, and
// remembers the documents a reader explicitly asked to read as plain text.
import * as vscode from 'vscode';
import { looksLikeBriefing } from '../core/detect';
import { associatedWith } from './associations';
import { LANGUAGE_ID, PLAIN_TEXT_ID } from './ids';
import type { Settings } from './settings';

/** Schemes of documents a person opened; output channels, diffs of git objects etc. are left alone. */
const DETECTABLE_SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']);
const PLAIN_TEXT_CHOICES_KEY = 'briefingLens.readAsPlainText';
/** The heuristic reads only the opening lines; there is no need to copy a whole large file. */
const DETECTION_LINES = 40;

/** Documents the reader chose to read as plain text, remembered per workspace. */
export class PlainTextChoices {
  constructor(private readonly state: vscode.Memento) {}

  has(uri: vscode.Uri): boolean {
    return this.uris().includes(uri.toString());
  }

  async set(uri: vscode.Uri, plainText: boolean): Promise<void> {
    const others = this.uris().filter((u) => u !== uri.toString());
    await this.state.update(PLAIN_TEXT_CHOICES_KEY, plainText ? [...others, uri.toString()] : others);
  }

  private uris(): string[] {
    return this.state.get<string[]>(PLAIN_TEXT_CHOICES_KEY, []);
  }
}

/** The user mapped this file to plain text in `files.associations`: that choice wins. */
function associatedWithPlainText(document: vscode.TextDocument): boolean {
  const associations = vscode.workspace.getConfiguration('files', document).get<Record<string, string>>('associations', {});
  return associatedWith(document.uri.path, associations, PLAIN_TEXT_ID);
}

function openingText(document: vscode.TextDocument): string {
  const last = Math.min(document.lineCount, DETECTION_LINES) - 1;
  return document.getText(new vscode.Range(0, 0, last, document.lineAt(last).text.length));
}

export function registerLanguageDetection(deps: {
  settings: Settings;
  choices: PlainTextChoices;
  log: vscode.LogOutputChannel;
}): vscode.Disposable {
  const { settings, choices, log } = deps;
  // VS Code reports a language change as close + open of the same document object. A document
  // seen before that "opens" again had its language chosen (by the reader or by us): leave it be.
  const seen = new WeakSet<vscode.TextDocument>();
  const consider = (document: vscode.TextDocument) => {
    if (!settings.current.detectPlainText || seen.has(document)) return;
    seen.add(document);
    if (
      document.languageId !== PLAIN_TEXT_ID ||
      !DETECTABLE_SCHEMES.has(document.uri.scheme) ||
      choices.has(document.uri) ||
      associatedWithPlainText(document) ||
      !looksLikeBriefing(openingText(document))
    ) {
      return;
    }
    vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID).then(undefined, (error: unknown) =>
      log.warn(`Could not switch ${document.uri.toString()} to ${LANGUAGE_ID}: ${String(error)}`),
    );
  };
  const considerAll = () => vscode.workspace.textDocuments.forEach(consider);
  // Documents opened before activation (activation itself is triggered by a plain-text document).
  considerAll();
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(consider),
    settings.onDidChange('detectPlainText', (on) => {
      if (on) considerAll();
    }),
  );
}

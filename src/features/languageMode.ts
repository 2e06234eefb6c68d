// Switches plain-text documents that read like briefings to the briefing language mode, reads
// binary files named as briefings as plain text, and remembers the documents a reader explicitly
// asked to read as plain text.
import * as vscode from 'vscode';
import { looksBinary, looksLikeBriefing } from '../core/detect';
import { associatedWith } from './associations';
import { LANGUAGE_ID, PLAIN_TEXT_ID } from './ids';
import type { Settings } from './settings';

/** Schemes of documents a person opened; output channels, diffs of git objects etc. are left alone. */
const DETECTABLE_SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']);
const PLAIN_TEXT_CHOICES_KEY = 'briefingLens.readAsPlainText';
/** The heuristics read only the opening; there is no need to copy a whole large file, or a 5 MB line. */
const OPENING_CHARS = 8192;
/** The file names package.json gives the briefing language. */
const BRIEFING_FILE_NAME = /\.briefing(?:\.txt)?$/i;

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
  return document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(OPENING_CHARS)));
}

/**
 * A file named as a briefing that holds binary data (a renamed image or archive without the zero
 * bytes by which VS Code itself refuses binary files): read as plain text, never analysed, so the
 * reader sees no colours on noise; the status bar says why.
 */
export function isBinaryBriefingFile(document: vscode.TextDocument): boolean {
  return document.languageId === PLAIN_TEXT_ID && BRIEFING_FILE_NAME.test(document.uri.path) && looksBinary(openingText(document));
}

export function registerLanguageDetection(deps: {
  settings: Settings;
  choices: PlainTextChoices;
  log: vscode.LogOutputChannel;
}): vscode.Disposable {
  const { settings, choices, log } = deps;
  // VS Code reports a language change as close + open of the same document object. A document
  // seen before that "opens" again had its language chosen (by the reader or by us): leave it be.
  // `met` holds every document seen; `detected` those the briefing heuristic read, only while
  // briefingLens.detectPlainText is on, so that turning it on considers the others.
  const met = new WeakSet<vscode.TextDocument>();
  const detected = new WeakSet<vscode.TextDocument>();
  const setLanguage = (document: vscode.TextDocument, languageId: string) =>
    vscode.languages.setTextDocumentLanguage(document, languageId).then(undefined, (error: unknown) =>
      log.warn(`Could not switch ${document.uri.toString()} to ${languageId}: ${String(error)}`),
    );
  const consider = (document: vscode.TextDocument) => {
    const firstMeeting = !met.has(document);
    met.add(document);
    if (!DETECTABLE_SCHEMES.has(document.uri.scheme)) return;
    if (firstMeeting && document.languageId === LANGUAGE_ID && looksBinary(openingText(document))) {
      log.info(`${document.uri.toString()} holds binary data, not text: reading it as plain text`);
      setLanguage(document, PLAIN_TEXT_ID);
      return;
    }
    if (!settings.current.detectPlainText || detected.has(document)) return;
    detected.add(document);
    if (document.languageId !== PLAIN_TEXT_ID || choices.has(document.uri) || associatedWithPlainText(document)) return;
    const opening = openingText(document);
    if (!looksBinary(opening) && looksLikeBriefing(opening)) setLanguage(document, LANGUAGE_ID);
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

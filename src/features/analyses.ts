// The editor's side of the shared document cache: adapts vscode documents to the BriefingSource
// seam, has the engine (a worker) re-analyse after edits once typing pauses, and frees analyses of
// closed documents.
import * as vscode from 'vscode';
import { applyDictionary, type Dictionary } from '../core/corrections';
import { DocumentCache, type Settled } from '../core/documentCache';
import type { Analysis, BriefingSource } from '../core/types';
import type { AnalysisEngine } from '../engine/engine';
import { LANGUAGE_ID } from './ids';
import type { Settings } from './settings';
import { Turns } from './turns';

export interface AnalysisChangeEvent {
  uri: vscode.Uri;
  version: number;
  analysis: Analysis;
}

/** The reader's corrections, as DictionaryStore provides them. */
export interface Corrections {
  readonly current: Dictionary;
  readonly onDidChange: vscode.Event<unknown>;
}

const NOT_ANALYSED: Analysis = Object.freeze({ entities: [], figures: [], citations: [], sections: [], sentences: [] });

/** The document's length in UTF-16 code units, without copying its text. */
export function lengthOf(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

export function isBriefing(document: vscode.TextDocument): boolean {
  return document.languageId === LANGUAGE_ID;
}

/**
 * The Output and Debug Console panels are text editors too (without a column). Focusing one must
 * not make the views that follow the reader's briefing forget it.
 */
export function isPanel(editor: vscode.TextEditor | undefined): boolean {
  return editor !== undefined && editor.viewColumn === undefined;
}

/** A live view of the document: version and text are read when the cache asks, not copied. */
function sourceOf(document: vscode.TextDocument): BriefingSource {
  return {
    uri: document.uri.toString(),
    get version() {
      return document.version;
    },
    getText: () => document.getText(),
  };
}

export class DocumentAnalyses implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<AnalysisChangeEvent>();
  private readonly corrected = new vscode.EventEmitter<void>();
  private readonly cache: DocumentCache;
  private readonly disposables: vscode.Disposable[] = [];
  /** Documents whose failed analysis the reader was told about. */
  private readonly failed = new Set<string>();
  /** Briefings over briefingLens.maxDocumentSize that the reader chose to analyse anyway. */
  private readonly allowedLarge = new Set<string>();
  /** What follows a new analysis goes one piece per turn of the event loop (see turns.ts). */
  private readonly turns = new Turns();

  /** Fires after an analysis of a new document version, or with new corrections, is ready. */
  readonly onDidChange = this.changed.event;
  /** Fires when analyses of unchanged text changed: new corrections, or an oversized briefing analysed on request. */
  readonly onDidApplyCorrections = this.corrected.event;

  constructor(
    private readonly settings: Settings,
    log: vscode.LogOutputChannel,
    corrections: Corrections,
    private readonly engine: AnalysisEngine,
  ) {
    this.cache = new DocumentCache({
      analyze: (uri, version, text) => engine.analyzeDocument(uri, version, text),
      correct: (text, analysis) => applyDictionary(text, analysis, corrections.current),
      onError: (error, uri, during) => {
        log.error(`${during === 'analysis' ? 'Analysis' : 'Refresh after the analysis'} of ${uri} failed:`, error instanceof Error ? error : String(error));
        if (during === 'analysis') this.tellOnce(uri, log);
      },
    });
    // Listeners only note the change (views ask for rows later); heavier work takes turns (nextTurn).
    const forward = this.cache.onDidChange(({ uri, version, analysis }) =>
      this.changed.fire({ uri: vscode.Uri.parse(uri), version, analysis }),
    );
    this.disposables.push(
      new vscode.Disposable(() => forward.dispose()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        // Only documents something asked about: a workspace-wide replace edits many briefings that
        // nobody looks at, and each would cost a full analysis.
        const uri = event.document.uri.toString();
        if (isBriefing(event.document) && event.contentChanges.length > 0 && this.cache.has(uri) && !this.isTooLarge(event.document)) {
          this.cache.scheduleAnalysis(sourceOf(event.document), this.settings.current.analysisDelay);
        }
      }),
      // Also when a briefing is read as plain text: VS Code closes and reopens it in the new language.
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri.toString())),
      corrections.onDidChange(() => this.applyCorrections()),
      this.corrected,
    );
  }

  /** A failed analysis (the worker ran out of memory on a huge text, say) is said once per open document, without a dialog. */
  private tellOnce(uri: string, log: vscode.LogOutputChannel): void {
    if (this.failed.has(uri)) return;
    this.failed.add(uri);
    const name = vscode.Uri.parse(uri).path.split('/').pop();
    void vscode.window
      .showWarningMessage(`Briefing Lens could not analyse ${name}; it reads as plain text. The output channel says why.`, 'Show Output')
      .then((choice) => choice && log.show(true));
  }

  private forget(uri: string): void {
    this.failed.delete(uri);
    this.cache.delete(uri);
    this.engine.forget(uri);
    this.allowedLarge.delete(uri);
  }

  /** New corrections reach every briefing analysed so far at once; the engine does not run again. */
  private applyCorrections(): void {
    this.cache.invalidate();
    for (const document of vscode.workspace.textDocuments) {
      if (isBriefing(document) && this.cache.has(document.uri.toString())) this.cache.peek(sourceOf(document));
    }
    this.corrected.fire();
  }

  /**
   * Whether the document is longer than briefingLens.maxDocumentSize and the reader has not asked
   * for it anyway: a book-length text would keep the engine busy for a long while, and its copy of
   * the text memory.
   */
  isTooLarge(document: vscode.TextDocument): boolean {
    return !this.allowedLarge.has(document.uri.toString()) && lengthOf(document) > this.settings.current.maxDocumentSize;
  }

  /** Analyses an oversized briefing on the reader's request; every feature then shows it. */
  async analyseAnyway(document: vscode.TextDocument): Promise<Analysis | undefined> {
    this.allowedLarge.add(document.uri.toString());
    const analysis = await this.cache.analysis(sourceOf(document));
    // Like new corrections, this changes what unchanged text shows: the colours must be asked again.
    this.corrected.fire();
    return analysis;
  }

  /**
   * For views that show the document as a whole (the Entities view, the status bar): the newest
   * analysis held, which may be of a version a few keystrokes old, or an empty one until the first
   * is ready; onDidChange fires when a newer one is. Asks for the current version's analysis.
   */
  get(document: vscode.TextDocument): Analysis {
    if (this.isTooLarge(document)) return NOT_ANALYSED;
    const source = sourceOf(document);
    this.cache.request(source);
    return this.cache.peek(source) ?? this.cache.latest(source.uri)?.analysis ?? NOT_ANALYSED;
  }

  /**
   * For views that list the whole document (the Entities view): the newest analysis held, with the
   * version and text it is of, so that its offsets are read against the right text. Asks for the
   * current version's analysis; onDidChange fires when it is ready.
   */
  latest(document: vscode.TextDocument): Settled | undefined {
    if (this.isTooLarge(document)) return undefined;
    const source = sourceOf(document);
    this.cache.request(source);
    return this.cache.latest(source.uri);
  }

  /** The analysis of the document's current version if it is ready. */
  peek(document: vscode.TextDocument): Analysis | undefined {
    if (this.isTooLarge(document)) return NOT_ANALYSED;
    return this.cache.peek(sourceOf(document));
  }

  /** The analysis of the document's current version, once the engine has it; undefined if an edit or closing superseded it. */
  async ofCurrentVersion(document: vscode.TextDocument): Promise<Analysis | undefined> {
    if (this.isTooLarge(document)) return NOT_ANALYSED;
    return this.cache.analysis(sourceOf(document));
  }

  /** Documents followed now: analysed or being analysed (for the leak checks of the tests). */
  get size(): number {
    return this.cache.size;
  }

  /**
   * For language feature providers: the analysis of the document's current version, waiting for
   * edits to settle rather than analysing every keystroke. Throws a CancellationError when the
   * request was cancelled, the document changed meanwhile or it closed: VS Code keeps what it shows
   * for a cancelled request, whereas an empty answer would blank it (colours flicker off while typing).
   */
  async current(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<Analysis> {
    if (this.isTooLarge(document)) return NOT_ANALYSED;
    const source = sourceOf(document);
    // Answered from the cache without a round trip through the event loop: hovers stay instant.
    const ready = this.cache.peek(source);
    if (ready) return ready;
    // Each provider that waited for this analysis goes on in a turn of its own.
    const analysis = await this.cache.analysis(source);
    await this.turns.next();
    if (!analysis || token.isCancellationRequested || document.isClosed) throw new vscode.CancellationError();
    return analysis;
  }

  /** Resolves in a turn of the event loop of its own, for work that follows a new analysis. */
  nextTurn(): Promise<void> {
    return this.turns.next();
  }

  /** The text `analysis` (of the document's current version) was made from: the cache's copy, so a
   * hover on a long briefing does not copy the whole text again. */
  textOf(document: vscode.TextDocument, analysis: Analysis): string {
    const held = this.cache.latest(document.uri.toString());
    return held && held.analysis === analysis && held.version === document.version ? held.text : document.getText();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
    this.turns.dispose();
    this.cache.dispose();
    this.changed.dispose();
  }
}

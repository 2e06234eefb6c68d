// Keeps the workspace index of every briefing: builds it in the background with progress in the
// status bar, starting from the cache of the last session; follows saved files through file system
// watchers (a change re-indexes that file only); and rebuilds when what the entries depend on changes
// (the include glob, files.exclude, the size limit, plain-text detection, the corrections). All
// changes to the index run one after another, so a late build never brings back a deleted file.
// The index reflects files as saved: an open editor's unsaved text is analysed live by the editor.
import * as vscode from 'vscode';
import type { Dictionary } from '../../core/corrections';
import { applyDictionary } from '../../core/corrections';
import type { Analysis } from '../../core/types';
import type { AnalysisEngine } from '../../engine/engine';
import { buildIndex, forEachLimited, indexFile, namedAsBriefing, type IndexRules, type IndexSources } from '../../workspace/build';
import { fingerprint, INDEX_FORMAT } from '../../workspace/cache';
import type { IndexEntry } from '../../workspace/entry';
import { WorkspaceIndex } from '../../workspace/workspaceIndex';
import { ContextKey } from '../ids';
import type { PlainTextChoices } from '../languageMode';
import type { Settings } from '../settings';
import { IndexCacheFile } from './cacheFile';
import { editorFileAccess } from './fileAccess';

export type IndexState = 'off' | 'indexing' | 'ready';

/** What the last full build did, for the log, the rebuild command and tests. */
export interface BuildReport {
  /** Files matching the include glob that files.exclude does not hide. */
  files: number;
  briefings: number;
  analysed: number;
  reused: number;
  failed: number;
  cancelled: boolean;
  milliseconds: number;
}

export interface WorkspaceIndexDeps {
  engine: Pick<AnalysisEngine, 'analyzeText'>;
  settings: Settings;
  dictionary: { readonly current: Dictionary; readonly onDidChange: vscode.Event<unknown> };
  choices: PlainTextChoices;
  log: vscode.LogOutputChannel;
  context: Pick<vscode.ExtensionContext, 'storageUri' | 'globalStorageUri' | 'extensionUri' | 'extension'>;
}

/** Files in flight at once: reads overlap analyses; the engine's index lane runs one analysis at a time anyway. */
const CONCURRENCY = 4;
/** Quiet time after file events before the index follows them: a save or a checkout is one batch. */
const EVENT_DELAY_MS = 400;
/** Writing a large cache after every saved file would be wasteful; changes are written in one go. */
const SAVE_DELAY_MS = 2000;
/** Views are told about changes at most this often: a build fills the index file by file, and rows
 * that re-sort four times a second would jump away from the reader's pointer. */
const NOTIFY_INTERVAL_MS = { building: 1000, idle: 100 };

export class WorkspaceIndexService implements vscode.Disposable {
  readonly index = new WorkspaceIndex();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when entries or the state changed (at most every NOTIFY_INTERVAL_MS). */
  readonly onDidChange = this.changed.event;
  private currentState: IndexState = 'off';
  lastBuild: BuildReport | undefined;

  /** Set when the index holds exactly the files of a finished scan, built under this key: then it may be saved. */
  private completeKey: string | undefined;
  /** Entries a next scan may reuse (their file stamps are still checked): built under `key`, perhaps by a cancelled build. */
  private trusted: { key: string; entries: Map<string, IndexEntry> } | undefined;
  private readonly cacheFile: IndexCacheFile | undefined;
  private readonly sources: Omit<IndexSources, 'analyse'> = editorFileAccess();
  private bundleStamp: Promise<string>;

  /** The serial queue of changes to the index, and how many tasks are in it. */
  private tail: Promise<unknown> = Promise.resolve();
  private queued = 0;
  private readonly settledEmitter = new vscode.EventEmitter<void>();
  private scanQueued: { reuse: boolean } | undefined;
  private building: vscode.CancellationTokenSource | undefined;

  private readonly changedFiles = new Set<string>();
  private readonly deletedFiles = new Set<string>();
  private relistWanted = false;
  private eventTimer: NodeJS.Timeout | undefined;
  private saveTimer: NodeJS.Timeout | undefined;
  private notifyTimer: NodeJS.Timeout | undefined;
  private watchers: vscode.Disposable | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private disposed = false;

  constructor(private readonly deps: WorkspaceIndexDeps) {
    const { settings, dictionary, context } = deps;
    const storage = context.storageUri ?? context.globalStorageUri;
    const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString()).join('\n');
    // Global storage is shared by every workspace: the file name keeps each one's index apart.
    const name = context.storageUri ? 'workspace-index.json' : `workspace-index-${fingerprint(folders)}.json`;
    this.cacheFile = storage && new IndexCacheFile(storage, name, deps.log);
    this.bundleStamp = this.stampOfBundle();
    this.disposables.push(
      this.changed,
      this.settledEmitter,
      settings.onDidChange('include', () => this.requestScan({ reuse: true })),
      settings.onDidChange('maxDocumentSize', () => this.requestScan({ reuse: true })),
      settings.onDidChange('detectPlainText', () => this.requestScan({ reuse: true })),
      dictionary.onDidChange(() => this.requestScan({ reuse: true })),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('files.exclude')) this.requestScan({ reuse: true });
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.requestScan({ reuse: true })),
    );
    this.requestScan({ reuse: true });
  }

  get state(): IndexState {
    return this.currentState;
  }

  get cacheUri(): vscode.Uri | undefined {
    return this.cacheFile?.uri;
  }

  /** Indexes every file again, analysing each one: the cache is not trusted. */
  rebuild(): Promise<BuildReport | undefined> {
    return this.requestScan({ reuse: false });
  }

  /** Resolves once every requested and pending change has been applied. */
  async settled(): Promise<void> {
    while (this.queued > 0 || this.eventTimer !== undefined) {
      await new Promise<void>((resolve) => {
        const listener = this.settledEmitter.event(() => {
          listener.dispose();
          resolve();
        });
      });
    }
  }

  dispose(): void {
    this.disposed = true;
    this.building?.cancel();
    const unsaved = this.saveTimer !== undefined;
    for (const timer of [this.eventTimer, this.saveTimer, this.notifyTimer]) clearTimeout(timer);
    if (unsaved) void this.save();
    this.watchers?.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }

  /**
   * Queues a full scan, cancelling a build in progress (its finished files are reused). Scans asked
   * for while one waits merge into it; `reuse: false` wins.
   */
  private requestScan(options: { reuse: boolean }): Promise<BuildReport | undefined> {
    this.building?.cancel();
    if (this.scanQueued) {
      this.scanQueued.reuse &&= options.reuse;
      return this.tail.then(() => this.lastBuild);
    }
    this.scanQueued = { ...options };
    return this.enqueue(async () => {
      const { reuse } = this.scanQueued!;
      this.scanQueued = undefined;
      await this.scan(reuse);
      return this.lastBuild;
    });
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T | undefined> {
    this.queued++;
    const run = this.tail.then(task).catch((error: unknown) => {
      this.deps.log.error('Workspace index: an update failed:', error instanceof Error ? error : String(error));
      return undefined;
    });
    this.tail = run.finally(() => {
      this.queued--;
      this.settledEmitter.fire();
    });
    return run;
  }

  private async scan(reuse: boolean): Promise<void> {
    const include = this.deps.settings.current.include;
    if (this.disposed) return;
    this.completeKey = undefined;
    if (!include || !vscode.workspace.workspaceFolders?.length) {
      this.watchers?.dispose();
      this.watchers = undefined;
      // Off means off: nothing held in memory; turned on again, the index starts from its cache file.
      this.index.replaceAll([]);
      this.trusted = undefined;
      this.lastBuild = undefined;
      this.setState('off');
      return;
    }
    this.watch(include);
    this.setState('indexing');
    const key = await this.currentKey();
    const dictionary = this.deps.dictionary.current;
    let previous: ReadonlyMap<string, IndexEntry> = new Map();
    if (reuse && this.trusted?.key === key) previous = this.trusted.entries;
    else if (reuse) {
      const cached = await this.cacheFile?.load(key);
      if (cached) {
        // Shown at once; the scan below confirms each entry against its file.
        this.index.replaceAll([...cached.values()]);
        this.notify();
        previous = cached;
      }
    }
    const trusted = { key, entries: new Map(previous) };
    this.trusted = trusted;
    const started = Date.now();
    const source = new vscode.CancellationTokenSource();
    this.building = source;
    try {
      const files = await this.listFiles(include);
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: 'Indexing briefings' },
        (progress) => {
          let reported = 0;
          return buildIndex({
            ...this.sources,
            ...this.rules(),
            analyse: this.analyser(dictionary),
            files,
            previous,
            concurrency: CONCURRENCY,
            token: source.token,
            onEntry: (entry) => {
              trusted.entries.set(entry.uri, entry);
              this.index.set(entry);
              this.notify();
            },
            onProgress: ({ done, total }) => {
              if (done - reported >= total / 100 || done === total) {
                progress.report({ message: `${done}/${total}` });
                reported = done;
              }
            },
          });
        },
      );
      if (result.cancelled || this.disposed) return;
      this.index.replaceAll(result.entries);
      // From now on the index itself is what the next scan may reuse, kept current by the watchers.
      this.trusted = { key, entries: this.index.asMap() as Map<string, IndexEntry> };
      this.completeKey = key;
      this.lastBuild = {
        files: files.length,
        briefings: this.index.briefings().length,
        analysed: result.analysed,
        reused: result.reused,
        failed: result.failed.length,
        cancelled: false,
        milliseconds: Date.now() - started,
      };
      this.logBuild(this.lastBuild, result.failed);
      await this.save();
    } finally {
      source.dispose();
      if (this.building === source) this.building = undefined;
      // A cancelled build is followed by the scan that cancelled it: still indexing.
      if (!this.disposed && !this.scanQueued) this.setState('ready');
      this.notify();
    }
  }

  private async listFiles(include: string): Promise<string[]> {
    // No exclude argument: VS Code applies files.exclude.
    const found = await vscode.workspace.findFiles(include);
    const detect = this.deps.settings.current.detectPlainText;
    return found
      .filter((uri) => !this.deps.choices.has(uri) && (detect || namedAsBriefing(uri.path)))
      .map((uri) => uri.toString())
      .sort();
  }

  private rules(): IndexRules {
    return { maxDocumentSize: this.deps.settings.current.maxDocumentSize, needsDetection: (uri) => !namedAsBriefing(uri) };
  }

  /** The engine's analysis on its index lane, with the reader's corrections, as the editor shows them. */
  private analyser(dictionary: Dictionary): (text: string) => Promise<Analysis> {
    return async (text) => applyDictionary(text, await this.deps.engine.analyzeText(text), dictionary);
  }

  /** Everything an entry depends on besides its file: when it changes, every file is analysed again. */
  private async currentKey(): Promise<string> {
    const { maxDocumentSize, detectPlainText } = this.deps.settings.current;
    const corrections = fingerprint(JSON.stringify(this.deps.dictionary.current));
    return `format ${INDEX_FORMAT}; engine ${await this.bundleStamp}; corrections ${corrections}; max ${maxDocumentSize}; detect ${detectPlainText}`;
  }

  /** The extension's version and its bundle's build time: a rebuilt engine may find other entities. */
  private async stampOfBundle(): Promise<string> {
    const { extension, extensionUri } = this.deps.context;
    const version = String((extension.packageJSON as { version?: string }).version);
    try {
      const stat = await vscode.workspace.fs.stat(vscode.Uri.joinPath(extensionUri, 'dist', 'extension.js'));
      return `${version} built ${stat.mtime}`;
    } catch {
      return version;
    }
  }

  /**
   * Changed files matching the glob are re-indexed one by one. Creations anywhere ask for the list
   * again (a folder moved in brings its files without an event for each), and deletions anywhere drop
   * the file or everything under a deleted folder.
   */
  private watch(include: string): void {
    this.watchers?.dispose();
    // A glob given as a string would be matched against absolute paths: each folder gets its own.
    this.watchers = vscode.Disposable.from(
      ...(vscode.workspace.workspaceFolders ?? []).flatMap((folder) => {
        const matching = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, include), true, false, true);
        const anything = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**/*'), false, true, false);
        return [
          matching,
          anything,
          matching.onDidChange((uri) => {
            this.changedFiles.add(uri.toString());
            this.scheduleEvents();
          }),
          anything.onDidCreate(() => {
            this.relistWanted = true;
            this.scheduleEvents();
          }),
          anything.onDidDelete((uri) => {
            this.deletedFiles.add(uri.toString());
            this.scheduleEvents();
          }),
        ];
      }),
    );
  }

  private scheduleEvents(): void {
    clearTimeout(this.eventTimer);
    this.eventTimer = setTimeout(() => {
      this.eventTimer = undefined;
      void this.enqueue(() => this.followEvents());
    }, EVENT_DELAY_MS);
  }

  /** Indexed files that are, or lie under, a deleted path: found by walking each one's parent folders. */
  private underDeleted(deleted: ReadonlySet<string>): string[] {
    return [...this.index.asMap().keys()].filter((uri) => {
      for (let at = uri.length; at > 0; at = uri.lastIndexOf('/', at - 1)) {
        if (deleted.has(uri.slice(0, at))) return true;
      }
      return false;
    });
  }

  /**
   * Applies a batch of file events. Every file concerned is checked against the disk as it is now
   * (a file deleted and written again is simply indexed again), so the order of events never matters.
   */
  private async followEvents(): Promise<void> {
    const include = this.deps.settings.current.include;
    const check = new Set([...this.changedFiles].filter((uri) => this.index.get(uri)));
    for (const uri of this.underDeleted(this.deletedFiles)) check.add(uri);
    this.changedFiles.clear();
    this.deletedFiles.clear();
    if (this.currentState === 'off' || !include) return;
    if (this.relistWanted) {
      this.relistWanted = false;
      const listed = new Set(await this.listFiles(include));
      for (const known of [...this.index.asMap().keys()]) if (!listed.has(known)) this.index.delete(known);
      for (const uri of listed) if (!this.index.get(uri)) check.add(uri);
    }
    const analyse = this.analyser(this.deps.dictionary.current);
    const started = Date.now();
    let indexed = 0;
    await forEachLimited([...check], CONCURRENCY, async (uri) => {
      try {
        const { entry, analysed } = await indexFile(uri, { ...this.sources, analyse }, this.rules(), this.index.get(uri));
        this.index.set(entry);
        if (analysed) indexed++;
      } catch {
        // Gone, or unreadable: out of the index until a later event brings it back.
        this.index.delete(uri);
      }
    });
    if (check.size > 0) {
      this.deps.log.info(`Workspace index: ${check.size} file(s) checked after changes on disk, ${indexed} analysed, in ${Date.now() - started} ms.`);
    }
    this.afterUpdate();
  }

  private afterUpdate(): void {
    this.notify();
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      // In the queue: a save still writing must not land after a later change (or the index turning off).
      void this.enqueue(() => this.save());
    }, SAVE_DELAY_MS);
  }

  private async save(): Promise<void> {
    if (this.completeKey && this.cacheFile) await this.cacheFile.save(this.completeKey, [...this.index.asMap().values()]);
  }

  private setState(state: IndexState): void {
    if (state === this.currentState && state !== 'off') return;
    this.currentState = state;
    void vscode.commands.executeCommand('setContext', ContextKey.indexState, state);
    this.notify();
  }

  /** Tells views about changes, at most every NOTIFY_INTERVAL_MS. */
  private notify(): void {
    if (this.notifyTimer || this.disposed) return;
    this.notifyTimer = setTimeout(
      () => {
        this.notifyTimer = undefined;
        this.changed.fire();
      },
      this.building ? NOTIFY_INTERVAL_MS.building : NOTIFY_INTERVAL_MS.idle,
    );
  }

  private logBuild(report: BuildReport, failed: { uri: string; error: unknown }[]): void {
    const seconds = (report.milliseconds / 1000).toFixed(1);
    this.deps.log.info(
      `Workspace index: ${report.briefings} briefing(s) among ${report.files} matching file(s); ${report.analysed} analysed, ${report.reused} unchanged since the last index, ${report.failed} unreadable; ${seconds} s.`,
    );
    for (const { uri, error } of failed.slice(0, 5)) {
      this.deps.log.warn(`Workspace index: could not index ${uri}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

// Keeps the workspace index of every briefing: builds it in the background with progress in the
// status bar, starting from the cache of the last session; follows saved files through file system
// watchers (a change re-indexes that file only); and rebuilds when what the entries depend on changes
// (the include glob, files.exclude and search.exclude, the size limit, plain-text detection, the
// corrections). All changes to the index run one after another, so a late build never brings back a
// deleted file. The index reflects files as saved: an open editor's unsaved text is analysed live by
// the editor. Once disposed it starts nothing new and logs nothing: the output channel may be closed.
import * as vscode from 'vscode';
import type { Dictionary } from '../../core/corrections';
import { applyDictionary } from '../../core/corrections';
import type { Analysis } from '../../core/types';
import type { AnalysisEngine } from '../../engine/engine';
import { buildIndex, forEachLimited, indexFile, namedAsBriefing, type IndexRules, type IndexSources } from '../../workspace/build';
import { fingerprint, INDEX_FORMAT } from '../../workspace/cache';
import { Debouncer } from '../../workspace/debounce';
import type { IndexEntry } from '../../workspace/entry';
import { Glob } from '../../workspace/glob';
import { WorkspaceIndex } from '../../workspace/workspaceIndex';
import { ContextKey } from '../ids';
import type { PlainTextChoices } from '../languageMode';
import type { Settings } from '../settings';
import { IndexCacheFile } from './cacheFile';
import { exclusionOf, relativeTo, type FolderExclusion } from './exclusions';
import { editorFileAccess, isFolder } from './fileAccess';

export type IndexState = 'off' | 'indexing' | 'ready';

/** What the last full build did, for the log, the rebuild command and tests. */
export interface BuildReport {
  /** Files matching the include glob that files.exclude and search.exclude do not hide. */
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
  dictionary: {
    readonly current: Dictionary;
    readonly onDidChange: vscode.Event<unknown>;
    /** Resolves once the dictionary is current: the first scan waits for it, or its cache key would be wrong. */
    reload(): Promise<void>;
  };
  choices: PlainTextChoices;
  log: vscode.LogOutputChannel;
  context: Pick<vscode.ExtensionContext, 'storageUri' | 'globalStorageUri' | 'extensionUri' | 'extension'>;
}

/** Files in flight at once: reads overlap analyses; the engine's index lane runs one analysis at a time anyway. */
const CONCURRENCY = 4;
/** Quiet time after file events before the index follows them: a save or a checkout is one batch. */
const EVENT_DELAY_MS = 400;
/** ...but a steady stream of events (a build, a package install) is followed at least this often. */
const EVENT_MAX_WAIT_MS = 2000;
/** Entries filed into the index between two turns of the event loop when a large cache is loaded. */
const FILE_SLICE = 200;
/**
 * Watchers drop events in bursts (a checkout, an unzip): the kernel's queue overflows, VS Code stops
 * buffering past 30,000, and neither says so. After a burst of this many events the workspace is
 * listed again once it is quiet, as at start-up: unchanged files keep their entries.
 */
const BURST_EVENTS = 1000;
/** Quiet time that ends a burst, and the longest a steady stream of events puts off the listing. */
const BURST_QUIET_MS = 2000;
const BURST_MAX_WAIT_MS = 30_000;
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
  /** Per workspace folder, what the index leaves out; read at each scan. */
  private exclusions: FolderExclusion[] = [];
  private includeGlob: Glob | undefined;

  /** The serial queue of changes to the index. */
  private tail: Promise<unknown> = Promise.resolve();
  /** Tasks ever queued and finished, file events ever recorded and applied: what settled() waits for. */
  private tasksQueued = 0;
  private tasksDone = 0;
  private eventsRecorded = 0;
  private eventsApplied = 0;
  private readonly settledEmitter = new vscode.EventEmitter<void>();
  private scanQueued: { reuse: boolean } | undefined;
  private building: vscode.CancellationTokenSource | undefined;

  /** Files matching the glob that changed, were created; paths created or deleted anywhere. */
  private readonly changedFiles = new Set<string>();
  private readonly createdFiles = new Set<string>();
  private readonly createdPaths = new Set<string>();
  private readonly deletedFiles = new Set<string>();
  /** Files that could not be indexed (unreadable, the engine failed): followed, so a change tries again. */
  private failed = new Set<string>();
  private readonly events = new Debouncer(() => this.applyEvents(), EVENT_DELAY_MS, EVENT_MAX_WAIT_MS);
  /** Events of the current burst (each one less than BURST_QUIET_MS after the last), filtered or not. */
  private burst = { events: 0, lastAt: 0 };
  private readonly listingAfterBurst = new Debouncer(() => void this.listAfterBurst(), BURST_QUIET_MS, BURST_MAX_WAIT_MS);
  /** Listings after bursts started and finished: what settled() waits for. */
  private burstListings = { started: 0, finished: 0 };
  private saveTimer: NodeJS.Timeout | undefined;
  private notifyTimer: NodeJS.Timeout | undefined;
  private watchers: vscode.Disposable | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private disposed = false;
  /** For loops that must stop starting work once the service is disposed. */
  private readonly disposal = { isCancellationRequested: false };

  constructor(private readonly deps: WorkspaceIndexDeps) {
    const { settings, dictionary, context } = deps;
    const storage = context.storageUri ?? context.globalStorageUri;
    const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString()).join('\n');
    // Global storage is shared by every workspace: the file name keeps each one's index apart.
    const name = context.storageUri ? 'workspace-index.json' : `workspace-index-${fingerprint(folders)}.json`;
    this.cacheFile = storage && new IndexCacheFile(storage, name, this.log);
    this.bundleStamp = this.stampOfBundle();
    this.disposables.push(
      this.changed,
      this.settledEmitter,
      settings.onDidChange('include', () => this.requestScan({ reuse: true })),
      settings.onDidChange('maxDocumentSize', () => this.requestScan({ reuse: true })),
      settings.onDidChange('detectPlainText', () => this.requestScan({ reuse: true })),
      dictionary.onDidChange(() => this.requestScan({ reuse: true })),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('files.exclude') || event.affectsConfiguration('search.exclude')) this.requestScan({ reuse: true });
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.requestScan({ reuse: true })),
    );
    // The cache is keyed by the corrections: scanning before they are loaded would reject it.
    void this.enqueue(() => dictionary.reload());
    this.requestScan({ reuse: true });
  }

  /** The output channel while the service lives; silent once disposed, when the channel may be closed. */
  private readonly log: Pick<vscode.LogOutputChannel, 'info' | 'warn' | 'error'> = {
    info: (...args: Parameters<vscode.LogOutputChannel['info']>) => this.disposed || this.deps.log.info(...args),
    warn: (...args: Parameters<vscode.LogOutputChannel['warn']>) => this.disposed || this.deps.log.warn(...args),
    error: (...args: Parameters<vscode.LogOutputChannel['error']>) => this.disposed || this.deps.log.error(...args),
  };

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

  /**
   * Resolves once every change requested and every file event recorded before the call has been
   * applied. Later ones are not waited for, so a steady stream of events cannot hold it back.
   */
  async settled(): Promise<void> {
    const listings = this.burstListings.started + (this.listingAfterBurst.pending ? 1 : 0);
    const tasks = this.tasksQueued;
    const events = this.eventsRecorded;
    while (!this.disposed && (this.tasksDone < tasks || this.eventsApplied < events || this.burstListings.finished < listings)) {
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
    this.disposal.isCancellationRequested = true;
    this.building?.cancel();
    const unsaved = this.saveTimer !== undefined;
    this.events.cancel();
    this.listingAfterBurst.cancel();
    for (const timer of [this.saveTimer, this.notifyTimer]) clearTimeout(timer);
    if (unsaved) void this.save();
    this.watchers?.dispose();
    // Whoever waits in settled() is let go.
    this.settledEmitter.fire();
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
    this.tasksQueued++;
    const run = this.tail
      .then(() => (this.disposed ? undefined : task()))
      .catch((error: unknown) => {
        this.log.error('Workspace index: an update failed:', error instanceof Error ? error : String(error));
        return undefined;
      });
    this.tail = run.finally(() => {
      this.tasksDone++;
      if (!this.disposed) this.settledEmitter.fire();
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
    this.exclusions = vscode.workspace.workspaceFolders.map(exclusionOf);
    this.includeGlob = new Glob(include);
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
        await this.fillFrom(cached);
        previous = cached;
      }
    }
    if (this.disposed) return;
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
      for (const { uri } of result.failed) this.failed.add(uri);
      if (result.cancelled || this.disposed) return;
      this.failed = new Set(result.failed.map(({ uri }) => uri));
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

  /**
   * Cached entries put in the index a slice at a time: filing the entities of thousands of briefings
   * at once would hold up the extension host. Entries not in the cache go.
   */
  private async fillFrom(cached: ReadonlyMap<string, IndexEntry>): Promise<void> {
    for (const uri of [...this.index.asMap().keys()]) if (!cached.has(uri)) this.index.delete(uri);
    let filed = 0;
    for (const entry of cached.values()) {
      if (this.index.get(entry.uri) !== entry) this.index.set(entry);
      if (++filed % FILE_SLICE === 0) {
        this.notify();
        await new Promise((resolve) => setImmediate(resolve));
        if (this.disposed) return;
      }
    }
    this.notify();
  }

  /** Files of every folder matching the glob (relative to `under` when given) that the index may read. */
  private async listFiles(include: string, under?: vscode.Uri): Promise<string[]> {
    const found = await Promise.all(
      this.exclusions.map(async ({ folder, findFilesExclude }) => {
        if (under && !relativeTo(folder, under)) return [];
        return vscode.workspace.findFiles(new vscode.RelativePattern(under ?? folder, include), findFilesExclude);
      }),
    );
    return found
      .flat()
      .filter((uri) => this.admits(uri))
      .map((uri) => uri.toString())
      .sort();
  }

  /** Whether a file matching the glob is one to read: not excluded, not set to plain text, and named as a briefing when detection is off. */
  private admits(uri: vscode.Uri): boolean {
    if (this.excluded(uri) !== false || this.deps.choices.has(uri)) return false;
    return this.deps.settings.current.detectPlainText || namedAsBriefing(uri.path);
  }

  /** Whether the path is excluded; undefined when it lies in no workspace folder. */
  private excluded(uri: vscode.Uri): boolean | undefined {
    for (const { folder, excludes } of this.exclusions) {
      const path = relativeTo(folder, uri);
      if (path !== undefined) return excludes(path);
    }
    return undefined;
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
    // The engine runs in the worker's bundle; the extension's bundle turns its output into entries.
    const built = await Promise.all(
      ['extension.js', 'worker.js'].map(async (file) => {
        try {
          return `${file} ${(await vscode.workspace.fs.stat(vscode.Uri.joinPath(extensionUri, 'dist', file))).mtime}`;
        } catch {
          return `no ${file}`;
        }
      }),
    );
    return `${version} built ${built.join(', ')}`;
  }

  /**
   * Files matching the glob that are created or changed are re-indexed one by one. A folder created
   * (or moved in) brings its files without an event for each: only the part under it is listed
   * again. Deletions anywhere drop the file or everything under a deleted folder. Events under
   * excluded folders (.git, node_modules) are dropped at once.
   */
  private watch(include: string): void {
    this.watchers?.dispose();
    const record = (set: Set<string>, uri: vscode.Uri) => {
      set.add(uri.toString());
      this.eventsRecorded++;
      this.events.trigger();
    };
    const counted =
      <T>(listener: (uri: vscode.Uri) => T) =>
      (uri: vscode.Uri) => {
        this.countBurst();
        return listener(uri);
      };
    // A glob given as a string would be matched against absolute paths: each folder gets its own.
    this.watchers = vscode.Disposable.from(
      ...(vscode.workspace.workspaceFolders ?? []).flatMap((folder) => {
        const matching = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, include), false, false, true);
        const anything = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**/*'), false, true, false);
        return [
          matching,
          anything,
          matching.onDidCreate((uri) => this.excluded(uri) === false && record(this.createdFiles, uri)),
          // Each event is counted once: a matching file's creation reaches both watchers.
          matching.onDidChange(counted((uri) => record(this.changedFiles, uri))),
          anything.onDidCreate(counted((uri) => this.mayHoldMatches(uri) && record(this.createdPaths, uri))),
          anything.onDidDelete(counted((uri) => record(this.deletedFiles, uri))),
        ];
      }),
    );
  }

  private countBurst(): void {
    const now = Date.now();
    if (now - this.burst.lastAt > BURST_QUIET_MS) this.burst.events = 0;
    this.burst.lastAt = now;
    if (++this.burst.events >= BURST_EVENTS) this.listingAfterBurst.trigger();
  }

  /** Lists the workspace again after a burst of events, to find what the watchers may have dropped. */
  private async listAfterBurst(): Promise<void> {
    this.burstListings.started++;
    const events = this.burst.events;
    const briefings = () => new Set(this.index.briefings().map((entry) => entry.uri));
    let before = new Set<string>();
    try {
      // Taken in the queue, once the events followed so far are applied: what the listing adds they missed.
      await this.enqueue(async () => {
        before = briefings();
      });
      await this.requestScan({ reuse: true });
      const after = briefings();
      const added = [...after].filter((uri) => !before.has(uri)).length;
      const gone = [...before].filter((uri) => !after.has(uri)).length;
      this.log.info(`Workspace index: listed the workspace again after a burst of ${events} file events: ${added} briefing(s) added, ${gone} gone.`);
    } finally {
      this.burstListings.finished++;
      if (!this.disposed) this.settledEmitter.fire();
    }
  }

  /** Whether a path just created could be a folder with matching files in it: not excluded, and the glob reaches under it. */
  private mayHoldMatches(uri: vscode.Uri): boolean {
    for (const { folder, excludes } of this.exclusions) {
      const path = relativeTo(folder, uri);
      if (path === undefined) continue;
      // A matching file is the other watcher's: a folder named like a briefing is the rare exception.
      return !excludes(path) && !this.includeGlob?.matches(path) && (this.includeGlob?.under(path).length ?? 0) > 0;
    }
    return false;
  }

  private applyEvents(): void {
    const upTo = this.eventsRecorded;
    void this.enqueue(() => this.followEvents()).finally(() => {
      this.eventsApplied = Math.max(this.eventsApplied, upTo);
      if (!this.disposed) this.settledEmitter.fire();
    });
  }

  /** Indexed files that are, or lie under, a deleted path: found by walking each one's parent folders. */
  private underDeleted(uris: Iterable<string>, deleted: ReadonlySet<string>): string[] {
    return [...uris].filter((uri) => {
      for (let at = uri.length; at > 0; at = uri.lastIndexOf('/', at - 1)) {
        if (deleted.has(uri.slice(0, at))) return true;
      }
      return false;
    });
  }

  /** The matching files under folders created since the last batch (paths that turn out to be files are passed over). */
  private async filesInCreatedFolders(include: string, created: readonly string[]): Promise<string[]> {
    const createdSet = new Set(created);
    // A folder's own files need no listing of their own when the folder itself is listed.
    const topmost = created.filter((uri) => this.underDeleted([uri.slice(0, uri.lastIndexOf('/'))], createdSet).length === 0);
    const found: string[] = [];
    await forEachLimited(
      topmost,
      CONCURRENCY,
      async (text) => {
        const uri = vscode.Uri.parse(text);
        if (!(await isFolder(uri))) return;
        const path = this.exclusions.map(({ folder }) => relativeTo(folder, uri)).find((p) => p !== undefined);
        const patterns = path === undefined ? [] : new Glob(include).under(path);
        try {
          for (const pattern of patterns) found.push(...(await this.listFiles(pattern, uri)));
        } catch {
          // Deleted again before it could be listed: its deletion is in this batch or the next.
        }
      },
      this.disposal,
    );
    return found;
  }


  /**
   * Applies a batch of file events. Every file concerned is checked against the disk as it is now
   * (a file deleted and written again is simply indexed again), so the order of events never matters.
   */
  private async followEvents(): Promise<void> {
    const include = this.deps.settings.current.include;
    const take = (set: Set<string>) => {
      const items = [...set];
      set.clear();
      return items;
    };
    const [changed, created, createdPaths, deleted] = [this.changedFiles, this.createdFiles, this.createdPaths, this.deletedFiles].map(take) as [string[], string[], string[], string[]];
    if (this.currentState === 'off' || !include) return;
    const deletedSet = new Set(deleted);
    for (const uri of this.underDeleted(this.failed, deletedSet)) this.failed.delete(uri);
    // A change to a file the index has no entry for matters only if it failed before: others are excluded or not admitted.
    const check = new Set(changed.filter((uri) => this.index.get(uri) || this.failed.has(uri)));
    for (const uri of created) if (this.admits(vscode.Uri.parse(uri))) check.add(uri);
    for (const uri of this.underDeleted(this.index.asMap().keys(), deletedSet)) check.add(uri);
    for (const uri of await this.filesInCreatedFolders(include, createdPaths)) check.add(uri);
    const analyse = this.analyser(this.deps.dictionary.current);
    const started = Date.now();
    let indexed = 0;
    await forEachLimited(
      [...check],
      CONCURRENCY,
      async (uri) => {
        try {
          const { entry, analysed } = await indexFile(uri, { ...this.sources, analyse }, this.rules(), this.index.get(uri));
          this.index.set(entry);
          this.failed.delete(uri);
          if (analysed) indexed++;
        } catch {
          // Gone, or unreadable: out of the index; a file still there is tried again when it changes.
          this.index.delete(uri);
          if (!deletedSet.has(uri)) this.failed.add(uri);
        }
      },
      this.disposal,
    );
    if (check.size > 0) {
      this.log.info(`Workspace index: ${check.size} file(s) checked after changes on disk, ${indexed} analysed, in ${Date.now() - started} ms.`);
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

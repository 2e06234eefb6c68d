// The reader's corrections in the editor: `.briefing-lens/entities.json` of each workspace folder (in
// folder order) and the `briefingLens.dictionary` setting, merged. Reloaded when a file changes on
// disk or the setting changes; written by the quick fixes. A malformed source is reported once per
// problem, naming the line, and its well-formed entries still apply.
import * as vscode from 'vscode';
import {
  type Dictionary,
  DictionaryEditError,
  type DictionaryProblem,
  emptyDictionary,
  mergeDictionaries,
  NEW_DICTIONARY,
  parseDictionary,
} from '../core/corrections';
import { DICTIONARY_PATH, SETTING_KEYS, SETTINGS_SECTION } from './ids';
import type { Settings } from './settings';

const SETTING = `${SETTINGS_SECTION}.${SETTING_KEYS.dictionary}`;

/** Where a correction is written: a workspace folder's file, or the user setting when no folder is open. */
export type DictionaryLocation = { kind: 'file'; uri: vscode.Uri } | { kind: 'setting' };

interface Problem extends DictionaryProblem {
  /** The file, or undefined for the setting. */
  uri?: vscode.Uri;
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)).replace(/^\uFEFF/, '');
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    throw error;
  }
}

export class DictionaryStore implements vscode.Disposable {
  private value: Dictionary = emptyDictionary();
  private readonly changed = new vscode.EventEmitter<Dictionary>();
  private readonly warned = new vscode.EventEmitter<string>();
  private readonly disposables: vscode.Disposable[];
  /** Loads run one after another, so an older read never overwrites a newer one. */
  private loading: Promise<void>;
  /** The problem last shown, so saving the file again (or another setting change) does not repeat it. */
  private shown: string | undefined;

  /** Fires with the merged dictionary whenever it differs from before. */
  readonly onDidChange = this.changed.event;
  /** Fires with the text of each warning shown about a malformed dictionary. */
  readonly onDidWarn = this.warned.event;

  constructor(
    private readonly settings: Settings,
    private readonly log: vscode.LogOutputChannel,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${DICTIONARY_PATH}`);
    const reload = () => void this.reload();
    this.disposables = [
      watcher,
      watcher.onDidCreate(reload),
      watcher.onDidChange(reload),
      watcher.onDidDelete(reload),
      settings.onDidChange('dictionary', reload),
      vscode.workspace.onDidChangeWorkspaceFolders(reload),
      this.changed,
      this.warned,
    ];
    this.loading = this.load();
  }

  get current(): Dictionary {
    return this.value;
  }

  /** Reads every source again; resolves once the result is current. */
  reload(): Promise<void> {
    this.loading = this.loading.then(
      () => this.load(),
      () => this.load(),
    );
    return this.loading;
  }

  /** The folder of the document, else the first folder; the user setting when no folder is open. */
  locationFor(document: vscode.Uri | undefined): DictionaryLocation {
    const folder = (document && vscode.workspace.getWorkspaceFolder(document)) ?? vscode.workspace.workspaceFolders?.[0];
    return folder ? { kind: 'file', uri: vscode.Uri.joinPath(folder.uri, DICTIONARY_PATH) } : { kind: 'setting' };
  }

  describe(location: DictionaryLocation): string {
    return location.kind === 'file' ? vscode.workspace.asRelativePath(location.uri) : `the ${SETTING} setting`;
  }

  /** Writes `change` of the dictionary's text where corrections about `document` belong, then reloads. */
  async edit(document: vscode.Uri | undefined, change: (text: string) => string): Promise<DictionaryLocation> {
    const location = this.locationFor(document);
    if (location.kind === 'file') await this.editFile(location.uri, change);
    else await this.editSetting(change);
    await this.reload();
    return location;
  }

  /** Opens the dictionary file (created if need be), or the setting. */
  async open(document: vscode.Uri | undefined): Promise<void> {
    const location = this.locationFor(document);
    if (location.kind === 'setting') {
      await vscode.commands.executeCommand('workbench.action.openSettings', SETTING);
      return;
    }
    if ((await readText(location.uri)) === undefined) await writeText(location.uri, NEW_DICTIONARY);
    await vscode.window.showTextDocument(location.uri);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  /**
   * Written on disk, where the CLI and every window read it; an open editor of the file reloads by
   * itself. One with unsaved changes is left alone: writing under it would lose them or conflict.
   */
  private async editFile(uri: vscode.Uri, change: (text: string) => string): Promise<void> {
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.isDirty)) {
      throw new DictionaryEditError('it has unsaved changes; save or revert them first', 0);
    }
    await writeText(uri, change((await readText(uri)) ?? ''));
  }

  private async editSetting(change: (text: string) => string): Promise<void> {
    const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
    const value = config.inspect<unknown>(SETTING_KEYS.dictionary)?.globalValue;
    const text = value === undefined ? '' : JSON.stringify(value, null, 2);
    await config.update(SETTING_KEYS.dictionary, JSON.parse(change(text)), vscode.ConfigurationTarget.Global);
  }

  private async load(): Promise<void> {
    const parts: Dictionary[] = [];
    const problems: Problem[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, DICTIONARY_PATH);
      let text: string | undefined;
      try {
        text = await readText(uri);
      } catch (error) {
        this.log.warn(`Cannot read ${uri.toString()}:`, error instanceof Error ? error : String(error));
      }
      if (text === undefined) continue;
      const parsed = parseDictionary(text);
      parts.push(parsed.dictionary);
      problems.push(...parsed.problems.map((p) => ({ ...p, uri })));
    }
    if (this.settings.current.dictionary) {
      const parsed = parseDictionary(this.settings.current.dictionary);
      parts.push(parsed.dictionary);
      problems.push(...parsed.problems);
    }
    const merged = parts.reduce(mergeDictionaries, emptyDictionary());
    this.report(problems);
    if (JSON.stringify(merged) === JSON.stringify(this.value)) return;
    this.value = merged;
    this.changed.fire(merged);
  }

  /** Every problem goes to the output channel; the first is shown once, without blocking, with a way to it. */
  private report(problems: Problem[]): void {
    const describe = (p: Problem) => (p.uri ? `${vscode.workspace.asRelativePath(p.uri)} line ${p.line}: ${p.message}` : `the ${SETTING} setting: ${p.message}`);
    for (const p of problems) this.log.warn(`Corrections dictionary: ${describe(p)}`);
    const first = problems[0];
    const key = first && describe(first);
    if (key === this.shown) return;
    this.shown = key;
    if (!first || !key) return;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    const action = first.uri ? 'Open File' : 'Open Setting';
    const message = `Briefing Lens: ${key}${more}. The rest of the corrections still apply.`;
    this.warned.fire(message);
    void vscode.window.showWarningMessage(message, action).then(async (chosen) => {
      if (chosen !== action) return;
      if (!first.uri) return void vscode.commands.executeCommand('workbench.action.openSettings', SETTING);
      const line = Math.max(first.line - 1, 0);
      await vscode.window.showTextDocument(first.uri, { selection: new vscode.Range(line, 0, line, 0) });
    });
  }
}

async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

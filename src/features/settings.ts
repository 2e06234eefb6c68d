// The one typed accessor for the extension's settings, and the one place that reacts to changes.
import { DEFAULT_MAX_DOCUMENT_SIZE } from '../core/limits';
import * as vscode from 'vscode';
import { SETTING_KEYS, SETTINGS_SECTION } from './ids';

export type SortOrder = 'frequency' | 'name';

export interface BriefingSettings {
  detectPlainText: boolean;
  semanticHighlighting: boolean;
  hover: boolean;
  outline: boolean;
  navigation: boolean;
  statusBar: boolean;
  sortOrder: SortOrder;
  /** Milliseconds of quiet after an edit before re-analysing. */
  analysisDelay: number;
  /** Briefings longer than this many characters are not analysed unless the reader asks. */
  maxDocumentSize: number;
  /** The `briefingLens.dictionary` setting as JSON text ('' when unset), so a change compares by value. */
  dictionary: string;
  /** Glob of the files the workspace index reads; '' turns the index off. */
  include: string;
}

/** Surfaces that a boolean setting switches on and off. */
export type Surface = 'semanticHighlighting' | 'hover' | 'outline' | 'navigation' | 'statusBar';

const DEFAULT_DELAY = 300;
export const DEFAULT_INCLUDE = '**/*.{briefing,txt}';

function read(): BriefingSettings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const flag = (key: keyof BriefingSettings) => config.get<boolean>(SETTING_KEYS[key], true) !== false;
  const delay = config.get<number>(SETTING_KEYS.analysisDelay, DEFAULT_DELAY);
  const maxSize = config.get<number>(SETTING_KEYS.maxDocumentSize, DEFAULT_MAX_DOCUMENT_SIZE);
  return {
    detectPlainText: flag('detectPlainText'),
    semanticHighlighting: flag('semanticHighlighting'),
    hover: flag('hover'),
    outline: flag('outline'),
    navigation: flag('navigation'),
    statusBar: flag('statusBar'),
    sortOrder: config.get<string>(SETTING_KEYS.sortOrder) === 'name' ? 'name' : 'frequency',
    analysisDelay: Number.isFinite(delay) && delay >= 0 ? delay : DEFAULT_DELAY,
    maxDocumentSize: Number.isFinite(maxSize) && maxSize > 0 ? maxSize : DEFAULT_MAX_DOCUMENT_SIZE,
    dictionary: dictionaryText(config.get<unknown>(SETTING_KEYS.dictionary)),
    include: (config.get<string>(SETTING_KEYS.include) ?? DEFAULT_INCLUDE).trim(),
  };
}

/** Pretty JSON, so problems in the setting can be read against it; '' for an unset or empty value. */
function dictionaryText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object' && Object.keys(value).length === 0) return '';
  return JSON.stringify(value, null, 2);
}

export class Settings implements vscode.Disposable {
  private value = read();
  private readonly changed = new vscode.EventEmitter<{ previous: BriefingSettings; current: BriefingSettings }>();
  private readonly listener = vscode.workspace.onDidChangeConfiguration((event) => {
    if (!event.affectsConfiguration(SETTINGS_SECTION)) return;
    const previous = this.value;
    this.value = read();
    this.changed.fire({ previous, current: this.value });
  });

  get current(): BriefingSettings {
    return this.value;
  }

  /**
   * Calls `listener` with the new value whenever the one setting `key` changes, and only then: an
   * edit to another `briefingLens.*` setting must not reset state that merely started from this one.
   */
  onDidChange<K extends keyof BriefingSettings>(key: K, listener: (value: BriefingSettings[K]) => void): vscode.Disposable {
    return this.changed.event(({ previous, current }) => {
      if (current[key] !== previous[key]) listener(current[key]);
    });
  }

  /**
   * Keeps a surface registered exactly while its setting is on: `register` runs when it turns on,
   * and what it returned is disposed when it turns off.
   */
  toggle(surface: Surface, register: () => vscode.Disposable): vscode.Disposable {
    let active = this.value[surface] ? register() : undefined;
    const listener = this.onDidChange(surface, (on) => {
      active?.dispose();
      active = on ? register() : undefined;
    });
    return new vscode.Disposable(() => {
      listener.dispose();
      active?.dispose();
    });
  }

  dispose(): void {
    this.listener.dispose();
    this.changed.dispose();
  }
}

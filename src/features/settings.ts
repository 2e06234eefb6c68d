// The one typed accessor for the extension's settings, and the one place that reacts to changes.
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
}

/** Surfaces that a boolean setting switches on and off. */
export type Surface = 'semanticHighlighting' | 'hover' | 'outline' | 'navigation' | 'statusBar';

function read(): BriefingSettings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const flag = (key: keyof BriefingSettings) => config.get<boolean>(SETTING_KEYS[key], true) !== false;
  const delay = config.get<number>(SETTING_KEYS.analysisDelay, 300);
  return {
    detectPlainText: flag('detectPlainText'),
    semanticHighlighting: flag('semanticHighlighting'),
    hover: flag('hover'),
    outline: flag('outline'),
    navigation: flag('navigation'),
    statusBar: flag('statusBar'),
    sortOrder: config.get<string>(SETTING_KEYS.sortOrder) === 'name' ? 'name' : 'frequency',
    analysisDelay: Number.isFinite(delay) && delay >= 0 ? delay : 300,
  };
}

export class Settings implements vscode.Disposable {
  private value = read();
  private readonly changed = new vscode.EventEmitter<BriefingSettings>();
  private readonly listener = vscode.workspace.onDidChangeConfiguration((event) => {
    if (!event.affectsConfiguration(SETTINGS_SECTION)) return;
    this.value = read();
    this.changed.fire(this.value);
  });

  /** Fires with the new values whenever any `briefingLens.*` setting changes. */
  readonly onDidChange = this.changed.event;

  get current(): BriefingSettings {
    return this.value;
  }

  /**
   * Keeps a surface registered exactly while its setting is on: `register` runs when it turns on,
   * and what it returned is disposed when it turns off.
   */
  toggle(surface: Surface, register: () => vscode.Disposable): vscode.Disposable {
    let active = this.value[surface] ? register() : undefined;
    const listener = this.onDidChange((settings) => {
      if (settings[surface] && !active) active = register();
      else if (!settings[surface] && active) {
        active.dispose();
        active = undefined;
      }
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

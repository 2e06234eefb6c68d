// The Entities view: follows the active briefing, rebuilds after each new analysis, and keeps its
// sort order and filter in context keys so the title-bar buttons match the state.
import * as vscode from 'vscode';
import { isBriefing, isPanel, type DocumentAnalyses } from '../analyses';
import { ContextKey, ENTITIES_VIEW_ID } from '../ids';
import type { Settings, SortOrder } from '../settings';
import { buildEntityGroups } from './model';
import { EntityNode, GroupNode, type EntityTreeNode } from './nodes';

/** What tests and other features may read of the view; plain data, no tree nodes. */
export interface EntityTreeSnapshot {
  uri: string | undefined;
  groups: { label: string; entities: { id: string; label: string; description: string; mentions: string[] }[] }[];
}

export class EntityTree implements vscode.TreeDataProvider<EntityTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<EntityTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<EntityTreeNode>;

  private document: vscode.TextDocument | undefined;
  /** Built lazily for `builtVersion` of `document`; an edit makes them stale. */
  private roots: GroupNode[] = [];
  private builtVersion: number | undefined;
  private sortOrder: SortOrder;
  private filter = '';
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly analyses: DocumentAnalyses,
    settings: Settings,
  ) {
    this.sortOrder = settings.current.sortOrder;
    this.view = vscode.window.createTreeView(ENTITIES_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.changed,
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      // A language switch reopens the document without changing the active editor.
      vscode.workspace.onDidOpenTextDocument(() => this.follow(vscode.window.activeTextEditor)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document === this.document) this.show(undefined);
      }),
      analyses.onDidChange((event) => {
        if (this.document && event.uri.toString() === this.document.uri.toString() && event.version !== this.builtVersion) {
          this.invalidate();
        }
      }),
      // New corrections give the same document version a new analysis.
      analyses.onDidApplyCorrections(() => {
        if (this.document) this.invalidate();
      }),
      settings.onDidChange('sortOrder', (order) => this.setSortOrder(order)),
    );
    this.updateContextKeys();
    this.follow(vscode.window.activeTextEditor);
  }

  getTreeItem(node: EntityTreeNode): vscode.TreeItem {
    return node.toTreeItem();
  }

  getChildren(node?: EntityTreeNode): EntityTreeNode[] {
    return node ? node.children : this.currentRoots();
  }

  getParent(node: EntityTreeNode): EntityTreeNode | undefined {
    return node.parent;
  }

  setSortOrder(order: SortOrder): void {
    this.sortOrder = order;
    this.updateContextKeys();
    this.invalidate();
  }

  setFilter(filter: string): void {
    this.filter = filter.trim();
    this.view.message = this.filter ? `Showing entities matching “${this.filter}”` : undefined;
    this.updateContextKeys();
    this.invalidate();
  }

  get currentFilter(): string {
    return this.filter;
  }

  /**
   * Selects the entity's row, showing the view and switching it to the document if need be. A filter
   * that hides the entity is cleared: the reader asked to see that entity.
   */
  async revealEntity(uri: string, entityId: string): Promise<boolean> {
    let node = this.findEntity(uri, entityId);
    if (!node && this.filter) {
      this.setFilter('');
      node = this.findEntity(uri, entityId);
    }
    if (!node) return false;
    await this.view.reveal(node, { select: true, focus: true, expand: true });
    return true;
  }

  snapshot(): EntityTreeSnapshot {
    return {
      uri: this.document?.uri.toString(),
      groups: this.currentRoots().map((group) => ({
        label: group.label,
        entities: group.children.map((entity) => ({
          id: entity.row.entity.id,
          label: entity.row.entity.name,
          description: entity.description,
          mentions: entity.children.map((mention) => mention.label),
        })),
      })),
    };
  }

  /** Ids of the selected entity rows. */
  selectedEntityIds(): string[] {
    return this.view.selection.filter((node): node is EntityNode => node.kind === 'entity').map((n) => n.row.entity.id);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private findEntity(uri: string, entityId: string): EntityNode | undefined {
    if (this.document?.uri.toString() !== uri) {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
      if (!document || !isBriefing(document)) return undefined;
      this.show(document);
    }
    for (const group of this.currentRoots()) {
      const node = group.children.find((entity) => entity.row.entity.id === entityId);
      if (node) return node;
    }
    return undefined;
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (isPanel(editor)) return;
    const document = editor && isBriefing(editor.document) ? editor.document : undefined;
    if (document !== this.document) this.show(document);
  }

  private show(document: vscode.TextDocument | undefined): void {
    this.document = document;
    this.view.description = document ? document.uri.path.split('/').pop() : undefined;
    this.invalidate();
  }

  private invalidate(): void {
    this.builtVersion = undefined;
    this.changed.fire(undefined);
  }

  private currentRoots(): GroupNode[] {
    const document = this.document;
    if (!document || document.isClosed) return [];
    if (this.builtVersion !== document.version) {
      // The newest analysis held, perhaps of a version a few keystrokes old: its rows carry that
      // version, so a click finds its mention in the current text. Only the current version's
      // analysis settles the rows; until it comes, the change event rebuilds them.
      const latest = this.analyses.latest(document);
      this.builtVersion = latest?.version === document.version ? latest.version : undefined;
      const uri = document.uri.toString();
      this.roots = latest
        ? buildEntityGroups(latest.analysis, latest.text, { sortOrder: this.sortOrder, filter: this.filter }).map(
          (group) => new GroupNode(uri, latest.version, group),
        )
        : [];
    }
    return this.roots;
  }

  private updateContextKeys(): void {
    void vscode.commands.executeCommand('setContext', ContextKey.sortOrder, this.sortOrder);
    void vscode.commands.executeCommand('setContext', ContextKey.filterActive, this.filter.length > 0);
  }
}

export function registerEntityTree(deps: { analyses: DocumentAnalyses; settings: Settings }): EntityTree {
  return new EntityTree(deps.analyses, deps.settings);
}

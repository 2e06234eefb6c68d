// The Entities view: follows the active briefing, rebuilds after each new analysis, and keeps its
// sort order, filter and mode in context keys so the title-bar buttons match the state. In workspace
// mode it lists the entities of every indexed briefing instead (workspaceNodes.ts).
import * as vscode from 'vscode';
import { isBriefing, isPanel, type DocumentAnalyses } from '../analyses';
import { ContextKey, ENTITIES_VIEW_ID } from '../ids';
import type { Settings, SortOrder } from '../settings';
import type { Settled } from '../../core/documentCache';
import type { Analysis, EntityType } from '../../core/types';
import type { WorkspaceEntity } from '../../workspace/queries';
import { entityKey } from '../../workspace/queries';
import { buildEntityGroups } from './model';
import { EntityNode, GroupNode, type MentionNode } from './nodes';
import { buildWorkspaceGroups } from './workspaceModel';
import { WorkspaceEntityNode, WorkspaceGroupNode, type FileNode } from './workspaceNodes';

/** Sort orders and filters whose rows are kept for one analysis. */
const ROW_CACHE_SIZE = 4;

export type EntityTreeNode = GroupNode | EntityNode | MentionNode | WorkspaceGroupNode | WorkspaceEntityNode | FileNode;

/** 'document': the active briefing's entities; 'workspace': those of every indexed briefing. */
export type EntityViewMode = 'document' | 'workspace';

/** What workspace mode lists: the workspace index (features/workspace) as the view needs it. */
export interface WorkspaceEntitySource {
  readonly state: 'off' | 'indexing' | 'ready';
  readonly index: { entities(): readonly WorkspaceEntity[]; briefings(): readonly unknown[] };
  /** Fires when entries or the state changed. */
  readonly onDidChange: vscode.Event<void>;
}

/** What tests and other features may read of the view; plain data, no tree nodes. */
export interface EntityTreeSnapshot {
  mode: EntityViewMode;
  /** The briefing shown in document mode. */
  uri: string | undefined;
  groups: {
    label: string;
    entities: {
      id: string;
      label: string;
      description: string;
      /** Mention rows (document mode). */
      mentions: string[];
      /** Briefings that mention the entity, workspace-relative (workspace mode). */
      files?: { path: string; mentions: number }[];
    }[];
  }[];
}

export class EntityTree implements vscode.TreeDataProvider<EntityTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<EntityTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<EntityTreeNode>;

  private document: vscode.TextDocument | undefined;
  /** Built lazily for `builtVersion` of `document`; an edit makes them stale. */
  private roots: GroupNode[] = [];
  private builtVersion: number | undefined;
  /** Rows made for the newest analysis shown, by sort order and filter. */
  private rowCache: { uri: string; analysis: Analysis; byOptions: Map<string, GroupNode[]> } | undefined;
  /** A turn to build rows in is asked for (see prepareRows). */
  private preparing = false;
  private disposed = false;
  private sortOrder: SortOrder;
  private filter = '';
  private mode: EntityViewMode = 'document';
  private workspace: WorkspaceEntitySource | undefined;
  /** Built lazily in workspace mode; undefined when the index or the options changed. */
  private workspaceRoots: WorkspaceGroupNode[] | undefined;
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

  /** VS Code asks when a row without a tooltip is hovered: entity rows make theirs only then. */
  resolveTreeItem(item: vscode.TreeItem, node: EntityTreeNode): vscode.TreeItem {
    if (node.kind === 'entity') item.tooltip ??= node.tooltip();
    return item;
  }

  getChildren(node?: EntityTreeNode): EntityTreeNode[] {
    if (node) return node.children;
    return this.mode === 'workspace' ? this.currentWorkspaceRoots() : this.currentRoots();
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
    this.updateMessage();
    this.updateContextKeys();
    this.invalidate();
  }

  /**
   * Lets workspace mode list the index's entities; until then (and after the returned disposable
   * is disposed) the view has the document mode only.
   */
  attachWorkspace(source: WorkspaceEntitySource): vscode.Disposable {
    this.workspace = source;
    const listener = source.onDidChange(() => {
      if (this.mode !== 'workspace') return;
      this.updateDescription();
      this.updateMessage();
      this.invalidate();
    });
    return new vscode.Disposable(() => {
      listener.dispose();
      if (this.workspace !== source) return;
      this.workspace = undefined;
      this.setMode('document');
    });
  }

  setMode(mode: EntityViewMode): void {
    if (mode === 'workspace' && !this.workspace) return;
    this.mode = mode;
    this.updateDescription();
    this.updateMessage();
    this.updateContextKeys();
    this.invalidate();
  }

  /** Whether the view is open on screen (VS Code asks only a visible view for rows). */
  get visible(): boolean {
    return this.view.visible;
  }

  get currentMode(): EntityViewMode {
    return this.mode;
  }

  get currentFilter(): string {
    return this.filter;
  }

  /**
   * Selects the entity's row, showing the view and switching it to the document if need be. A filter
   * that hides the entity is cleared: the reader asked to see that entity.
   */
  async revealEntity(uri: string, entityId: string): Promise<boolean> {
    // In workspace mode the reader sees the entity across briefings, if the index knows it (saved text).
    const inWorkspace = this.mode === 'workspace' ? this.findWorkspaceEntity(entityId) : undefined;
    if (inWorkspace) {
      await this.view.reveal(inWorkspace, { select: true, focus: true, expand: true });
      return true;
    }
    if (this.mode === 'workspace') this.setMode('document');
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
    if (this.mode === 'workspace') {
      return {
        mode: this.mode,
        uri: undefined,
        groups: this.currentWorkspaceRoots().map((group) => ({
          label: group.label,
          entities: group.children.map((entity) => ({
            id: entity.id,
            label: entity.entity.name,
            description: entity.description,
            mentions: [],
            files: entity.children.map((file) => ({ path: file.path, mentions: file.file.mentions })),
          })),
        })),
      };
    }
    return {
      mode: this.mode,
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
    return this.view.selection.flatMap((node) => (node.kind === 'entity' ? [node.row.entity.id] : node.kind === 'workspaceEntity' ? [node.id] : []));
  }

  dispose(): void {
    this.disposed = true;
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

  private findWorkspaceEntity(entityId: string): WorkspaceEntityNode | undefined {
    const colon = entityId.indexOf(':');
    const key = entityKey(entityId.slice(0, colon) as EntityType, entityId.slice(colon + 1));
    const find = () => this.currentWorkspaceRoots().flatMap((group) => group.children).find((node) => node.entity.key === key);
    let node = find();
    if (!node && this.filter) {
      this.setFilter('');
      node = find();
    }
    return node;
  }

  private show(document: vscode.TextDocument | undefined): void {
    this.document = document;
    this.updateDescription();
    // In workspace mode the rows do not depend on the active briefing.
    if (this.mode === 'document') this.invalidate();
    else this.builtVersion = undefined;
  }

  private invalidate(): void {
    this.builtVersion = undefined;
    this.workspaceRoots = undefined;
    this.changed.fire(undefined);
    this.prepareRows();
  }

  /**
   * Builds the rows a visible view is about to ask for in a turn of their own, before VS Code's
   * request arrives: its requests are then answered from rows already made.
   */
  private prepareRows(): void {
    if (this.preparing || !this.view.visible) return;
    this.preparing = true;
    void this.analyses.nextTurn().then(() => {
      this.preparing = false;
      if (!this.disposed && this.view.visible) this.getChildren();
    });
  }

  private currentWorkspaceRoots(): WorkspaceGroupNode[] {
    const index = this.workspace?.index;
    if (!index || index.briefings().length === 0) return [];
    this.workspaceRoots ??= buildWorkspaceGroups(index.entities(), { sortOrder: this.sortOrder, filter: this.filter }).map(
      (group) => new WorkspaceGroupNode(group),
    );
    return this.workspaceRoots;
  }

  private updateDescription(): void {
    // With the view alone in its container VS Code hides the description: the title names the mode too.
    this.view.title = this.mode === 'workspace' ? 'Entities of All Briefings' : 'Entities';
    if (this.mode === 'workspace') {
      const count = this.workspace?.index.briefings().length ?? 0;
      this.view.description = `All briefings (${count})`;
    } else {
      this.view.description = this.document ? this.document.uri.path.split('/').pop() : undefined;
    }
  }

  private updateMessage(): void {
    const indexing = this.mode === 'workspace' && this.workspace?.state === 'indexing' && this.workspace.index.briefings().length > 0;
    const count = this.workspace?.index.briefings().length ?? 0;
    const parts = [
      // A narrow side bar cuts the title: the mode is said where the rows begin.
      this.mode === 'workspace' && !indexing && count > 0 ? `Entities of all ${count} briefings.` : undefined,
      indexing ? 'Indexing briefings…' : undefined,
      this.filter ? `Showing entities matching “${this.filter}”` : undefined,
    ];
    this.view.message = parts.filter(Boolean).join(' ') || undefined;
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
      this.roots = latest ? this.rootsOf(document.uri.toString(), latest) : [];
    }
    return this.roots;
  }

  /**
   * The rows of one analysis in the current order and filter, kept per order and filter: going back
   * and forth between two costs nothing.
   */
  private rootsOf(uri: string, { analysis, text, version }: Settled): GroupNode[] {
    if (this.rowCache?.analysis !== analysis || this.rowCache.uri !== uri) this.rowCache = { uri, analysis, byOptions: new Map() };
    const key = `${this.sortOrder}\u0000${this.filter}`;
    let roots = this.rowCache.byOptions.get(key);
    if (!roots) {
      roots = buildEntityGroups(analysis, text, { sortOrder: this.sortOrder, filter: this.filter }).map((group) => new GroupNode(uri, version, group));
      // Filters typed letter by letter would pile up: only a few are kept.
      if (this.rowCache.byOptions.size >= ROW_CACHE_SIZE) this.rowCache.byOptions.clear();
      this.rowCache.byOptions.set(key, roots);
    }
    return roots;
  }

  private updateContextKeys(): void {
    void vscode.commands.executeCommand('setContext', ContextKey.sortOrder, this.sortOrder);
    void vscode.commands.executeCommand('setContext', ContextKey.filterActive, this.filter.length > 0);
    void vscode.commands.executeCommand('setContext', ContextKey.viewMode, this.mode);
  }
}

export function registerEntityTree(deps: { analyses: DocumentAnalyses; settings: Settings }): EntityTree {
  return new EntityTree(deps.analyses, deps.settings);
}

// The Entities view's rows in workspace mode: a group per type, an entity row per entity of the whole
// workspace, and under it a row per briefing that mentions it, which opens that briefing at the
// entity's first mention there.
import * as vscode from 'vscode';
import type { EntityType } from '../../core/types';
import type { EntityFile, WorkspaceEntity } from '../../workspace/queries';
import { rangeFrom } from '../workspace/locations';
import type { WorkspaceEntityGroup } from './workspaceModel';

const ICONS: Record<EntityType, string> = { person: 'person', organization: 'organization', place: 'location' };

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function openAt(file: EntityFile): vscode.Command {
  const uri = vscode.Uri.parse(file.uri);
  return { title: 'Open Briefing at First Mention', command: 'vscode.open', arguments: [uri, { selection: rangeFrom(file.first) }] };
}

export class WorkspaceGroupNode {
  readonly kind = 'workspaceGroup';
  readonly parent = undefined;
  readonly children: WorkspaceEntityNode[];

  constructor(readonly group: WorkspaceEntityGroup) {
    this.children = group.entities.map((entity) => new WorkspaceEntityNode(this, entity));
  }

  get label(): string {
    return `${this.group.title} (${this.group.entities.length})`;
  }

  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(
      this.label,
      this.children.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
    );
    item.id = `workspace-group:${this.group.type}`;
    item.iconPath = new vscode.ThemeIcon(ICONS[this.group.type]);
    item.contextValue = 'briefingLens.group';
    return item;
  }
}

export class WorkspaceEntityNode {
  readonly kind = 'workspaceEntity';
  private fileNodes: FileNode[] | undefined;

  constructor(
    readonly parent: WorkspaceGroupNode,
    readonly entity: WorkspaceEntity,
  ) {}

  /** Built when the row is expanded: thousands of entities, each with its sorted list of files, would be wasted work. */
  get children(): FileNode[] {
    this.fileNodes ??= this.entity.files.map((file) => new FileNode(this, file));
    return this.fileNodes;
  }

  /** The same form as a document entity's id, so commands and tests name it alike. */
  get id(): string {
    return `${this.entity.type}:${this.entity.name}`;
  }

  get description(): string {
    const { entity } = this;
    // The spread comes first: it is what this mode is for, and a narrow side bar cuts the end off.
    const spread = `${plural(entity.fileCount, 'briefing', 'briefings')}, ${plural(entity.mentions, 'mention', 'mentions')}`;
    return [entity.watched ? '★ watched' : undefined, spread, entity.role].filter(Boolean).join(' · ');
  }

  toTreeItem(): vscode.TreeItem {
    const { entity } = this;
    const item = new vscode.TreeItem(entity.name, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `workspace-entity:${entity.key}`;
    item.description = this.description;
    item.iconPath = entity.watched ? new vscode.ThemeIcon('star-full', new vscode.ThemeColor('charts.yellow')) : new vscode.ThemeIcon(ICONS[entity.type]);
    item.contextValue = `briefingLens.workspaceEntity.${entity.type}`;
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown('**').appendText(entity.name).appendMarkdown(`** · ${entity.type}${entity.watched ? ' · ★ watched' : ''}`);
    if (entity.role) tooltip.appendMarkdown('\n\nRole: ').appendText(entity.role);
    if (entity.aliases.length > 0) tooltip.appendMarkdown('\n\nAlso: ').appendText(entity.aliases.join(', '));
    tooltip.appendMarkdown('\n\n').appendText(this.description);
    item.tooltip = tooltip;
    // Like a document entity row: a click goes to a first mention, in the briefing that mentions it most.
    item.command = openAt(entity.lead);
    return item;
  }
}

export class FileNode {
  readonly kind = 'file';
  readonly children: never[] = [];

  constructor(
    readonly parent: WorkspaceEntityNode,
    readonly file: EntityFile,
  ) {}

  get path(): string {
    return vscode.workspace.asRelativePath(vscode.Uri.parse(this.file.uri));
  }

  get label(): string {
    return this.path.split('/').pop() ?? this.path;
  }

  get description(): string {
    const folder = this.path.split('/').slice(0, -1).join('/');
    return [plural(this.file.mentions, 'mention', 'mentions'), folder].filter(Boolean).join(' · ');
  }

  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.label, vscode.TreeItemCollapsibleState.None);
    item.id = `workspace-file:${this.parent.entity.key}@${this.file.uri}`;
    item.resourceUri = vscode.Uri.parse(this.file.uri);
    item.iconPath = vscode.ThemeIcon.File;
    item.description = this.description;
    item.tooltip = `${this.path}: ${plural(this.file.mentions, 'mention', 'mentions')} of ${this.parent.entity.name}`;
    item.contextValue = 'briefingLens.briefingFile';
    item.command = openAt(this.file);
    return item;
  }
}

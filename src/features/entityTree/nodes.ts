// The Entities view's rows as small classes: each knows its tree item, children and parent, so
// TreeView.reveal can walk up from any row.
import * as vscode from 'vscode';
import type { EntityType } from '../../core/types';
import { Command } from '../ids';
import type { EntityGroup, EntityRow, MentionRow } from './model';

const ICONS: Record<EntityType, string> = { person: 'person', organization: 'organization', place: 'location' };

/**
 * Rows are built from one document version; the entity id, the mention's index and that version let
 * the command find the same mention again if the text changed before the view caught up.
 */
function revealCommand(group: GroupNode, entityId: string, mentionIndex: number, span: { start: number; end: number }): vscode.Command {
  return {
    title: 'Reveal Mention',
    command: Command.revealMention,
    arguments: [group.uri, span.start, span.end, { version: group.version, entityId, mentionIndex }],
  };
}

export class GroupNode {
  readonly kind = 'group';
  readonly parent = undefined;
  readonly children: EntityNode[];

  constructor(
    readonly uri: string,
    /** The document version the rows' offsets belong to. */
    readonly version: number,
    readonly group: EntityGroup,
  ) {
    this.children = group.entities.map((row) => new EntityNode(this, row));
  }

  get id(): string {
    return `group:${this.group.type}`;
  }

  get label(): string {
    return `${this.group.title} (${this.group.entities.length})`;
  }

  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(
      this.label,
      this.children.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
    );
    item.id = this.id;
    item.iconPath = new vscode.ThemeIcon(ICONS[this.group.type]);
    item.contextValue = 'briefingLens.group';
    return item;
  }
}

export class EntityNode {
  readonly kind = 'entity';
  private mentionNodes: MentionNode[] | undefined;

  constructor(
    readonly parent: GroupNode,
    readonly row: EntityRow,
  ) {}

  /** Made when the row is first expanded. */
  get children(): MentionNode[] {
    return (this.mentionNodes ??= this.row.mentions.map((mention, index) => new MentionNode(this, mention, index)));
  }

  get id(): string {
    return `entity:${this.row.entity.id}`;
  }

  get description(): string {
    const { entity } = this.row;
    const count = entity.mentions.length;
    const mentions = `${count} ${count === 1 ? 'mention' : 'mentions'}`;
    return [entity.watched ? '★ watched' : undefined, entity.role, mentions].filter(Boolean).join(' · ');
  }

  tooltip(): vscode.MarkdownString {
    const { entity } = this.row;
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown('**').appendText(entity.name).appendMarkdown(`** · ${entity.type}${entity.watched ? ' · ★ watched' : ''}`);
    if (entity.role) tooltip.appendMarkdown('\n\nRole: ').appendText(entity.role);
    if (entity.aliases.length > 0) tooltip.appendMarkdown('\n\nAlso: ').appendText(entity.aliases.join(', '));
    return tooltip;
  }

  toTreeItem(): vscode.TreeItem {
    const { entity } = this.row;
    const item = new vscode.TreeItem(entity.name, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.description = this.description;
    // A watched entity stands out by its star; its group row still says its type.
    item.iconPath = entity.watched ? new vscode.ThemeIcon('star-full', new vscode.ThemeColor('charts.yellow')) : new vscode.ThemeIcon(ICONS[entity.type]);
    item.contextValue = `briefingLens.entity.${entity.type}`;
    // The tooltip is made when the row is hovered (resolveTreeItem), not for every row listed.
    const first = entity.mentions[0];
    if (first) item.command = revealCommand(this.parent, entity.id, 0, first);
    return item;
  }
}

export class MentionNode {
  readonly kind = 'mention';
  readonly children: never[] = [];

  constructor(
    readonly parent: EntityNode,
    readonly mention: MentionRow,
    /** Its place among the entity's mentions (the rows list every mention in order). */
    private readonly index: number,
  ) {}

  get id(): string {
    return `mention:${this.parent.row.entity.id}@${this.mention.start}`;
  }

  get label(): string {
    return `line ${this.mention.line + 1}: ${this.mention.context.text}`;
  }

  toTreeItem(): vscode.TreeItem {
    const prefix = `line ${this.mention.line + 1}: `.length;
    const [from, to] = this.mention.context.highlight;
    const item = new vscode.TreeItem(
      { label: this.label, highlights: [[prefix + from, prefix + to]] },
      vscode.TreeItemCollapsibleState.None,
    );
    item.id = this.id;
    item.tooltip = this.mention.context.text;
    item.contextValue = 'briefingLens.mention';
    item.command = revealCommand(this.parent.parent, this.parent.row.entity.id, this.index, this.mention);
    return item;
  }
}

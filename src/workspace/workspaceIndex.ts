// The workspace index in memory: one entry per file, updated file by file, and the queries over
// the briefings among them. The entity list is computed once per change, not per request.
import type { BriefingEntry, IndexEntry } from './entry';
import { referencesTo, searchSymbols, workspaceEntities, type EntityRef, type FileRange, type SymbolHit, type WorkspaceEntity } from './queries';

export class WorkspaceIndex {
  private readonly entries = new Map<string, IndexEntry>();
  private briefingList: BriefingEntry[] | undefined;
  private entityList: WorkspaceEntity[] | undefined;

  get(uri: string): IndexEntry | undefined {
    return this.entries.get(uri);
  }

  /** Every entry, briefing or not, keyed by uri: what the next build may reuse and the cache stores. */
  asMap(): ReadonlyMap<string, IndexEntry> {
    return this.entries;
  }

  set(entry: IndexEntry): void {
    this.entries.set(entry.uri, entry);
    this.changed();
  }

  delete(uri: string): boolean {
    const deleted = this.entries.delete(uri);
    if (deleted) this.changed();
    return deleted;
  }

  /** Keeps only the given entries: what a full scan found. */
  replaceAll(entries: readonly IndexEntry[]): void {
    this.entries.clear();
    for (const entry of entries) this.entries.set(entry.uri, entry);
    this.changed();
  }

  briefings(): readonly BriefingEntry[] {
    this.briefingList ??= [...this.entries.values()]
      .filter((e): e is BriefingEntry => e.kind === 'briefing')
      .sort((a, b) => a.uri.localeCompare(b.uri));
    return this.briefingList;
  }

  entities(): readonly WorkspaceEntity[] {
    this.entityList ??= workspaceEntities(this.briefings());
    return this.entityList;
  }

  references(target: EntityRef, exceptUri: string): FileRange[] {
    return referencesTo(this.briefings(), target, exceptUri);
  }

  symbols(query: string, limit: number): SymbolHit[] {
    return searchSymbols(this.briefings(), query, limit);
  }

  private changed(): void {
    this.briefingList = undefined;
    this.entityList = undefined;
  }
}

// The workspace index in memory: one entry per file, updated file by file. Every file's entities
// are also filed by type and name form (and by alias form), so that the workspace-wide entity list
// is recomputed only for the names a change touched, and a reference search looks names up instead
// of scanning every file.
import type { BriefingEntry, IndexEntry } from './entry';
import { byCodeUnits, formsOf, matcher, WorkspaceEntity, type EntityRef, type FileRange, type Member, type SymbolHit } from './queries';

function addTo(map: Map<string, Set<Member>>, key: string, member: Member): void {
  const set = map.get(key);
  if (set) set.add(member);
  else map.set(key, new Set([member]));
}

function removeFrom(map: Map<string, Set<Member>>, key: string, member: Member): void {
  const set = map.get(key);
  if (set?.delete(member) && set.size === 0) map.delete(key);
}

export class WorkspaceIndex {
  private readonly entries = new Map<string, IndexEntry>();
  private readonly membersOf = new Map<string, Member[]>();
  private readonly byName = new Map<string, Set<Member>>();
  private readonly byAlias = new Map<string, Set<Member>>();
  private readonly aggregates = new Map<string, WorkspaceEntity>();
  /** Name keys whose members changed since the entity list was last computed. */
  private readonly dirty = new Set<string>();
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
    this.unfile(entry.uri);
    this.entries.set(entry.uri, entry);
    this.file(entry);
    this.briefingList = undefined;
  }

  delete(uri: string): boolean {
    if (!this.entries.has(uri)) return false;
    this.unfile(uri);
    this.entries.delete(uri);
    this.briefingList = undefined;
    return true;
  }

  /** Keeps only the given entries: what a full scan found. */
  replaceAll(entries: readonly IndexEntry[]): void {
    const keep = new Set(entries.map((entry) => entry.uri));
    for (const uri of [...this.entries.keys()]) if (!keep.has(uri)) this.delete(uri);
    for (const entry of entries) if (this.entries.get(entry.uri) !== entry) this.set(entry);
  }

  briefings(): readonly BriefingEntry[] {
    this.briefingList ??= [...this.entries.values()]
      .filter((e): e is BriefingEntry => e.kind === 'briefing')
      .sort((a, b) => byCodeUnits(a.uri, b.uri));
    return this.briefingList;
  }

  /** Every entity of the workspace, one per type and name. */
  entities(): readonly WorkspaceEntity[] {
    if (this.entityList && this.dirty.size === 0) return this.entityList;
    for (const key of this.dirty) {
      const members = this.byName.get(key);
      if (members) this.aggregates.set(key, new WorkspaceEntity(key, [...members]));
      else this.aggregates.delete(key);
    }
    this.dirty.clear();
    this.entityList = [...this.aggregates.values()];
    return this.entityList;
  }

  /**
   * Mentions of the entity in every indexed briefing except `exceptUri` (whose mentions the editor
   * has live). A file's entity is the same one when it has the same type and one's canonical name is
   * the other's name or alias: two people who merely share a surname are not matched.
   */
  references(target: EntityRef, exceptUri: string): FileRange[] {
    const { key, aliasKeys } = formsOf(target);
    const matches = new Set<Member>([...(this.byName.get(key) ?? []), ...(this.byAlias.get(key) ?? [])]);
    for (const alias of aliasKeys) for (const member of this.byName.get(alias) ?? []) matches.add(member);
    return [...matches]
      .filter((member) => member.uri !== exceptUri)
      .sort((a, b) => byCodeUnits(a.uri, b.uri) || a.entity.mentions[0]![0] - b.entity.mentions[0]![0])
      .flatMap(({ uri, entity }) => entity.mentions.map((range) => ({ uri, range })));
  }

  /**
   * Entities (one symbol per file that mentions them, at the first mention there) and headings whose
   * name matches, best first, at most `limit`. Each distinct name is matched once, not once per file.
   * An empty query lists the most mentioned entities, each at the file that mentions it most.
   */
  symbols(query: string, limit: number): SymbolHit[] {
    if (query.trim().length === 0) {
      return [...this.entities()]
        .sort((a, b) => b.mentions - a.mentions || byCodeUnits(a.key, b.key))
        .slice(0, limit)
        .map((e) => ({ name: e.name, kind: e.type, uri: e.lead.uri, range: e.lead.first, detail: e.role ?? e.type, score: 1 }));
    }
    const score = matcher(query);
    // Scored first, made into symbols only once chosen: a one-letter query matches nearly everything.
    const found: { score: number; weight: number; hit: () => SymbolHit }[] = [];
    for (const [key, members] of this.byName) {
      const matched = score(key.slice(key.indexOf(':') + 1));
      if (matched === undefined) continue;
      for (const { uri, entity } of members) {
        const hit = () => ({ name: entity.name, kind: entity.type, uri, range: entity.mentions[0]!, detail: entity.role ?? entity.type, score: matched });
        found.push({ score: matched, weight: entity.mentions.length, hit });
      }
    }
    for (const { uri, summary } of this.briefings()) {
      for (const heading of summary.headings) {
        const matched = score(heading.text.toLowerCase());
        const hit = () => ({ name: heading.text, kind: heading.kind, uri, range: heading.range, detail: heading.kind, score: matched! });
        if (matched !== undefined) found.push({ score: matched, weight: 0, hit });
      }
    }
    // VS Code ranks what it gets again; the order here only decides what is cut.
    found.sort((a, b) => b.score - a.score || b.weight - a.weight);
    return found.slice(0, limit).map((f) => f.hit());
  }

  private file(entry: IndexEntry): void {
    if (entry.kind !== 'briefing') return;
    const members: Member[] = [];
    for (const entity of entry.summary.entities) {
      if (entity.mentions.length === 0) continue;
      const member = { uri: entry.uri, entity };
      const { key, aliasKeys } = formsOf(entity);
      addTo(this.byName, key, member);
      for (const alias of aliasKeys) addTo(this.byAlias, alias, member);
      this.dirty.add(key);
      members.push(member);
    }
    this.membersOf.set(entry.uri, members);
  }

  private unfile(uri: string): void {
    for (const member of this.membersOf.get(uri) ?? []) {
      const { key, aliasKeys } = formsOf(member.entity);
      removeFrom(this.byName, key, member);
      for (const alias of aliasKeys) removeFrom(this.byAlias, alias, member);
      this.dirty.add(key);
    }
    this.membersOf.delete(uri);
  }
}

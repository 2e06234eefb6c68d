import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import type { EntityType } from '../../src/core/types';
import { INDEX_FORMAT, parseCache, serialiseCache, serialiseCacheInSlices } from '../../src/workspace/cache';
import type { BriefingEntry, IndexEntry } from '../../src/workspace/entry';
import { matchScore } from '../../src/workspace/queries';
import { summarise, type EntitySummary, type LineRange } from '../../src/workspace/summary';
import { WorkspaceIndex } from '../../src/workspace/workspaceIndex';
import { buildWorkspaceGroups } from '../../src/features/entityTree/workspaceModel';
import { entity } from './support/handAnalysis';

const stamp = { mtime: 5, size: 100 };

function summaryEntity(type: EntityType, name: string, aliases: string[], mentions: LineRange[], role?: string): EntitySummary {
  return { id: `${type}:${name}`, name, type, aliases, mentions, ...(role ? { role } : {}) };
}

function briefing(uri: string, entities: EntitySummary[], headings: BriefingEntry['summary']['headings'] = []): BriefingEntry {
  return { uri, stamp, kind: 'briefing', summary: { entities, headings } };
}

describe('workspace index: summaries', () => {
  it('turns offsets into lines and UTF-16 characters as VS Code counts them (CRLF, lone CR, emoji)', () => {
    const text = 'TITLE LINE HERE\r\n\r\n🙂 Maria Ionescu met\rIonescu again.\nMaria Ionescu left.';
    const maria = entity(text, 'person', 'Maria Ionescu', { aliases: ['Ionescu'] });
    const summary = summarise(text, {
      entities: [maria],
      figures: [],
      citations: [],
      sentences: [],
      sections: [{ kind: 'title', line: 0, text: 'TITLE LINE HERE', start: 0, end: 15, children: [] }],
    });
    assert.deepEqual(summary.entities[0]!.mentions, [
      [2, 3, 2, 16],
      [3, 0, 3, 7],
      [4, 0, 4, 13],
    ]);
    assert.deepEqual(summary.headings, [{ kind: 'title', text: 'TITLE LINE HERE', range: [0, 0, 0, 15] }]);
  });

  it('keeps a mention broken across lines as one range', () => {
    const text = 'She met Rokas\nPetrauskas there.';
    const summary = summarise(text, {
      entities: [{ id: 'person:Rokas Petrauskas', name: 'Rokas Petrauskas', type: 'person', aliases: [], mentions: [{ start: 8, end: 24, text: 'Rokas\nPetrauskas' }] }],
      figures: [], citations: [], sentences: [], sections: [],
    });
    assert.deepEqual(summary.entities[0]!.mentions, [[0, 8, 1, 10]]);
  });
});

describe('workspace index: queries', () => {
  const index = new WorkspaceIndex();
  index.replaceAll([
    briefing('file:///w/a.briefing.txt', [
      summaryEntity('person', 'Maria Ionescu', ['Ionescu'], [[1, 0, 1, 13], [4, 2, 4, 9]], 'Energy Minister'),
      summaryEntity('place', 'Chisinau', [], [[2, 0, 2, 8]]),
    ], [{ kind: 'title', text: 'GAS TALKS STALL', range: [0, 0, 0, 15] }, { kind: 'section', text: 'Outlook', range: [6, 0, 6, 7] }]),
    briefing('file:///w/b.briefing.txt', [
      summaryEntity('person', 'MARIA IONESCU', [], [[3, 4, 3, 17]]),
      summaryEntity('person', 'Ionescu', [], [[7, 0, 7, 7], [9, 0, 9, 7]]),
      summaryEntity('person', 'Dan Ionescu', ['Ionescu'], [[8, 0, 8, 11]]),
      summaryEntity('organization', 'Chisinau', [], [[5, 0, 5, 8]]),
    ]),
    { uri: 'file:///w/todo.txt', stamp, kind: 'skipped', reason: 'not a briefing' },
  ]);

  it('lists each entity once per type and name (case aside) with the files that mention it, most first', () => {
    const maria = index.entities().find((e) => e.key === 'person:maria ionescu');
    assert.ok(maria);
    assert.equal(maria.name, 'Maria Ionescu', 'the spelling of the file that mentions it most');
    assert.equal(maria.role, 'Energy Minister');
    assert.equal(maria.mentions, 3);
    assert.deepEqual(maria.files.map((f) => [f.uri, f.mentions, f.first]), [
      ['file:///w/a.briefing.txt', 2, [1, 0, 1, 13]],
      ['file:///w/b.briefing.txt', 1, [3, 4, 3, 17]],
    ]);
    // A place and an organization of the same name stay apart; the skipped file contributes nothing.
    assert.deepEqual(index.entities().filter((e) => e.name === 'Chisinau').map((e) => e.type).sort(), ['organization', 'place']);
    assert.equal(index.briefings().length, 2);
  });

  it('matches an entity in other files by its name or alias, but not two people who share only a surname', () => {
    const files = (target: { type: EntityType; name: string; aliases: string[] }) =>
      index.references(target, '').map((r) => r.uri.slice(-14) + ' ' + r.range.join(','));
    // "Ionescu" in b is an alias of Maria Ionescu; Dan Ionescu, who shares only the surname, is not her.
    assert.deepEqual(files({ type: 'person', name: 'Maria Ionescu', aliases: ['Ionescu'] }), [
      'a.briefing.txt 1,0,1,13',
      'a.briefing.txt 4,2,4,9',
      'b.briefing.txt 3,4,3,17',
      'b.briefing.txt 7,0,7,7',
      'b.briefing.txt 9,0,9,7',
    ]);
    // From a file that knows only the surname: the surname itself, and both full names that carry it as an alias.
    assert.deepEqual(files({ type: 'person', name: 'ionescu', aliases: [] }), [
      'a.briefing.txt 1,0,1,13',
      'a.briefing.txt 4,2,4,9',
      'b.briefing.txt 7,0,7,7',
      'b.briefing.txt 9,0,9,7',
      'b.briefing.txt 8,0,8,11',
    ]);
    assert.deepEqual(files({ type: 'place', name: 'Chisinau', aliases: [] }), ['a.briefing.txt 2,0,2,8']);
  });

  it('finds references in the other files only', () => {
    const target = { type: 'person' as const, name: 'Maria Ionescu', aliases: ['Ionescu'] };
    assert.deepEqual(index.references(target, 'file:///w/a.briefing.txt'), [
      { uri: 'file:///w/b.briefing.txt', range: [3, 4, 3, 17] },
      { uri: 'file:///w/b.briefing.txt', range: [7, 0, 7, 7] },
      { uri: 'file:///w/b.briefing.txt', range: [9, 0, 9, 7] },
    ]);
    assert.deepEqual(index.references(target, 'file:///w/b.briefing.txt').map((r) => r.uri), ['file:///w/a.briefing.txt', 'file:///w/a.briefing.txt']);
  });

  it('searches entities and headings: whole name, prefix, word start, substring, then letters in order', () => {
    assert.equal(matchScore('chisinau', 'Chisinau'), 5);
    assert.equal(matchScore('chis', 'Chisinau'), 4);
    assert.equal(matchScore('ion', 'Maria Ionescu'), 3);
    assert.equal(matchScore('nesc', 'Maria Ionescu'), 2);
    assert.equal(matchScore('mrio', 'Maria Ionescu'), 1);
    assert.equal(matchScore('xyz', 'Maria Ionescu'), undefined);
    const hits = index.symbols('ionescu', 10);
    const named = hits.map((h) => `${h.name} in ${h.uri.split('/').pop()}`);
    // The whole name first; then, at the same score, most mentions in its file first.
    assert.deepEqual(named.slice(0, 2), ['Ionescu in b.briefing.txt', 'Maria Ionescu in a.briefing.txt']);
    assert.deepEqual(named.slice(2).sort(), ['Dan Ionescu in b.briefing.txt', 'MARIA IONESCU in b.briefing.txt']);
    assert.deepEqual(index.symbols('outl', 10).map((h) => [h.kind, h.name, h.range, h.detail]), [['section', 'Outlook', [6, 0, 6, 7], 'section']]);
    assert.deepEqual(index.symbols('maria', 10).map((h) => h.detail), ['Energy Minister', 'person'], "a person's role, else the type");
    assert.deepEqual(
      index.symbols('', 2).map((h) => `${h.name} in ${h.uri.split('/').pop()}`),
      ['Maria Ionescu in a.briefing.txt', 'Ionescu in b.briefing.txt'],
      'an empty query lists the most mentioned entities, each where it is mentioned most',
    );
  });

  it('forgets a deleted file at once', () => {
    const copy = new WorkspaceIndex();
    copy.replaceAll([...index.asMap().values()]);
    assert.ok(copy.delete('file:///w/b.briefing.txt'));
    assert.deepEqual(copy.entities().find((e) => e.key === 'person:maria ionescu')?.files.length, 1);
    assert.equal(copy.symbols('dan', 5).length, 0);
  });
});

describe('workspace index: the cache file', () => {
  const entries: IndexEntry[] = [
    briefing('file:///w/a.briefing.txt', [summaryEntity('person', 'Maria Ionescu', ['Ionescu'], [[1, 0, 1, 13]], 'Energy Minister')]),
    { uri: 'file:///w/todo.txt', stamp, kind: 'skipped', reason: 'not a briefing' },
  ];

  it('reads back what it wrote, for the same format and key, whether written at once or in slices', async () => {
    const parsed = await parseCache(serialiseCache('engine 1', entries), 'engine 1');
    assert.ok(parsed.ok);
    assert.deepEqual([...parsed.entries.values()], entries);
    assert.equal(parsed.dropped, 0);
    let pauses = 0;
    const many = Array.from({ length: 600 }, (_, i) => ({ ...entries[1]!, uri: `file:///w/${i}.txt` }));
    const sliced = await serialiseCacheInSlices('engine 1', many, async () => void pauses++);
    assert.equal(sliced, serialiseCache('engine 1', many));
    assert.equal(pauses, 2, 'a pause after every 250 entries');
    const back = await parseCache(sliced, 'engine 1', async () => void pauses++);
    assert.ok(back.ok && back.entries.size === 600);
    assert.equal(pauses, 4);
  });

  it('ignores a file of another key or format, or with a damaged header, saying why', async () => {
    const other = await parseCache(serialiseCache('engine 1', entries), 'engine 2');
    assert.ok(!other.ok && /another engine version/.test(other.reason) && !other.damaged);
    const old = await parseCache(JSON.stringify({ format: INDEX_FORMAT - 1, key: 'k' }), 'k');
    assert.ok(!old.ok && /format/.test(old.reason) && !old.damaged);
    const broken = await parseCache('{"format": 2, "key": "tru', 'k');
    assert.ok(!broken.ok && /header is not valid JSON/.test(broken.reason) && broken.damaged);
    assert.ok(!(await parseCache('null', 'k')).ok);
    assert.ok(!(await parseCache('', 'k')).ok);
  });

  it('drops damaged or malformed lines one by one and keeps the rest', async () => {
    const lines = serialiseCache('k', entries).split('\n');
    const text = [
      lines[0],
      lines[1],
      JSON.stringify({ uri: 'file:///w/x.briefing.txt', stamp, kind: 'briefing', summary: { entities: [{ name: 'X', type: 'alien', aliases: [], mentions: [] }], headings: [] } }),
      JSON.stringify({ uri: 'file:///w/y.briefing.txt', stamp: { mtime: 'yesterday', size: 1 }, kind: 'skipped', reason: 'binary' }),
      JSON.stringify({ uri: 'file:///w/z.briefing.txt', stamp, kind: 'briefing', summary: { entities: [summaryEntity('place', 'Z', [], [[1, 2, 3] as unknown as LineRange])], headings: [] } }),
      '42',
      lines[2]!.slice(0, 20),
      '',
    ].join('\n');
    const parsed = await parseCache(text, 'k');
    assert.ok(parsed.ok);
    assert.deepEqual([...parsed.entries.keys()], ['file:///w/a.briefing.txt']);
    assert.equal(parsed.dropped, 5, 'the blank last line is no entry and no damage');
  });
});

describe('src/workspace purity', () => {
  // The bench runs the index builder in plain Node: nothing there may need the editor.
  const dir = path.resolve(__dirname, '../../../src/workspace');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    it(`${file} does not import vscode`, () => {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      assert.ok(!/from\s+['"]vscode['"]|require\(\s*['"]vscode['"]\s*\)/.test(source));
    });
  }
});

describe('Entities view, workspace mode: groups', () => {
  const index = new WorkspaceIndex();
  index.replaceAll([
    briefing('file:///w/a.briefing.txt', [
      summaryEntity('person', 'Maria Ionescu', ['Ionescu'], [[1, 0, 1, 13], [4, 2, 4, 9]], 'Energy Minister'),
      summaryEntity('person', 'Dan Popa', [], [[5, 0, 5, 8]]),
      summaryEntity('place', 'Chisinau', [], [[2, 0, 2, 8]]),
    ]),
    briefing('file:///w/b.briefing.txt', [summaryEntity('person', 'Dan Popa', [], [[3, 0, 3, 8]]), summaryEntity('person', 'Ana Rusu', [], [[6, 0, 6, 8]])]),
  ]);

  it('groups by type, most mentioned first (more briefings breaking a tie), or by name', () => {
    const groups = buildWorkspaceGroups(index.entities(), { sortOrder: 'frequency', filter: '' });
    assert.deepEqual(groups.map((g) => [g.title, g.entities.map((e) => e.name)]), [
      ['People', ['Dan Popa', 'Maria Ionescu', 'Ana Rusu']],
      ['Organizations', []],
      ['Places', ['Chisinau']],
    ]);
    const byName = buildWorkspaceGroups(index.entities(), { sortOrder: 'name', filter: '' });
    assert.deepEqual(byName[0]!.entities.map((e) => e.name), ['Ana Rusu', 'Dan Popa', 'Maria Ionescu']);
  });

  it('filters on name, alias or role like the document mode', () => {
    const names = (filter: string) => buildWorkspaceGroups(index.entities(), { sortOrder: 'name', filter }).flatMap((g) => g.entities.map((e) => e.name));
    assert.deepEqual(names('energy'), ['Maria Ionescu']);
    assert.deepEqual(names('IONESCU'), ['Maria Ionescu']);
    assert.deepEqual(names('chis'), ['Chisinau']);
  });
});

describe('workspace index: incremental upkeep', () => {
  // Any sequence of files set, changed and deleted leaves the index answering exactly like one built
  // from the final files at once: the per-name bookkeeping never keeps a stale member or drops one.
  const NAMES = ['Maria Ionescu', 'Ionescu', 'Dan Ionescu', 'Chisinau', 'Ana Rusu', 'MARIA IONESCU'];
  const entityArb = fc.record({
    name: fc.constantFrom(...NAMES),
    type: fc.constantFrom<EntityType>('person', 'place'),
    aliases: fc.subarray(['Ionescu', 'Rusu', 'Maria Ionescu']),
    mentions: fc.integer({ min: 1, max: 3 }),
  });
  const stepArb = fc.record({
    file: fc.integer({ min: 0, max: 4 }),
    entities: fc.option(fc.uniqueArray(entityArb, { selector: (e) => `${e.type}:${e.name}`, maxLength: 4 })),
  });
  const entryOf = (file: number, entities: { name: string; type: EntityType; aliases: string[]; mentions: number }[]): BriefingEntry =>
    briefing(
      `file:///w/${file}.briefing.txt`,
      entities.map((e, i) => summaryEntity(e.type, e.name, e.aliases, Array.from({ length: e.mentions }, (_, k) => [i, k * 10, i, k * 10 + 5] as LineRange))),
    );
  const answers = (index: WorkspaceIndex) => ({
    entities: index
      .entities()
      .map((e) => [e.key, e.name, e.mentions, e.fileCount, e.files.map((f) => f.uri), e.aliases])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    references: NAMES.map((name) => index.references({ type: 'person', name, aliases: ['Ionescu'] }, 'file:///w/0.briefing.txt')),
  });

  it('answers like an index built at once from the final files', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 25 }), (steps) => {
        const index = new WorkspaceIndex();
        const final = new Map<number, BriefingEntry>();
        for (const { file, entities } of steps) {
          if (entities === null) {
            index.delete(`file:///w/${file}.briefing.txt`);
            final.delete(file);
          } else {
            const entry = entryOf(file, entities);
            index.set(entry);
            final.set(file, entry);
          }
          index.entities(); // queried between steps, as the view does
        }
        const fresh = new WorkspaceIndex();
        fresh.replaceAll([...final.values()]);
        assert.deepEqual(answers(index), answers(fresh));
      }),
      { numRuns: 200 },
    );
  });
});

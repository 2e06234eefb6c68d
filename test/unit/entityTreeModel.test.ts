import { strict as assert } from 'assert';
import { buildEntityGroups, matchesFilter } from '../../src/features/entityTree/model';
import { analysisOf, entity } from './support/handAnalysis';

const text = [
  'Minister Anna Kowalczyk visited Velmora. Kowalczyk then flew to Ostrava.',
  'Velmora officials and the Harbour Authority greeted Kowalczyk in Velmora.',
].join('\n');
const analysis = analysisOf(text, {
  entities: [
    entity(text, 'place', 'Ostrava'),
    entity(text, 'person', 'Anna Kowalczyk', { role: 'Minister', aliases: ['Kowalczyk'] }),
    entity(text, 'place', 'Velmora'),
    entity(text, 'organization', 'Harbour Authority'),
  ],
});

describe('Entities view model', () => {
  it('groups by type in a fixed order', () => {
    const groups = buildEntityGroups(analysis, text, { sortOrder: 'frequency', filter: '' });
    assert.deepEqual(
      groups.map((g) => [g.title, g.entities.length]),
      [
        ['People', 1],
        ['Organizations', 1],
        ['Places', 2],
      ],
    );
  });

  it('sorts by frequency or by name', () => {
    const places = (order: 'frequency' | 'name') =>
      buildEntityGroups(analysis, text, { sortOrder: order, filter: '' })[2].entities.map((r) => r.entity.name);
    assert.deepEqual(places('frequency'), ['Velmora', 'Ostrava']);
    assert.deepEqual(places('name'), ['Ostrava', 'Velmora']);
  });

  it('gives each mention its line and an excerpt', () => {
    const [people] = buildEntityGroups(analysis, text, { sortOrder: 'frequency', filter: '' });
    const mentions = people.entities[0].mentions;
    assert.deepEqual(
      mentions.map((m) => m.line),
      [0, 0, 1],
    );
    assert.equal(mentions[2].context.text.slice(...mentions[2].context.highlight), 'Kowalczyk');
  });

  it('numbers mention lines as the editor does when lines end in CRLF', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    const crlfAnalysis = analysisOf(crlf, { entities: [entity(crlf, 'place', 'Velmora')] });
    const [, , places] = buildEntityGroups(crlfAnalysis, crlf, { sortOrder: 'frequency', filter: '' });
    assert.deepEqual(
      places.entities[0].mentions.map((m) => [m.line, m.context.text.slice(...m.context.highlight)]),
      [
        [0, 'Velmora'],
        [1, 'Velmora'],
        [1, 'Velmora'],
      ],
    );
  });

  it('filters by name, alias or role, ignoring case, and keeps empty groups', () => {
    assert.ok(matchesFilter(analysis.entities[1], 'kowal'));
    assert.ok(matchesFilter(analysis.entities[1], 'MINISTER'));
    assert.ok(!matchesFilter(analysis.entities[0], 'kowal'));
    const groups = buildEntityGroups(analysis, text, { sortOrder: 'frequency', filter: 'vel' });
    assert.deepEqual(
      groups.map((g) => g.entities.map((r) => r.entity.name)),
      [[], [], ['Velmora']],
    );
  });
});

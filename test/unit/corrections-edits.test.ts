import { strict as assert } from 'assert';
import {
  addAlias,
  addEntity,
  addNotEntity,
  addToWatchlist,
  applyDictionary,
  DictionaryEditError,
  NEW_DICTIONARY,
  parseDictionary,
  removeFromWatchlist,
} from '../../src/core/corrections';
import { analysisOf, entity } from './support/handAnalysis';

function read(text: string) {
  const { dictionary, problems } = parseDictionary(text);
  assert.deepEqual(problems, [], `the edited file parses cleanly:\n${text}`);
  return dictionary;
}

// A file a reader edited by hand: comments, four-space indent, CRLF line ends, an inline list.
const HAND_WRITTEN = [
  '// Tobol valley corrections, kept by the desk',
  '{',
  '    /* people and firms */',
  '    "entities": [',
  '        {"name": "Kostanai", "type": "place"}, // the city, not the oblast',
  '        {"name": "Tobol Grain", "type": "organization", "aliases": ["TG"]}',
  '    ],',
  '    "watchlist": ["Aliya Nurova"] // keep an eye on her',
  '}',
  '',
].join('\r\n');

describe('corrections: dictionary edits', () => {
  it('creates a readable dictionary from an empty file', () => {
    const text = addEntity('', 'Petrolink Holdings', 'organization');
    assert.equal(text, NEW_DICTIONARY.replace('"entities": []', '"entities": [\n    {\n      "name": "Petrolink Holdings",\n      "type": "organization"\n    }\n  ]'));
    assert.deepEqual(read(text).entities, [{ name: 'Petrolink Holdings', type: 'organization', aliases: [] }]);
  });

  it('Mark as …: adds an entry once and retypes an existing one instead of repeating it', () => {
    let text = addEntity(NEW_DICTIONARY, 'Kostanai', 'organization');
    text = addEntity(text, 'Kostanai', 'place');
    assert.deepEqual(read(text).entities, [{ name: 'Kostanai', type: 'place', aliases: [] }]);
    assert.equal(addEntity(text, 'Kostanai', 'place'), text, 'marking again changes nothing');
  });

  it('Mark as …: withdraws the name from "not an entity" and from another entry’s aliases', () => {
    let text = addNotEntity(NEW_DICTIONARY, 'Tobol');
    text = addAlias(text, { name: 'Tobol Grain', type: 'organization' }, 'Kostanai Grain');
    text = addEntity(text, 'Tobol', 'place');
    text = addEntity(text, 'Kostanai Grain', 'organization');
    const d = read(text);
    assert.deepEqual(d.notEntities, []);
    assert.deepEqual(d.entities, [
      { name: 'Tobol Grain', type: 'organization', aliases: [] },
      { name: 'Tobol', type: 'place', aliases: [] },
      { name: 'Kostanai Grain', type: 'organization', aliases: [] },
    ]);
  });

  it('Same as…: creates the target with the alias, then adds further aliases to it', () => {
    let text = addAlias('', { name: 'Petrolink Holdings', type: 'organization' }, 'Petrolink');
    text = addAlias(text, { name: 'Petrolink Holdings', type: 'organization' }, 'PLH');
    text = addAlias(text, { name: 'Petrolink Holdings', type: 'organization' }, 'PLH');
    assert.deepEqual(read(text).entities, [{ name: 'Petrolink Holdings', type: 'organization', aliases: ['Petrolink', 'PLH'] }]);
    assert.equal(addAlias(text, { name: 'Petrolink Holdings', type: 'organization' }, 'Petrolink  Holdings'), text);
  });

  it('Same as…: an entry of its own for the alias merges into the target, aliases and all', () => {
    let text = addEntity('', 'Petrolink', 'place');
    text = addAlias(text, { name: 'Petrolink', type: 'place' }, 'PETROLINK');
    text = addAlias(text, { name: 'Northern Pipeline Group', type: 'organization' }, 'PLG');
    text = addAlias(text, { name: 'Petrolink Holdings', type: 'organization' }, 'Petrolink');
    text = addAlias(text, { name: 'Petrolink Holdings', type: 'organization' }, 'PLG');
    assert.deepEqual(read(text).entities, [
      { name: 'Northern Pipeline Group', type: 'organization', aliases: [] },
      { name: 'Petrolink Holdings', type: 'organization', aliases: ['Petrolink', 'PETROLINK', 'PLG'] },
    ]);
  });

  it('Not an entity: lists the name once and removes its entries and alias uses', () => {
    let text = addEntity('', 'Fact Sheet', 'organization');
    text = addAlias(text, { name: 'Tobol Grain', type: 'organization' }, 'Fact Sheet');
    text = addNotEntity(text, 'Fact Sheet');
    text = addNotEntity(text, 'Fact  Sheet');
    const d = read(text);
    assert.deepEqual(d.notEntities, ['Fact Sheet']);
    assert.deepEqual(d.entities, [{ name: 'Tobol Grain', type: 'organization', aliases: [] }]);
  });

  it('Add to / Remove from watchlist', () => {
    let text = addToWatchlist('', 'Yerlan Sadvakasov');
    text = addToWatchlist(text, 'Yerlan Sadvakasov');
    text = addToWatchlist(text, 'Aliya Nurova');
    assert.deepEqual(read(text).watchlist, ['Yerlan Sadvakasov', 'Aliya Nurova']);
    text = removeFromWatchlist(text, ['Yerlan Sadvakasov', 'Sadvakasov']);
    assert.deepEqual(read(text).watchlist, ['Aliya Nurova']);
  });

  it('keeps the reader’s comments, indent and line ends through every fix', () => {
    let text = HAND_WRITTEN;
    text = addEntity(text, 'Petrolink Holdings', 'organization');
    text = addAlias(text, { name: 'Tobol Grain', type: 'organization' }, 'Tobol Grain Co');
    text = addNotEntity(text, 'Fact Sheet');
    text = addToWatchlist(text, 'Yerlan Sadvakasov');
    text = removeFromWatchlist(text, ['Aliya Nurova']);
    text = addEntity(text, 'Kostanai', 'organization');
    for (const comment of ['// Tobol valley corrections, kept by the desk', '/* people and firms */', '// the city, not the oblast', '// keep an eye on her']) {
      assert.ok(text.includes(comment), `${comment} survives in\n${text}`);
    }
    assert.equal(text.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF line ends');
    assert.match(text, /\r\n {12}"name": "Petrolink Holdings",\r\n/);
    const d = read(text);
    assert.deepEqual(d.entities, [
      { name: 'Kostanai', type: 'organization', aliases: [] },
      { name: 'Tobol Grain', type: 'organization', aliases: ['TG', 'Tobol Grain Co'] },
      { name: 'Petrolink Holdings', type: 'organization', aliases: [] },
    ]);
    assert.deepEqual(d.notEntities, ['Fact Sheet']);
    assert.deepEqual(d.watchlist, ['Yerlan Sadvakasov']);
  });

  it('uses tabs in a file indented with tabs', () => {
    const text = addToWatchlist('{\n\t"entities": []\n}\n', 'Aliya Nurova');
    assert.match(text, /\n\t"watchlist": \[\n\t\t"Aliya Nurova"\n\t\]/);
  });

  it('refuses to edit a file with a syntax error, naming the line', () => {
    const broken = '{\n  "entities": [\n    {"name": "Kostanai" "type": "place"}\n  ]\n}';
    assert.throws(() => addEntity(broken, 'Tobol', 'place'), (error: unknown) => error instanceof DictionaryEditError && error.line === 3 && /line 3: a comma is expected/.test(error.message));
  });

  it('refuses to replace a list the reader wrote as something else', () => {
    assert.throws(() => addNotEntity('{\n  "notEntities": "Fact Sheet"\n}', 'Annex'), (error: unknown) => error instanceof DictionaryEditError && error.line === 2);
    assert.throws(() => addToWatchlist('[]', 'X'), DictionaryEditError);
  });

  it('keeps malformed entries it does not touch, at their places', () => {
    const text = '{"entities": [{"name": "X", "type": "planet"}, {"name": "Kostanai", "type": "organization"}]}';
    const out = addEntity(text, 'Kostanai', 'place');
    assert.match(out, /"planet"/);
    assert.deepEqual(parseDictionary(out).dictionary.entities, [{ name: 'Kostanai', type: 'place', aliases: [] }]);
  });

  it('every fix, written and read back, changes the analysis as the reader asked', () => {
    const text = 'Petrolink Holdings hired Yerlan Sadvakasov. Petrolink paid. See the Fact Sheet for Kostanai.';
    const engine = analysisOf(text, {
      entities: [
        entity(text, 'place', 'Petrolink Holdings'),
        entity(text, 'organization', 'Petrolink'),
        entity(text, 'person', 'Yerlan Sadvakasov'),
        entity(text, 'organization', 'Fact Sheet'),
      ],
    });
    let file = addEntity('', 'Petrolink Holdings', 'organization');
    file = addAlias(file, { name: 'Petrolink Holdings', type: 'organization' }, 'Petrolink');
    file = addNotEntity(file, 'Fact Sheet');
    file = addToWatchlist(file, 'Yerlan Sadvakasov');
    file = addEntity(file, 'Kostanai', 'place');
    const out = applyDictionary(text, engine, read(file));
    assert.deepEqual(
      out.entities.map((e) => [e.id, e.mentions.length, e.watched ?? false]),
      [
        ['person:Yerlan Sadvakasov', 1, true],
        ['organization:Petrolink Holdings', 2, false],
        ['place:Kostanai', 1, false],
      ],
    );
  });
});

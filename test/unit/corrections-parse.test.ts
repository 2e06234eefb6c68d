import { strict as assert } from 'assert';
import { emptyDictionary, mergeDictionaries, parseDictionary } from '../../src/core/corrections';

describe('corrections: parseDictionary', () => {
  it('reads a hand-written file with comments, trailing commas and multi-word names', () => {
    const text = [
      '// Corrections for the Tobol valley briefings',
      '{',
      '  "$schema": "./entities.schema.json",',
      '  "entities": [',
      '    /* the holding company */',
      '    {"name": "Petrolink   Holdings", "type": "organization", "aliases": ["Petrolink", "PLH",]},',
      '    {"name": "Kostanai", "type": "place"},',
      '  ],',
      '  "notEntities": ["Fact Sheet"],',
      '  "watchlist": ["Yerlan Sadvakasov"],',
      '}',
    ].join('\n');
    const { dictionary, problems } = parseDictionary(text);
    assert.deepEqual(problems, []);
    assert.deepEqual(dictionary, {
      entities: [
        { name: 'Petrolink Holdings', type: 'organization', aliases: ['Petrolink', 'PLH'] },
        { name: 'Kostanai', type: 'place', aliases: [] },
      ],
      notEntities: ['Fact Sheet'],
      watchlist: ['Yerlan Sadvakasov'],
    });
  });

  it('treats an empty or blank file as an empty dictionary', () => {
    for (const text of ['', '  \n\t\n']) assert.deepEqual(parseDictionary(text), { dictionary: emptyDictionary(), problems: [] });
  });

  it('reports a syntax error with its 1-based line and keeps the entries before it', () => {
    const text = [
      '{',
      '  "entities": [',
      '    {"name": "Kostanai", "type": "place"}',
      '    {"name": "Tobol Grain", "type": "organization"}',
      '  ]',
      '}',
    ].join('\n');
    const { dictionary, problems } = parseDictionary(text);
    assert.deepEqual(problems[0], { line: 4, message: 'a comma is expected' });
    assert.deepEqual(dictionary.entities.map((e) => e.name), ['Kostanai', 'Tobol Grain']);
  });

  it('reports an unterminated file at its last line', () => {
    const { dictionary, problems } = parseDictionary('{\n  "watchlist": ["Aliya Nurova"]\n');
    assert.ok(problems.length > 0);
    assert.equal(problems[0].line, 3);
    assert.deepEqual(dictionary.watchlist, ['Aliya Nurova']);
  });

  it('reports each wrong-shaped entry with its line, skips it, and applies the rest', () => {
    const text = [
      '{', //                                                     1
      '  "entities": [', //                                       2
      '    {"name": "Kostanai", "type": "town"},', //             3
      '    {"type": "person"},', //                               4
      '    {"name": "Aliya Nurova", "type": "person", "aliases": "Nurova"},', // 5
      '    "Tobol Grain",', //                                    6
      '    {"name": "", "type": "place"},', //                    7
      '    {"name": "Tobol Grain", "type": "organization", "colour": "red"}', // 8
      '  ],', //                                                  9
      '  "notEntities": "Fact Sheet",', //                        10
      '  "watchlist": ["Yerlan Sadvakasov", 42],', //             11
      '  "watchList": []', //                                     12
      '}',
    ].join('\n');
    const { dictionary, problems } = parseDictionary(text);
    assert.deepEqual(
      problems.map((p) => p.line),
      [3, 4, 5, 6, 7, 8, 10, 11, 12],
    );
    assert.match(problems[0].message, /entities\[0\]\.type must be one of "person", "organization", "place"/);
    assert.match(problems[1].message, /entities\[1\] has no "name"/);
    assert.match(problems[2].message, /aliases" must be a list of names/);
    assert.match(problems[3].message, /entities\[3\] must be an object/);
    assert.match(problems[4].message, /entities\[4\]\.name must be a non-empty string/);
    assert.match(problems[5].message, /unknown property "colour"/);
    assert.match(problems[6].message, /"notEntities" must be a list of names/);
    assert.match(problems[7].message, /watchlist\[1\] must be a non-empty string/);
    assert.match(problems[8].message, /unknown property "watchList"/);
    // The entity with a bad alias list still counts: only the aliases are dropped.
    assert.deepEqual(dictionary.entities, [
      { name: 'Aliya Nurova', type: 'person', aliases: [] },
      { name: 'Tobol Grain', type: 'organization', aliases: [] },
    ]);
    assert.deepEqual(dictionary.notEntities, []);
    assert.deepEqual(dictionary.watchlist, ['Yerlan Sadvakasov']);
  });

  it('says when the file is not an object at all', () => {
    const { dictionary, problems } = parseDictionary('\n["Kostanai"]');
    assert.deepEqual(dictionary, emptyDictionary());
    assert.equal(problems.length, 1);
    assert.equal(problems[0].line, 2);
    assert.match(problems[0].message, /must be an object/);
  });

  it('counts CRLF and lone CR line ends as one line each', () => {
    const crlf = parseDictionary('{\r\n  "entities": [\r\n    {"name": "X", "type": "planet"}\r\n  ]\r\n}');
    assert.equal(crlf.problems[0].line, 3);
    const cr = parseDictionary('{\r"entities": [\r\r{"name": "X", "type": "planet"}]}');
    assert.equal(cr.problems[0].line, 4);
  });

  it('drops an alias equal to the name and duplicate aliases', () => {
    const { dictionary } = parseDictionary('{"entities": [{"name": "Tobol Grain", "type": "organization", "aliases": ["Tobol  Grain", "TG", "TG"]}]}');
    assert.deepEqual(dictionary.entities[0].aliases, ['TG']);
  });
});

describe('corrections: mergeDictionaries', () => {
  it('puts the first dictionary first and joins the lists without repeats', () => {
    const workspace = parseDictionary('{"entities": [{"name": "Kostanai", "type": "place"}], "notEntities": ["Fact Sheet"], "watchlist": ["A"]}').dictionary;
    const user = parseDictionary('{"entities": [{"name": "Kostanai", "type": "organization"}], "notEntities": ["Fact Sheet", "Annex"], "watchlist": ["B"]}').dictionary;
    const merged = mergeDictionaries(workspace, user);
    assert.deepEqual(merged.entities.map((e) => e.type), ['place', 'organization']);
    assert.deepEqual(merged.notEntities, ['Fact Sheet', 'Annex']);
    assert.deepEqual(merged.watchlist, ['A', 'B']);
  });
});

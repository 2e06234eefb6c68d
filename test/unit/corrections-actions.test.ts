import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyDictionary, parseDictionary } from '../../src/core/corrections';
import { ENTITY_TYPES } from '../../src/core/types';
import { applyCorrection, correctionTarget, offeredCorrections, sameAsCandidates } from '../../src/features/correctionActions';
import { analysisOf, entity } from './support/handAnalysis';

const TEXT = 'Petrolink Holdings hired Yerlan Sadvakasov in Almaty Region. Sadvakasov met the Fact Sheet team.\n\nPetrolink paid.';
const ANALYSIS = analysisOf(TEXT, {
  entities: [
    entity(TEXT, 'person', 'Yerlan Sadvakasov', { aliases: ['Sadvakasov'] }),
    entity(TEXT, 'organization', 'Petrolink Holdings'),
    entity(TEXT, 'organization', 'Fact Sheet'),
    entity(TEXT, 'place', 'Almaty Region'),
  ],
});
const at = (needle: string, inside = 1) => TEXT.indexOf(needle) + inside;
const span = (needle: string) => [TEXT.indexOf(needle), TEXT.indexOf(needle) + needle.length] as const;

describe('corrections: quick fixes offered', () => {
  it('on a mention under the cursor: the other types, not an entity, same as, and the watchlist', () => {
    const target = correctionTarget(ANALYSIS, TEXT, at('Sadvakasov met'), at('Sadvakasov met'))!;
    assert.equal(target.name, 'Yerlan Sadvakasov');
    assert.deepEqual([target.start, target.end], [TEXT.indexOf('Sadvakasov met'), TEXT.indexOf('Sadvakasov met') + 'Sadvakasov'.length]);
    assert.deepEqual(offeredCorrections(target, ANALYSIS).map((o) => o.title), [
      'Mark “Yerlan Sadvakasov” as organization',
      'Mark “Yerlan Sadvakasov” as place',
      '“Yerlan Sadvakasov” is not an entity',
      '“Yerlan Sadvakasov” is the same as…',
      'Add “Yerlan Sadvakasov” to the watchlist',
    ]);
  });

  it('offers Remove from watchlist for a watched entity', () => {
    const watched = applyDictionary(TEXT, ANALYSIS, parseDictionary('{"watchlist": ["Sadvakasov"]}').dictionary);
    const target = correctionTarget(watched, TEXT, at('Yerlan'), at('Yerlan'))!;
    const titles = offeredCorrections(target, watched).map((o) => o.title);
    assert.ok(titles.includes('Remove “Yerlan Sadvakasov” from the watchlist'));
    assert.ok(!titles.some((t) => t.startsWith('Add')));
    assert.equal(applyCorrection('{"watchlist": ["Sadvakasov", "Aliya Nurova"]}', target, { kind: 'unwatch' }).includes('Sadvakasov'), false);
  });

  it('on a selected name the engine missed: the three types and same as', () => {
    const target = correctionTarget(ANALYSIS, TEXT, TEXT.indexOf('Petrolink paid'), TEXT.indexOf(' paid'))!;
    assert.deepEqual([target.name, target.entity], ['Petrolink', undefined]);
    assert.deepEqual(offeredCorrections(target, ANALYSIS).map((o) => o.kind), ['markAs', 'markAs', 'markAs', 'sameAs']);
    assert.deepEqual(offeredCorrections(target, ANALYSIS).filter((o) => o.kind === 'markAs').map((o) => o.type), [...ENTITY_TYPES]);
  });

  it('a selection exactly on a mention is that entity; surrounding spaces are ignored', () => {
    const [start, end] = span('Petrolink Holdings');
    const target = correctionTarget(ANALYSIS, TEXT, start, end + 1)!;
    assert.equal(target.entity?.id, 'organization:Petrolink Holdings');
  });

  it('a selection inside a longer mention marks the selection and sets the longer name aside', () => {
    const [start] = span('Almaty Region');
    const target = correctionTarget(ANALYSIS, TEXT, start, start + 'Almaty'.length)!;
    assert.equal(target.enclosing?.text, 'Almaty Region');
    const offer = offeredCorrections(target, ANALYSIS).find((o) => o.type === 'place')!;
    assert.equal(offer.title, 'Mark “Almaty” as place instead of “Almaty Region”');
    const file = applyCorrection('', target, { kind: 'markAs', type: 'place' });
    const out = applyDictionary(TEXT, ANALYSIS, parseDictionary(file).dictionary);
    assert.deepEqual(out.entities.filter((e) => e.type === 'place').map((e) => e.mentions.map((m) => m.text)), [['Almaty']]);
  });

  it('offers nothing for a blank, punctuation-only, overlong or multi-paragraph selection, or a cursor off any name', () => {
    const cases: [number, number][] = [
      [at('hired', 2), at('hired', 2)],
      [at('. Sadvakasov', 0), at('. Sadvakasov', 1)],
      [0, TEXT.length],
      [at('team.', 0), at('Petrolink paid', 9)],
    ];
    for (const [start, end] of cases) assert.equal(correctionTarget(ANALYSIS, TEXT, start, end), undefined, JSON.stringify(TEXT.slice(start, end)));
  });

  it('lists the other entities for Same as…, most mentioned first', () => {
    const target = correctionTarget(ANALYSIS, TEXT, at('Fact'), at('Fact'))!;
    assert.deepEqual(sameAsCandidates(ANALYSIS, target).map((e) => e.name), ['Yerlan Sadvakasov', 'Almaty Region', 'Petrolink Holdings']);
  });

  it('each fix writes what the analysis then shows', () => {
    const petrolink = correctionTarget(ANALYSIS, TEXT, TEXT.indexOf('Petrolink paid'), TEXT.indexOf(' paid'))!;
    let file = applyCorrection('', petrolink, { kind: 'sameAs', other: { name: 'Petrolink Holdings', type: 'organization' } });
    const fact = correctionTarget(ANALYSIS, TEXT, at('Fact'), at('Fact'))!;
    file = applyCorrection(file, fact, { kind: 'notEntity' });
    const yerlan = correctionTarget(ANALYSIS, TEXT, at('Yerlan'), at('Yerlan'))!;
    file = applyCorrection(file, yerlan, { kind: 'watch' });
    file = applyCorrection(file, yerlan, { kind: 'markAs', type: 'organization' });
    const out = applyDictionary(TEXT, ANALYSIS, parseDictionary(file).dictionary);
    assert.deepEqual(out.entities.map((e) => [e.id, e.mentions.length, e.watched === true]), [
      ['organization:Petrolink Holdings', 2, false],
      ['organization:Yerlan Sadvakasov', 2, true],
      ['place:Almaty Region', 1, false],
    ]);
  });
});

describe('corrections: the dictionary schema', () => {
  const root = path.resolve(__dirname, '../../..');
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas/entities.schema.json'), 'utf8'));

  it('is contributed for .briefing-lens/entities.json and allows comments and trailing commas', () => {
    const [validation] = manifest.contributes.jsonValidation;
    assert.equal(validation.fileMatch, '**/.briefing-lens/entities.json');
    assert.ok(fs.existsSync(path.join(root, validation.url)), validation.url);
    assert.equal(schema.allowComments, true);
    assert.equal(schema.allowTrailingCommas, true);
  });

  it('names the keys and types the parser reads', () => {
    assert.deepEqual(Object.keys(schema.properties), ['$schema', 'entities', 'notEntities', 'watchlist']);
    assert.deepEqual(Object.keys(schema.properties.entities.items.properties), ['name', 'type', 'aliases']);
    assert.deepEqual(schema.properties.entities.items.properties.type.enum, [...ENTITY_TYPES]);
  });

  it('gives the briefingLens.dictionary setting the same shape', () => {
    const setting = manifest.contributes.configuration.properties['briefingLens.dictionary'];
    const { $schema: _ignored, ...fileShape } = schema.properties;
    assert.deepEqual(setting.properties, fileShape);
  });
});

import { strict as assert } from 'assert';
import { applyDictionary, type Dictionary, emptyDictionary, parseDictionary } from '../../src/core/corrections';
import type { Analysis, Entity } from '../../src/core/types';
import { analysisOf, citation, entity, figure } from './support/handAnalysis';

// A fictional briefing; the engine's analysis of it is written by hand so each test controls what
// the engine "found".
const TEXT = [
  'PETROLINK SIGNS TOBOL PIPELINE DEAL',
  '',
  'Petrolink Holdings said on Monday that its chairman, Yerlan Sadvakasov, met Governor Aliya Nurova in Kostanai.',
  'Petrolink will lay 120 km of pipe for the Kostanai Grain Company. Sadvakasov called the Fact Sheet out of date.',
  'The FACT SHEET gave no figures (Tobol Courier, May 3).',
].join('\n');

function dictionary(partial: Partial<Dictionary>): Dictionary {
  return { ...emptyDictionary(), ...partial };
}

function byName(a: Analysis, name: string): Entity | undefined {
  return a.entities.find((e) => e.name === name);
}

function texts(e: Entity | undefined): string[] {
  return e ? e.mentions.map((m) => m.text) : [];
}

function engine(...entities: Entity[]): Analysis {
  return analysisOf(TEXT, {
    entities,
    figures: [figure(TEXT, '120 km', 'quantity', 120, 'km')],
    citations: [citation(TEXT, '(Tobol Courier, May 3)', 'Tobol Courier', ['May 3'])],
  });
}

describe('corrections: applyDictionary', () => {
  it('returns the analysis itself when the dictionary is empty', () => {
    const a = engine(entity(TEXT, 'place', 'Kostanai'));
    assert.equal(applyDictionary(TEXT, a, emptyDictionary()), a);
  });

  it('Mark as …: retypes every occurrence of the name, with id `${type}:${name}`', () => {
    const a = engine(entity(TEXT, 'organization', 'Kostanai'));
    const out = applyDictionary(TEXT, a, dictionary({ entities: [{ name: 'Kostanai', type: 'place', aliases: [] }] }));
    const kostanai = byName(out, 'Kostanai')!;
    assert.equal(kostanai.type, 'place');
    assert.equal(kostanai.id, 'place:Kostanai');
    // "Kostanai Grain Company" is no mention in this analysis, so its "Kostanai" counts too.
    assert.deepEqual(texts(kostanai), ['Kostanai', 'Kostanai']);
    assert.equal(out.entities.filter((e) => e.type === 'organization').length, 0);
  });

  it('Mark as …: an entity whose canonical name is marked moves whole, its other forms included', () => {
    const a = engine(entity(TEXT, 'organization', 'Yerlan Sadvakasov', { aliases: ['Sadvakasov'] }));
    const out = applyDictionary(TEXT, a, dictionary({ entities: [{ name: 'Yerlan Sadvakasov', type: 'person', aliases: [] }] }));
    assert.equal(out.entities.length, 1);
    const person = out.entities[0];
    assert.deepEqual([person.id, person.aliases, texts(person)], ['person:Yerlan Sadvakasov', ['Sadvakasov'], ['Yerlan Sadvakasov', 'Sadvakasov']]);
  });

  it('Mark as …: finds a name the engine missed, multi-word and with aliases, case as written', () => {
    const out = applyDictionary(TEXT, engine(), dictionary({ entities: [{ name: 'Petrolink Holdings', type: 'organization', aliases: ['Petrolink'] }] }));
    const petrolink = byName(out, 'Petrolink Holdings')!;
    assert.deepEqual(texts(petrolink), ['Petrolink Holdings', 'Petrolink']);
    assert.deepEqual(petrolink.aliases, ['Petrolink']);
    assert.ok(!texts(petrolink).includes('PETROLINK'), 'the headline’s capitals are another spelling');
  });

  it('matches whole words only', () => {
    const text = 'Petrolinks and Petrolink-owned rigs near Kostanaiskaya; Petrolink.';
    const out = applyDictionary(text, analysisOf(text, {}), dictionary({ entities: [{ name: 'Petrolink', type: 'organization', aliases: ['Kostanai'] }] }));
    assert.deepEqual(out.entities[0].mentions.map((m) => m.start), [text.indexOf('Petrolink-'), text.lastIndexOf('Petrolink')]);
  });

  it('matches a multi-word name wrapped across a line break, keeping the exact text', () => {
    const text = 'Talks with Petrolink\r\nHoldings ended. Petrolink  Holdings left.';
    const out = applyDictionary(text, analysisOf(text, {}), dictionary({ entities: [{ name: 'Petrolink Holdings', type: 'organization', aliases: [] }] }));
    assert.deepEqual(texts(out.entities[0]), ['Petrolink\r\nHoldings', 'Petrolink  Holdings']);
    assert.deepEqual(out.entities[0].aliases, []);
  });

  it('does not join a name across a blank line', () => {
    const text = 'Petrolink\n\nHoldings';
    const out = applyDictionary(text, analysisOf(text, {}), dictionary({ entities: [{ name: 'Petrolink Holdings', type: 'organization', aliases: [] }] }));
    assert.deepEqual(out.entities, []);
  });

  it('replaces engine mentions that a dictionary name overlaps or contains', () => {
    const governor = entity(TEXT, 'person', 'Governor Aliya');
    const holdings = entity(TEXT, 'place', 'Holdings');
    const out = applyDictionary(TEXT, engine(governor, holdings), dictionary({
      entities: [
        { name: 'Aliya Nurova', type: 'person', aliases: [] },
        { name: 'Petrolink Holdings', type: 'organization', aliases: [] },
      ],
    }));
    assert.deepEqual(out.entities.map((e) => e.id), ['person:Aliya Nurova', 'organization:Petrolink Holdings']);
  });

  it('leaves a longer engine name alone: a marked place does not cut a company name in two', () => {
    const company = entity(TEXT, 'organization', 'Kostanai Grain Company');
    const out = applyDictionary(TEXT, engine(company), dictionary({ entities: [{ name: 'Kostanai', type: 'place', aliases: [] }] }));
    assert.deepEqual(texts(byName(out, 'Kostanai Grain Company')), ['Kostanai Grain Company']);
    assert.deepEqual(texts(byName(out, 'Kostanai')), ['Kostanai']);
    assert.equal(byName(out, 'Kostanai')!.mentions[0].start, TEXT.indexOf('Kostanai.'));
  });

  it('leaves a full name alone when a surname is marked', () => {
    const a = engine(entity(TEXT, 'person', 'Yerlan Sadvakasov', { role: 'chairman' }));
    const out = applyDictionary(TEXT, a, dictionary({ entities: [{ name: 'Sadvakasov', type: 'organization', aliases: [] }] }));
    assert.deepEqual(texts(byName(out, 'Yerlan Sadvakasov')), ['Yerlan Sadvakasov']);
    assert.deepEqual(texts(byName(out, 'Sadvakasov')), ['Sadvakasov']);
  });

  it('a name inside an engine mention that another dictionary name overrides still counts', () => {
    const text = 'Officials at Aliya Nurova Petrolink Holdings said so.';
    const wrong = entity(text, 'person', 'Aliya Nurova Petrolink');
    const out = applyDictionary(text, analysisOf(text, { entities: [wrong] }), dictionary({
      entities: [
        { name: 'Petrolink Holdings', type: 'organization', aliases: [] },
        { name: 'Aliya Nurova', type: 'person', aliases: [] },
      ],
    }));
    assert.deepEqual(out.entities.map((e) => e.id), ['person:Aliya Nurova', 'organization:Petrolink Holdings']);
  });

  it('an entry whose name an earlier entry claims is part of that entity', () => {
    const out = applyDictionary(TEXT, engine(entity(TEXT, 'person', 'Aliya Nurova')), dictionary({
      entities: [
        { name: 'Kostanai', type: 'place', aliases: ['Tobol'] },
        { name: 'Tobol', type: 'organization', aliases: ['Aliya Nurova'] },
      ],
    }));
    assert.deepEqual(out.entities.map((e) => [e.id, texts(e)]), [['place:Kostanai', ['Aliya Nurova', 'Kostanai', 'Kostanai', 'Tobol']]]);
  });

  it('Same as…: an alias joins the target, bringing along the entity it names', () => {
    const a = engine(
      entity(TEXT, 'organization', 'Petrolink Holdings'),
      entity(TEXT, 'place', 'Petrolink', { aliases: ['PETROLINK'] }),
    );
    const out = applyDictionary(TEXT, a, dictionary({ entities: [{ name: 'Petrolink Holdings', type: 'organization', aliases: ['Petrolink'] }] }));
    assert.equal(out.entities.length, 1);
    assert.deepEqual(texts(out.entities[0]), ['PETROLINK', 'Petrolink Holdings', 'Petrolink']);
    assert.deepEqual(out.entities[0].aliases.sort(), ['PETROLINK', 'Petrolink']);
  });

  it('keeps a person’s role when the entity joins a person entry', () => {
    const a = engine(entity(TEXT, 'person', 'Sadvakasov', { role: 'chairman' }));
    const out = applyDictionary(TEXT, a, dictionary({ entities: [{ name: 'Yerlan Sadvakasov', type: 'person', aliases: ['Sadvakasov'] }] }));
    assert.equal(byName(out, 'Yerlan Sadvakasov')!.role, 'chairman');
    const asOrg = applyDictionary(TEXT, a, dictionary({ entities: [{ name: 'Sadvakasov', type: 'organization', aliases: [] }] }));
    assert.equal(asOrg.entities[0].role, undefined);
  });

  it('Not an entity: drops mentions with exactly that text, and an entity of that name whole', () => {
    const a = engine(
      entity(TEXT, 'organization', 'Fact Sheet', { aliases: ['FACT SHEET'] }),
      entity(TEXT, 'person', 'Yerlan Sadvakasov', { aliases: ['Sadvakasov'] }),
    );
    const out = applyDictionary(TEXT, a, dictionary({ notEntities: ['Fact Sheet', 'Sadvakasov'] }));
    assert.deepEqual(out.entities.map((e) => e.name), ['Yerlan Sadvakasov']);
    assert.deepEqual(texts(out.entities[0]), ['Yerlan Sadvakasov']);
    assert.deepEqual(out.entities[0].aliases, []);
  });

  it('Not an entity wins over a dictionary entry for the same name', () => {
    const out = applyDictionary(TEXT, engine(), dictionary({ entities: [{ name: 'Kostanai', type: 'place', aliases: [] }], notEntities: ['Kostanai'] }));
    assert.deepEqual(out.entities, []);
  });

  it('renames an engine entity that lost every mention of its name, and merges it with one of the same id', () => {
    const text = 'The Kostanai Region Akimat met in Kostanai. Kostanai is cold.';
    const at = (surface: string, after: string) => {
      const start = text.indexOf(after) + after.indexOf(surface);
      return { start, end: start + surface.length, text: surface };
    };
    const region = at('Kostanai Region', 'The Kostanai Region');
    const first = at('Kostanai', 'in Kostanai');
    const second = at('Kostanai', 'Kostanai is');
    const a = analysisOf(text, {
      entities: [
        { id: 'place:Kostanai Region', name: 'Kostanai Region', type: 'place', aliases: ['Kostanai'], mentions: [region, first] },
        { id: 'place:Kostanai', name: 'Kostanai', type: 'place', aliases: [], mentions: [second] },
      ],
    });
    const out = applyDictionary(text, a, dictionary({ entities: [{ name: 'Kostanai Region Akimat', type: 'organization', aliases: [] }] }));
    assert.deepEqual(out.entities.map((e) => [e.id, texts(e), e.aliases]), [
      ['organization:Kostanai Region Akimat', ['Kostanai Region Akimat'], []],
      ['place:Kostanai', ['Kostanai', 'Kostanai'], []],
    ]);
    const claimed = applyDictionary(text, a, dictionary({ entities: [{ name: 'Kostanai Region', type: 'organization', aliases: [] }] }));
    assert.deepEqual(claimed.entities.map((e) => [e.id, texts(e)]), [
      ['organization:Kostanai Region', ['Kostanai Region', 'Kostanai']],
      ['place:Kostanai', ['Kostanai']],
    ]);
  });

  it('takes a new canonical name from the remaining forms when the old one is gone', () => {
    const text = 'Tobol Grain Company and Tobol Grain. Later Tobol Grain again.';
    const grain = entity(text, 'organization', 'Tobol Grain Company', { aliases: ['Tobol Grain'] });
    const out = applyDictionary(text, analysisOf(text, { entities: [grain] }), dictionary({ entities: [{ name: 'Tobol Grain Company Ltd', type: 'organization', aliases: ['Tobol Grain Company'] }] }));
    // The dictionary claims the canonical name, so the whole entity joins the entry.
    assert.deepEqual(out.entities.map((e) => e.name), ['Tobol Grain Company Ltd']);
    const crossing = applyDictionary(text, analysisOf(text, { entities: [grain] }), dictionary({ entities: [{ name: 'Company and Tobol', type: 'place', aliases: [] }] }));
    assert.deepEqual(crossing.entities.map((e) => [e.id, e.aliases]), [
      ['organization:Tobol Grain', []],
      ['place:Company and Tobol', []],
    ]);
  });

  it('flags watched entities by name or alias, and no others', () => {
    const a = engine(entity(TEXT, 'person', 'Yerlan Sadvakasov', { aliases: ['Sadvakasov'] }), entity(TEXT, 'place', 'Kostanai'));
    const byNameOut = applyDictionary(TEXT, a, dictionary({ watchlist: ['Yerlan Sadvakasov'] }));
    assert.equal(byName(byNameOut, 'Yerlan Sadvakasov')!.watched, true);
    assert.equal('watched' in byName(byNameOut, 'Kostanai')!, false);
    const byAlias = applyDictionary(TEXT, a, dictionary({ watchlist: ['Sadvakasov'] }));
    assert.equal(byName(byAlias, 'Yerlan Sadvakasov')!.watched, true);
  });

  it('an entry whose own name is marked as no entity claims nothing, not even its aliases', () => {
    const out = applyDictionary(TEXT, engine(entity(TEXT, 'person', 'Aliya Nurova')), dictionary({
      entities: [{ name: 'Tobol', type: 'place', aliases: ['Aliya Nurova'] }],
      notEntities: ['Tobol'],
    }));
    assert.deepEqual(out.entities.map((e) => e.id), ['person:Aliya Nurova']);
  });

  it('the first entry claiming a form wins (the workspace file before the user setting)', () => {
    const out = applyDictionary(TEXT, engine(), dictionary({
      entities: [
        { name: 'Kostanai', type: 'place', aliases: [] },
        { name: 'Kostanai', type: 'organization', aliases: [] },
      ],
    }));
    assert.deepEqual(out.entities.map((e) => e.id), ['place:Kostanai']);
  });

  it('keeps figures, citations, sections and sentences, orders entities by type then first mention, and changes no input', () => {
    const a = engine(entity(TEXT, 'place', 'Kostanai'), entity(TEXT, 'person', 'Aliya Nurova'));
    const before = JSON.stringify(a);
    const d = parseDictionary('{"entities": [{"name": "Petrolink Holdings", "type": "organization"}], "watchlist": ["Aliya Nurova"]}').dictionary;
    const out = applyDictionary(TEXT, a, d);
    assert.equal(JSON.stringify(a), before);
    assert.equal(out.figures, a.figures);
    assert.equal(out.citations, a.citations);
    assert.equal(out.sections, a.sections);
    assert.equal(out.sentences, a.sentences);
    assert.deepEqual(out.entities.map((e) => e.type), ['person', 'organization', 'place']);
  });
});

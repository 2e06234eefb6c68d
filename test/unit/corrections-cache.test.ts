import { strict as assert } from 'assert';
import { applyDictionary, type Dictionary, emptyDictionary } from '../../src/core/corrections';
import { DocumentCache, type AnalysisChange } from '../../src/core/documentCache';
import type { Analysis, BriefingSource } from '../../src/core/types';
import { analysisOf, entity } from './support/handAnalysis';

const TEXT = 'Petrolink Holdings met the Kostanai governor.';

function setup() {
  let dictionary: Dictionary = emptyDictionary();
  const engineCalls: string[] = [];
  const correctCalls: string[] = [];
  const cache = new DocumentCache({
    analyze: async (_uri, _version, text) => {
      engineCalls.push(text);
      return analysisOf(text, { entities: [entity(text, 'organization', 'Kostanai')] });
    },
    correct: (text, analysis) => {
      correctCalls.push(text);
      return applyDictionary(text, analysis, dictionary);
    },
  });
  const changes: AnalysisChange[] = [];
  cache.onDidChange((c) => changes.push(c));
  const source: BriefingSource & { version: number } = { uri: 'file:///a.briefing.txt', version: 1, getText: () => TEXT };
  const setDictionary = (d: Partial<Dictionary>) => {
    dictionary = { ...emptyDictionary(), ...d };
    cache.invalidate();
  };
  return { cache, source, engineCalls, correctCalls, changes, setDictionary };
}

const ids = (a: Analysis | undefined) => a?.entities.map((e) => e.id);

describe('DocumentCache with corrections', () => {
  it('corrects each analysis, once per version and dictionary generation', async () => {
    const { cache, source, engineCalls, correctCalls } = setup();
    assert.deepEqual(ids(await cache.analysis(source)), ['organization:Kostanai']);
    cache.peek(source);
    await cache.analysis(source);
    assert.deepEqual([engineCalls.length, correctCalls.length], [1, 1]);
  });

  it('after invalidate(), corrects the same version again without running the engine, and says so', async () => {
    const { cache, source, engineCalls, correctCalls, changes, setDictionary } = setup();
    await cache.analysis(source);
    setDictionary({ entities: [{ name: 'Kostanai', type: 'place', aliases: [] }] });
    const corrected = cache.peek(source);
    assert.deepEqual(ids(corrected), ['place:Kostanai']);
    assert.deepEqual([engineCalls.length, correctCalls.length], [1, 2]);
    assert.deepEqual(changes.map((c) => [c.version, ids(c.analysis)]), [
      [1, ['organization:Kostanai']],
      [1, ['place:Kostanai']],
    ]);
    assert.equal(cache.peek(source), corrected, 'then served from the cache');
  });

  it('runs the engine again for a new version, with the current corrections', async () => {
    const { cache, source, engineCalls, setDictionary } = setup();
    await cache.analysis(source);
    setDictionary({ notEntities: ['Kostanai'] });
    source.version = 2;
    assert.deepEqual(ids(await cache.analysis(source)), []);
    assert.equal(engineCalls.length, 2);
  });

  it('answers a waiting request with the corrected analysis', async () => {
    const { cache, source, setDictionary } = setup();
    setDictionary({ entities: [{ name: 'Petrolink Holdings', type: 'organization', aliases: [] }] });
    const analysis = await cache.analysis(source);
    assert.deepEqual(ids(analysis), ['organization:Petrolink Holdings', 'organization:Kostanai']);
  });

  it('serves the engine’s analysis when the corrections throw, and reports it', async () => {
    const errors: string[] = [];
    const raw = analysisOf(TEXT, { entities: [entity(TEXT, 'place', 'Kostanai')] });
    const cache = new DocumentCache({
      analyze: async () => raw,
      correct: () => {
        throw new Error('bad dictionary');
      },
      onError: (error, uri, during) => errors.push(`${during} ${uri}: ${(error as Error).message}`),
    });
    assert.equal(await cache.analysis({ uri: 'u', version: 1, getText: () => TEXT }), raw);
    assert.deepEqual(errors, ['analysis u: bad dictionary']);
  });
});

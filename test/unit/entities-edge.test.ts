import { strict as assert } from 'assert';
import fc from 'fast-check';
import type { ExtractionContext } from '../../src/core/context';
import { extractEntities } from '../../src/core/entities';
import type { Entity } from '../../src/core/types';

const NO_CONTEXT: ExtractionContext = { citations: [], sections: [], sentences: [] };

function assertWellFormed(text: string, entities: Entity[]): void {
  const ids = new Set<string>();
  for (const e of entities) {
    assert.equal(e.id, `${e.type}:${e.name}`);
    assert.ok(!ids.has(e.id), `id ${e.id} is unique`);
    ids.add(e.id);
    assert.ok(e.mentions.length > 0);
    assert.ok(!e.aliases.includes(e.name), 'aliases leave out the name');
    for (let i = 1; i < e.mentions.length; i++) assert.ok(e.mentions[i - 1]!.start < e.mentions[i]!.start, 'sorted by start');
  }
  const all = entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  for (const m of all) {
    assert.ok(m.start >= 0 && m.start < m.end && m.end <= text.length);
    assert.equal(text.slice(m.start, m.end), m.text);
  }
  for (let i = 1; i < all.length; i++) assert.ok(all[i - 1]!.end <= all[i]!.start, 'mentions never overlap');
}

describe('entities: edge cases', () => {
  it('returns nothing for empty, blank and name-free text', () => {
    assert.deepEqual(extractEntities('', NO_CONTEXT), []);
    assert.deepEqual(extractEntities(' \r\n\t\n', NO_CONTEXT), []);
    assert.deepEqual(extractEntities('12,000 rifles and 3.5 million rounds were counted.', NO_CONTEXT), []);
    assert.deepEqual(extractEntities('nothing here is capitalised at all.', NO_CONTEXT), []);
  });

  it('gives the same entities with CRLF line endings, offsets into the CRLF text', () => {
    const lf = 'KAZAKHSTAN BUYS HELICOPTERS\n\nDefence Minister Nurlan Ermekbayev signed\nthe deal in Astana. Ermekbayev said more would follow.\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = extractEntities(lf, NO_CONTEXT);
    const b = extractEntities(crlf, NO_CONTEXT);
    assert.deepEqual(b.map((e) => [e.id, e.mentions.map((m) => m.text)]), a.map((e) => [e.id, e.mentions.map((m) => m.text)]));
    assertWellFormed(crlf, b);
    assert.deepEqual(b.map((e) => e.id), ['person:Nurlan Ermekbayev', 'place:Kazakhstan', 'place:Astana']);
  });

  it('handles names with letters outside ASCII', () => {
    const text = 'Foreign Minister Łukasz Wróbel met Nurlan Ermekbayev in Kraków. Wróbel thanked his host.';
    const ents = extractEntities(text, NO_CONTEXT);
    assertWellFormed(text, ents);
    const wrobel = ents.find((e) => e.name === 'Łukasz Wróbel');
    assert.ok(wrobel);
    assert.equal(wrobel.type, 'person');
    assert.equal(wrobel.role, 'Foreign Minister');
    assert.deepEqual(wrobel.mentions.map((m) => m.text), ['Łukasz Wróbel', 'Wróbel']);
    assert.ok(ents.some((e) => e.type === 'person' && e.name === 'Nurlan Ermekbayev'));
  });

  it('keeps curly quotes and apostrophes outside the spans', () => {
    const text = 'He called it “Astana’s answer” to Tashkent’s demands.';
    const ents = extractEntities(text, NO_CONTEXT);
    assertWellFormed(text, ents);
    assert.deepEqual(ents.flatMap((e) => e.mentions.map((m) => m.text)), ['Astana', 'Tashkent']);
  });

  it('skips SGML tags, URLs and masked YAML source lines', () => {
    const text = '---\nsource_url: https://example.invalid/Moscow/Kremlin\n---\n<TEXT>\nOfficials in Moscow agreed.\n</TEXT>\n';
    const ents = extractEntities(text, NO_CONTEXT);
    assertWellFormed(text, ents);
    assert.deepEqual(ents.flatMap((e) => e.mentions.map((m) => m.text)), ['Moscow']);
    assert.equal(ents[0]!.mentions[0]!.start, text.indexOf('Moscow agreed'));
  });

  it('never throws and always returns well-formed entities on arbitrary text', () => {
    const words = ['President', 'Minister', 'Interior', 'Ministry', 'Nurlan', 'Abenov', 'Astana', 'Kazakhstan', 'U.S.',
      'Lt.-General', '(KAZBAT)', 'Interfax', 'the', 'of', 'and', '’s', "'s", ',', '.', '(', ')', '\n', '\r\n', '\n\n', ' ',
      'KAZAKHSTAN', 'Region', 'Publication:', '“', '”', '—', 'Łukasz', '\\_', '<TEXT>', 'Mr.', 'v', '3'];
    const genre = fc.array(fc.constantFrom(...words), { maxLength: 60 }).map((ws) => ws.join(' '));
    fc.assert(fc.property(fc.oneof(genre, fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 80 })), (text) => {
      assertWellFormed(text, extractEntities(text, NO_CONTEXT));
    }), { numRuns: 300 });
  });

  it('finds every mention in a long document (speed is measured by npm run bench, not here)', () => {
    const paragraph = 'Interior Minister Temir Abdrakhmanov told deputies in Bishkek that 1,200 police officers would go to Batken (Batken Region). ' +
      'Abdrakhmanov said the Defence Ministry would help, according to Interfax.\n\n';
    const ents = extractEntities(paragraph.repeat(400), NO_CONTEXT);
    assert.equal(ents.find((e) => e.name === 'Temir Abdrakhmanov')?.mentions.length, 800);
  });
});

import { strict as assert } from 'assert';
import { entityTokens } from '../../src/core/entityTokens';
import { analysisOf, entity } from './support/handAnalysis';

describe('entityTokens', () => {
  it('gives one token per mention per line, typed, with the first mention marked', () => {
    const text = 'Anna Kowalczyk met the Harbour\nAuthority in Velmora. Kowalczyk left.';
    const analysis = analysisOf(text, {
      entities: [
        entity(text, 'person', 'Anna Kowalczyk', { aliases: ['Kowalczyk'] }),
        { ...entity(text, 'organization', 'Harbour\nAuthority'), name: 'Harbour Authority' },
        entity(text, 'place', 'Velmora'),
      ],
    });
    const tokens = entityTokens(analysis, text);
    assert.deepEqual(
      tokens.map((t) => [t.line, t.character, t.length, t.type, t.firstMention]),
      [
        [0, 0, 14, 'person', true],
        [0, 23, 7, 'organization', true],
        [1, 0, 9, 'organization', true],
        [1, 13, 7, 'place', true],
        [1, 22, 9, 'person', false],
      ],
    );
  });

  it('never emits overlapping tokens, nor tokens past the end of the text', () => {
    const text = 'Port of Velmora';
    const analysis = analysisOf(text, {
      entities: [
        entity(text, 'organization', 'Port of Velmora'),
        entity(text, 'place', 'Velmora'),
        { id: 'place:Ghost', name: 'Ghost', type: 'place', aliases: [], mentions: [{ start: 14, end: 40, text: 'a' }] },
      ],
    });
    assert.deepEqual(
      entityTokens(analysis, text).map((t) => [t.character, t.length, t.type]),
      [[0, 15, 'organization']],
    );
  });

  it('splits a mention broken by CRLF or a lone CR on the lines the editor counts, leaving the breaks out', () => {
    for (const lineBreak of ['\r\n', '\r']) {
      const text = `TALKS${lineBreak}Foreign Minister Anna${lineBreak}Kowalczyk said so.`;
      const start = text.indexOf('Anna');
      const end = text.indexOf(' said');
      const analysis = analysisOf(text, {
        entities: [{ id: 'person:Anna Kowalczyk', name: 'Anna Kowalczyk', type: 'person', aliases: [], mentions: [{ start, end, text: text.slice(start, end) }] }],
      });
      assert.deepEqual(
        entityTokens(analysis, text).map((t) => [t.line, t.character, t.length]),
        [
          [1, 17, 4],
          [2, 0, 9],
        ],
        JSON.stringify(lineBreak),
      );
    }
  });
});

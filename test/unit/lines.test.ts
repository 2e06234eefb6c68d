import { strict as assert } from 'assert';
import { entityTokens } from '../../src/core/entityTokens';
import { LineIndex } from '../../src/core/lines';
import { analysisOf, entity } from './support/handAnalysis';

describe('LineIndex', () => {
  it('finds lines with LF, CRLF and lone CR endings', () => {
    const index = new LineIndex('ab\ncd\r\nef\rgh');
    assert.equal(index.lineCount, 4);
    assert.deepEqual([0, 2, 3, 5, 7, 9, 10].map((o) => index.lineAt(o)), [0, 0, 1, 1, 2, 2, 3]);
    assert.equal(index.lineEnd(1), 5, 'line end stops before \\r\\n');
  });

  it('splits a span across lines without the line breaks', () => {
    const text = 'Foreign Minister Anna\r\nKowalczyk said';
    const start = text.indexOf('Anna');
    const end = text.indexOf(' said');
    assert.deepEqual(new LineIndex(text).segments(start, end), [
      { line: 0, character: 17, length: 4 },
      { line: 1, character: 0, length: 9 },
    ]);
  });
});

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
});

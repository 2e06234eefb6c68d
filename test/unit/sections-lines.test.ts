import { strict as assert } from 'assert';
import * as fc from 'fast-check';
import { indentOf, lineOfOffset, lineStarts, splitLines } from '../../src/core/text/lines';

describe('text lines', () => {
  it('ends lines at LF, CRLF and a lone CR, as VS Code counts them', () => {
    const lines = splitLines('a\nbb\r\nc\rd');
    assert.deepEqual(lines.map((l) => [l.index, l.start, l.end, l.text]), [
      [0, 0, 1, 'a'], [1, 2, 4, 'bb'], [2, 6, 7, 'c'], [3, 8, 9, 'd'],
    ]);
    assert.deepEqual(splitLines('').map((l) => l.text), ['']);
    assert.deepEqual(splitLines('x\n').map((l) => l.text), ['x', '']);
  });

  it('finds every line start, as VS Code counts lines, on any mix of line breaks', () => {
    const pieces = fc.constantFrom('a', 'b c', '\n', '\r', '\r\n', '\n\r', ' ', '\u00e9', '\ud83d\ude00');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 40 }).map((p) => p.join('')), (text) => {
      const lines = splitLines(text);
      const starts = [0, ...[...text.matchAll(/\r\n|\r|\n/g)].map((m) => m.index + m[0].length)];
      assert.deepEqual(lineStarts(text), starts);
      assert.deepEqual(lines.map((l) => l.start), starts);
      for (const line of lines) {
        assert.equal(line.text, text.slice(line.start, line.end));
        assert.ok(!/[\r\n]/.test(line.text));
      }
      assert.equal(lines[lines.length - 1].end, text.length);
    }));
  });

  it('finds the line of an offset, line breaks belonging to the line they end', () => {
    const lines = splitLines('a\nbb\r\nc');
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 7].map((o) => lineOfOffset(lines, o)), [0, 0, 1, 1, 1, 1, 2, 2]);
  });

  it('measures indentation with tabs as four columns', () => {
    assert.deepEqual(['x', '   x', '\tx', ' \u00a0x'].map(indentOf), [0, 3, 4, 2]);
  });
});

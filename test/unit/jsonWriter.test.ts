// The CLI's JSON, written in pieces, must be JSON.stringify's to the byte.
import * as assert from 'assert';
import fc from 'fast-check';
import { writeJson } from '../../src/cli/jsonWriter';

function written(value: unknown, indent: string, splitDepth?: number): { text: string; pieces: number } {
  const pieces: string[] = [];
  writeJson(value, (text) => pieces.push(text), indent, splitDepth);
  return { text: pieces.join(''), pieces: pieces.length };
}

describe('JSON written in pieces', () => {
  it('is what JSON.stringify gives, pretty and compact, for any JSON value at any depth of splitting', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.integer({ min: 0, max: 6 }), (value, depth) => {
        assert.equal(written(value, '  ', depth).text, JSON.stringify(value, null, 2));
        assert.equal(written(value, '', depth).text, JSON.stringify(value));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out what JSON.stringify leaves out, and keeps what has its own toJSON', () => {
    const value = [{ a: undefined, b: 1, c: () => 0, d: [undefined, () => 0, null], e: {}, f: [] }, new Date(0), undefined, 'x\ny'];
    for (const indent of ['  ', '']) assert.equal(written(value, indent).text, JSON.stringify(value, null, indent));
  });

  it('goes out in chunks of tens of KB, not in one piece nor in one per item', () => {
    const doc = { file: 'a.txt', sentences: Array.from({ length: 20_000 }, (_, i) => ({ start: i * 10, end: i * 10 + 9 })) };
    const { text, pieces } = written([doc], '  ');
    assert.equal(text, JSON.stringify([doc], null, 2));
    assert.ok(pieces > 5 && pieces < 200, `${pieces} pieces for ${text.length} characters`);
  });
});

import { strict as assert } from 'assert';
import fc from 'fast-check';
import { countAtMost, countBelow, countStartingAtOrBefore } from '../../src/core/text/sorted';

describe('binary searches over ascending values', () => {
  it('count what a scan counts, ties and ends included', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -5, max: 20 })).map((v) => v.sort((a, b) => a - b)), fc.integer({ min: -7, max: 22 }), (values, value) => {
      assert.equal(countBelow(values, value), values.filter((v) => v < value).length);
      assert.equal(countAtMost(Int32Array.from(values), value), values.filter((v) => v <= value).length);
      assert.equal(countStartingAtOrBefore(values.map((start) => ({ start })), value), values.filter((v) => v <= value).length);
    }));
  });
});

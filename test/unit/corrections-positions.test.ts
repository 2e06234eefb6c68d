import { strict as assert } from 'assert';
import fc from 'fast-check';
import { Positions } from '../../src/core/corrections/positions';

const span = (length: number) =>
  fc.tuple(fc.nat(length), fc.nat(length)).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b), text: '' }));

describe('corrections: Positions', () => {
  it('touches a span exactly when one added covers one of its characters, across word boundaries', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }).chain((length) => fc.tuple(fc.constant(length), fc.array(span(length), { maxLength: 8 }), fc.array(span(length), { maxLength: 20 }))), ([length, added, asked]) => {
        const set = new Positions(length);
        const covered = new Set<number>();
        for (const s of added) {
          set.add(s);
          for (let i = s.start; i < s.end; i++) covered.add(i);
        }
        for (const s of asked) {
          let expected = false;
          for (let i = s.start; i < s.end; i++) expected ||= covered.has(i);
          assert.equal(set.touches(s), expected, `[${s.start}, ${s.end}) after ${JSON.stringify(added.map((a) => [a.start, a.end]))}`);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('handles spans that end on a 32-position boundary or cover whole words', () => {
    const set = new Positions(100);
    set.add({ start: 31, end: 32, text: '' });
    set.add({ start: 64, end: 96, text: '' });
    assert.equal(set.touches({ start: 0, end: 31, text: '' }), false);
    assert.equal(set.touches({ start: 31, end: 32, text: '' }), true);
    assert.equal(set.touches({ start: 32, end: 64, text: '' }), false);
    assert.equal(set.touches({ start: 95, end: 100, text: '' }), true);
    assert.equal(set.touches({ start: 96, end: 100, text: '' }), false);
  });
});
